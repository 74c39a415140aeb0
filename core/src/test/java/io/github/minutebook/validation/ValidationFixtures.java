package io.github.minutebook.validation;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.LinkRelation;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.condition.ConditionKind;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.funding.ComponentRelation;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingComponent;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.funding.SpendType;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.InterestAction;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.ProceduralNote;
import io.github.minutebook.meeting.ProceduralNoteKind;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.procurement.ProcurementMethod;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.recommendation.ResponseStatus;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.ReportReference;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small meeting that breaks no default rule, and ways to change one thing in it so that a rule
 * has something to find.
 */
final class ValidationFixtures {
  static final Person CHAIR = Person.councillor("Ann Able");
  static final Person MEMBER = Person.councillor("Ben Baker");
  static final Person ABSENT = Person.councillor("Cara Cole");

  private ValidationFixtures() {}

  static Money gbp(String amount) {
    return Money.of(amount, "GBP");
  }

  static Amount amount(String value) {
    return Amount.of(gbp(value));
  }

  static Meeting clean() {
    return Meeting.builder()
        .id("meeting-1")
        .status(MeetingStatus.HELD)
        .authority(Body.of("Test Borough Council", BodyKind.AUTHORITY))
        .body(Body.of("Executive", BodyKind.EXECUTIVE))
        .date(LocalDate.of(2016, 9, 14))
        .startTime(LocalTime.of(19, 0))
        .endTime(LocalTime.of(21, 0))
        .zone(ZoneId.of("Europe/London"))
        .addAttendance(Attendance.of(CHAIR, AttendanceRole.CHAIR))
        .addAttendance(Attendance.of(MEMBER, AttendanceRole.MEMBER_PRESENT))
        .addAttendance(Attendance.of(ABSENT, AttendanceRole.APOLOGIES))
        .addDeclaration(DeclarationOfInterest.builder()
            .person(MEMBER).addItem("2").nature("a member of the supplier's board")
            .action(InterestAction.LEFT_THE_MEETING).build())
        .addAgendaItem(AgendaItem.builder()
            .id("m1").minuteNumber("1").title("Apologies for absence")
            .kind(ItemKind.APOLOGIES).outcome(ItemOutcome.NO_BUSINESS).build())
        .addAgendaItem(decisionItem())
        .addAgendaItem(AgendaItem.builder()
            .id("m3").minuteNumber("3").title("Website upgrade (exempt report)")
            .kind(ItemKind.REPORT_FOR_DECISION).access(Access.EXEMPT)
            .addExemptionGround(LegalBasis.of("Schedule 12A, paragraph 3", "Local Government Act 1972",
                "Schedule 12A, paragraph 3"))
            .addLink(ItemLink.of("m2", LinkRelation.PUBLIC_COUNTERPART))
            .outcome(ItemOutcome.NOTED).build())
        .addProceduralNote(ProceduralNote.builder()
            .kind(ProceduralNoteKind.MINUTES_SILENCE).text("A minute's silence was observed.")
            .duringItem("2").build())
        .build();
  }

  private static AgendaItem decisionItem() {
    return AgendaItem.builder()
        .id("m2").minuteNumber("2").agendaNumber("2").title("Upgrade of website")
        .kind(ItemKind.REPORT_FOR_DECISION).outcome(ItemOutcome.DECIDED)
        .addReportReference(ReportReference.of("CSD16111"))
        .addDocument(Document.builder().kind(DocumentKind.REPORT).title("Report CSD16111")
            .address("https://example.org/reports/CSD16111.pdf").build())
        .addLink(ItemLink.of("m3", LinkRelation.EXEMPT_COUNTERPART))
        .addNarrative(Paragraph.of("The report was introduced."))
        .addResolution(Resolution.builder()
            .id("r2")
            .preamble("RESOLVED that:")
            .addPart(ResolutionPart.builder().id("r2-1").label("1")
                .text("a sum of £176K be included in the Capital Programme;")
                .effect(PartEffect.ALLOCATE_FUNDING)
                .addFundingAllocation(funding())
                .build())
            .addPart(ResolutionPart.builder().id("r2-2").label("2")
                .text("subject to (1), Jadu Ltd be commissioned;")
                .effect(PartEffect.AWARD_CONTRACT)
                .addCondition(Condition.builder().text("subject to (1)")
                    .kind(ConditionKind.SUBJECT_TO_OTHER_PART).addDependsOnPart("1").build())
                .addContractAward(contract())
                .build())
            .addPart(ResolutionPart.builder().label("3")
                .text("the Director of Finance agree the final terms;")
                .effect(PartEffect.DELEGATE)
                .delegation(Delegation.builder().delegate(Person.ofPost("Director of Finance"))
                    .addWithAgreementOf(Person.ofPost("Leader of the Council")).build())
                .build())
            .addPart(ResolutionPart.builder().label("4")
                .text("Council be recommended to note the upgrade.")
                .effect(PartEffect.RECOMMEND)
                .addressee(Body.of("Council", BodyKind.COUNCIL))
                .build())
            .vote(Vote.builder().putCount(VoteOption.YES, 5).putCount(VoteOption.NO, 1)
                .result(VoteResult.CARRIED).build())
            .build())
        .addRecommendation(Recommendation.builder()
            .id("rec-1").number("1").text("That the website be upgraded.")
            .date(LocalDate.of(2016, 1, 1)).dueDate(LocalDate.of(2016, 12, 31))
            .response(RecommendationResponse.builder().status(ResponseStatus.ACCEPTED)
                .respondent(Person.ofPost("Leader of the Council")).date(LocalDate.of(2016, 2, 1)).build())
            .addProgressUpdate(ProgressUpdate.builder().date(LocalDate.of(2016, 3, 1)).text("Scoped.").build())
            .addProgressUpdate(ProgressUpdate.builder().date(LocalDate.of(2016, 6, 1)).text("Options reviewed.").build())
            .build())
        .addAction(Action.builder().description("Officers to report back.").owner(Person.ofPost("Chief Executive")).build())
        .build();
  }

  static FundingAllocation funding() {
    return FundingAllocation.builder()
        .id("f1")
        .purpose("upgrade of the Web content management system")
        .amount(Amount.builder().money(gbp("176000")).basis(AmountBasis.IN_FINANCIAL_YEAR)
            .financialYear(FinancialYear.parse("2016/17"))
            .period(DateRange.of(LocalDate.of(2016, 10, 1), LocalDate.of(2017, 3, 31)))
            .asWritten("£176K").build())
        .fullYearEffect(Amount.builder().money(gbp("200000")).basis(AmountBasis.FULL_YEAR_EFFECT).build())
        .addComponent(FundingComponent.builder().description("contingency")
            .amount(amount("37000")).relation(ComponentRelation.INCLUDED).build())
        .addRecharge(Recharge.of(amount("10000"), Body.of("Better Care Fund", BodyKind.FUND)))
        .spendType(SpendType.CAPITAL)
        .addFundingSource(FundingSource.of(FundingSourceKind.CAPITAL_RECEIPTS))
        .build();
  }

  static ContractAward contract() {
    return ContractAward.builder()
        .id("c1")
        .subject("upgrade of the Web content management system")
        .stage(ContractStage.DIRECT_AWARD)
        .procurementMethod(ProcurementMethod.DIRECT)
        .methodAsWritten("negotiated single tender")
        .methodRationale("an upgrade to an existing licence which only Jadu could perform")
        .addSupplier(Body.of("Jadu Ltd", BodyKind.COMPANY))
        .addValues(Amount.builder().money(gbp("53000")).qualifier(AmountQualifier.ESTIMATED).build())
        .term(ContractTerm.builder().start(LocalDate.of(2016, 10, 1)).end(LocalDate.of(2017, 9, 30))
            .addExtensionOption(Period.ofYears(1)).maximumEnd(LocalDate.of(2018, 9, 30)).build())
        .addEvaluationCriterion(EvaluationCriterion.of("price", 60))
        .addEvaluationCriterion(EvaluationCriterion.of("quality", 40))
        .build();
  }

  // --- one change at a time ---

  static Meeting item(Meeting m, int index, UnaryOperator<AgendaItem> change) {
    List<AgendaItem> items = new ArrayList<>(m.agendaItems());
    items.set(index, change.apply(items.get(index)));
    return m.withAgendaItems(items);
  }

  static Meeting decision(Meeting m, UnaryOperator<AgendaItem> change) {
    return item(m, 1, change);
  }

  static Meeting resolution(Meeting m, UnaryOperator<Resolution> change) {
    return decision(m, i -> i.withResolutions(change.apply(i.resolutions().get(0))));
  }

  static Meeting part(Meeting m, int index, UnaryOperator<ResolutionPart> change) {
    return resolution(m, r -> {
      List<ResolutionPart> parts = new ArrayList<>(r.parts());
      parts.set(index, change.apply(parts.get(index)));
      return r.withParts(parts);
    });
  }

  static Meeting funding(Meeting m, UnaryOperator<FundingAllocation> change) {
    return part(m, 0, p -> p.withFundingAllocations(change.apply(p.fundingAllocations().get(0))));
  }

  static Meeting contract(Meeting m, UnaryOperator<ContractAward> change) {
    return part(m, 1, p -> p.withContractAwards(change.apply(p.contractAwards().get(0))));
  }

  static Meeting recommendation(Meeting m, UnaryOperator<Recommendation> change) {
    return decision(m, i -> i.withRecommendations(change.apply(i.recommendations().get(0))));
  }
}
