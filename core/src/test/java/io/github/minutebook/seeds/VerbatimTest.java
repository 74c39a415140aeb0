package io.github.minutebook.seeds;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ExistingContract;
import io.github.minutebook.procurement.Framework;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.reference.LegalBasis;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@link Verbatim} audit itself, for the fields it was extended to: each passes when it quotes
 * the minutes and fails the audit when it paraphrases them. Built on seed 002's text.
 */
class VerbatimTest {
  private static final SeedText SEED = SeedText.load(Seed002BromleyExecutive.FILE);
  /** Words seed 002 contains. */
  private static final String QUOTE = "secured through a Framework (EPSO)";
  /** Words seed 002 does not contain. */
  private static final String PARAPHRASE = "let under the ESPO framework";
  /** Every item needs a title, which is audited too; this one is quoted. */
  private static final String TITLE = "UPGRADE OF WEBSITE";
  private static final String PART = "the summary be noted";

  /** For each field the audit covers, a meeting holding {@code text} in that field only. */
  private static Map<String, Function<String, Meeting>> fields() {
    Map<String, Function<String, Meeting>> fields = new LinkedHashMap<>();
    fields.put("AgendaItem.agendaDescription", t -> item(item().agendaDescription(t)));
    fields.put("AgendaItem.exemptionGrounds citation",
        t -> item(item().addExemptionGround(LegalBasis.builder().citation(t).build())));
    fields.put("Attendance.note", t -> Meeting.builder()
        .addAttendance(Attendance.builder().person(Person.councillor("Stephen Carr"))
            .role(AttendanceRole.CHAIR).note(t).build())
        .addAgendaItem(item().build())
        .build());
    fields.put("Recommendation.subject",
        t -> item(item().addRecommendation(Recommendation.builder().subject(t).build())));
    fields.put("RecommendationResponse.text",
        t -> item(item().addRecommendation(Recommendation.builder()
            .response(RecommendationResponse.builder().text(t).build()).build())));
    fields.put("ProgressUpdate.text",
        t -> item(item().addRecommendation(Recommendation.builder()
            .addProgressUpdate(ProgressUpdate.builder().text(t).build()).build())));
    fields.put("Action.description",
        t -> item(item().addAction(Action.builder().description(t).build())));
    fields.put("Action.dueWhen", t -> item(item().addAction(
        Action.builder().description("consult with the new Director").dueWhen(t).build())));
    fields.put("Delegation.scope", t -> part(part().delegation(Delegation.builder()
        .delegate(Person.ofPost("Director of Finance")).scope(t).build())));
    fields.put("FundingAllocation.legalBasis citation", t -> part(part().addFundingAllocation(
        allocation().legalBasis(LegalBasis.builder().citation(t).build()).build())));
    fields.put("FundingSource.name", t -> part(part().addFundingAllocation(allocation()
        .addFundingSource(FundingSource.builder().kind(FundingSourceKind.OTHER).name(t).build())
        .build())));
    fields.put("ContractAward.framework name", t -> part(part().addContractAward(
        contract().framework(Framework.builder().name(t).build()).build())));
    fields.put("ContractAward.framework lot", t -> part(part().addContractAward(contract()
        .framework(Framework.builder().name("London-wide Framework").lot(t).build()).build())));
    fields.put("ExistingContract.description", t -> part(part().addContractAward(contract()
        .existingContract(ExistingContract.builder().description(t).build()).build())));
    fields.put("ExistingContract.framework name", t -> part(part().addContractAward(contract()
        .existingContract(ExistingContract.builder()
            .framework(Framework.builder().name(t).build()).build())
        .build())));
    return fields;
  }

  @TestFactory
  Stream<DynamicTest> eachCoveredFieldMustQuoteTheMinutes() {
    return fields().entrySet().stream().map(field -> dynamicTest(field.getKey(), () -> {
      Meeting quoted = field.getValue().apply(QUOTE);
      Meeting paraphrased = field.getValue().apply(PARAPHRASE);
      assertDoesNotThrow(() -> Verbatim.assertQuotedFrom(quoted, SEED));
      AssertionError miss = assertThrows(AssertionError.class,
          () -> Verbatim.assertQuotedFrom(paraphrased, SEED));
      assertTrue(String.valueOf(miss.getMessage()).contains(PARAPHRASE), miss::getMessage);
      // the title and the field, plus a resolution part where the field sits in one
      assertEquals(Verbatim.countQuotedFields(quoted, SEED),
          Verbatim.countQuotedFields(paraphrased, SEED));
    }));
  }

  private static AgendaItem.Builder item() {
    return AgendaItem.builder().title(TITLE);
  }

  private static Meeting item(AgendaItem.Builder item) {
    return Meeting.builder().addAgendaItem(item.build()).build();
  }

  private static ResolutionPart.Builder part() {
    return ResolutionPart.builder().text(PART).effect(PartEffect.OTHER);
  }

  private static Meeting part(ResolutionPart.Builder part) {
    return item(item().addResolution(Resolution.builder().addPart(part.build()).build()));
  }

  private static FundingAllocation.Builder allocation() {
    return FundingAllocation.builder().amount(Amount.of(Money.of("1000", "GBP")));
  }

  private static ContractAward.Builder contract() {
    return ContractAward.builder().subject("a contract").stage(ContractStage.AWARD);
  }
}
