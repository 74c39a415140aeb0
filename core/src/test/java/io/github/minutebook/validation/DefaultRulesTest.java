package io.github.minutebook.validation;

import static io.github.minutebook.validation.ValidationFixtures.ABSENT;
import static io.github.minutebook.validation.ValidationFixtures.CHAIR;
import static io.github.minutebook.validation.ValidationFixtures.MEMBER;
import static io.github.minutebook.validation.ValidationFixtures.amount;
import static io.github.minutebook.validation.ValidationFixtures.clean;
import static io.github.minutebook.validation.ValidationFixtures.contract;
import static io.github.minutebook.validation.ValidationFixtures.decision;
import static io.github.minutebook.validation.ValidationFixtures.funding;
import static io.github.minutebook.validation.ValidationFixtures.gbp;
import static io.github.minutebook.validation.ValidationFixtures.item;
import static io.github.minutebook.validation.ValidationFixtures.part;
import static io.github.minutebook.validation.ValidationFixtures.recommendation;
import static io.github.minutebook.validation.ValidationFixtures.resolution;
import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.LinkRelation;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.decision.CallIn;
import io.github.minutebook.decision.CallInOutcome;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.funding.ComponentRelation;
import io.github.minutebook.funding.FundingComponent;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.meeting.Adjournment;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.ProceduralNote;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.MinuteReference;
import io.github.minutebook.reference.ReportReference;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every default rule, with a document it accepts and one it rejects at an exact path. The cases
 * are the rule's specification; {@link #everyDefaultRuleHasACase()} keeps the list complete.
 */
class DefaultRulesTest {
  /** Every rule of both profiles: the defaults and the thorough profile's own. */
  private static final MeetingValidator VALIDATOR = MeetingValidator.thorough();

  /** A rule's specification: it accepts {@code passing} and reports {@code failing} at {@code path}. */
  record Case(String code, String description, CouncilRecord passing, CouncilRecord failing, String path) {}

  private static Case rule(String code, String description, CouncilRecord passing, CouncilRecord failing, String path) {
    return new Case(code, description, passing, failing, path);
  }

  /** A delegated decision record, as an officer decision notice gives it. */
  private static DecisionRecord officerDecision() {
    return DecisionRecord.builder()
        .reference("ODR/2024/015")
        .kind(DecisionRecordKind.OFFICER_DECISION)
        .decisionMaker(Person.ofPost("Director of Finance"))
        .decisionDate(LocalDate.of(2024, 5, 1))
        .publicationDate(LocalDate.of(2024, 5, 3))
        .effectiveFrom(LocalDate.of(2024, 5, 11))
        .takenUnder(Delegation.builder().delegate(Person.ofPost("Director of Finance"))
            .source(MinuteReference.builder().minuteNumber("42").meetingDate(LocalDate.of(2024, 3, 12)).build()).build())
        .build();
  }

  static List<Case> cases() {
    Meeting m = clean();
    String d = "agendaItems[1]";
    String r = d + ".resolutions[0]";
    String f = r + ".parts[0].fundingAllocations[0]";
    String c = r + ".parts[1].contractAwards[0]";
    String rec = d + ".recommendations[0]";
    LocalDate springForward = LocalDate.of(2016, 3, 27);
    LocalDate fallBack = LocalDate.of(2016, 10, 30);
    return List.of(
        // meeting
        rule("meeting.end-before-start", "ends after it starts",
            m.withEndTime(LocalTime.of(19, 0)), m.withEndTime(LocalTime.of(18, 59)), "endTime"),
        rule("meeting.adjourned-before-start", "adjourned after it starts",
            m.withAdjournment(Adjournment.builder().time(LocalTime.of(22, 12)).build()).withStatus(MeetingStatus.ADJOURNED),
            m.withAdjournment(Adjournment.builder().time(LocalTime.of(18, 0)).build()).withStatus(MeetingStatus.ADJOURNED),
            "adjournment.time"),
        rule("meeting.time-does-not-exist", "01:30 exists on an ordinary day but not when the clocks go forward",
            m.withStartTime(LocalTime.of(1, 30)).withEndTime(LocalTime.of(3, 0)),
            m.withDate(springForward).withStartTime(LocalTime.of(1, 30)).withEndTime(LocalTime.of(3, 0)), "startTime"),
        rule("meeting.time-ambiguous", "01:30 happens twice when the clocks go back",
            m.withDate(fallBack).withStartTime(LocalTime.of(0, 30)).withEndTime(LocalTime.of(2, 30)),
            m.withDate(fallBack).withStartTime(LocalTime.of(0, 30)).withEndTime(LocalTime.of(1, 30)), "endTime"),
        rule("meeting.chair-not-present", "the chair did not also send apologies",
            m, m.withAttendance(append(m.attendance(), Attendance.of(CHAIR, AttendanceRole.APOLOGIES))), "attendance[3]"),
        rule("meeting.present-and-absent", "a member present did not also send apologies",
            m, m.withAttendance(append(m.attendance(), Attendance.of(MEMBER, AttendanceRole.ABSENT))), "attendance[3]"),
        rule("meeting.duplicate-attendance", "each person once in each role",
            m, m.withAttendance(append(m.attendance(), Attendance.of(ABSENT, AttendanceRole.APOLOGIES))), "attendance[3]"),
        rule("meeting.several-chairs", "one chair",
            m.withAttendance(append(m.attendance(), Attendance.of(MEMBER, AttendanceRole.VICE_CHAIR))),
            m.withAttendance(append(m.attendance(), Attendance.of(Person.councillor("Dan Dale"), AttendanceRole.CHAIR))),
            "attendance[3]"),
        rule("meeting.duplicate-minute-number", "minute numbers are unique",
            m, item(m, 2, i -> i.withMinuteNumber("2")), "agendaItems[2].minuteNumber"),
        rule("meeting.duplicate-id", "identifiers are unique",
            m, funding(m, a -> a.withId("c1")), c + ".id"),
        rule("meeting.cancelled-with-decisions", "a cancelled meeting decides nothing",
            m.withStatus(MeetingStatus.CANCELLED).withAgendaItems(m.agendaItems().get(0)),
            m.withStatus(MeetingStatus.CANCELLED), d + ".resolutions"),
        rule("meeting.adjourned-without-status", "an adjourned meeting has the status ADJOURNED",
            m.withAdjournment(Adjournment.builder().reason("more time").build()).withStatus(MeetingStatus.ADJOURNED),
            m.withAdjournment(Adjournment.builder().reason("more time").build()), "status"),
        rule("meeting.no-agenda-items", "a held meeting has items",
            m.withStatus(MeetingStatus.CANCELLED).withAgendaItems(List.of()), m.withAgendaItems(List.of()), "agendaItems"),
        rule("meeting.declaration-unknown-item", "declarations name items that exist",
            m.withDeclarations(m.declarations().get(0).withItems("m2", "3")),
            m.withDeclarations(m.declarations().get(0).withItems("2", "17")), "declarations[0].items[1]"),
        rule("meeting.declarant-not-in-attendance", "a councillor who declares is in the attendance list",
            m.withDeclarations(m.declarations().get(0).withPerson(Person.ofPost("Director of Corporate Services"))),
            m.withDeclarations(m.declarations().get(0).withPerson(Person.councillor("Dan Dale"))),
            "declarations[0].person"),
        rule("meeting.adjournment-unknown-item", "an adjournment names items that exist",
            m.withAdjournment(Adjournment.builder().addItem("2").build()).withStatus(MeetingStatus.ADJOURNED),
            m.withAdjournment(Adjournment.builder().addItem("8").build()).withStatus(MeetingStatus.ADJOURNED),
            "adjournment.items[0]"),
        rule("meeting.note-unknown-item", "a procedural note names an item that exists",
            m, m.withProceduralNotes(m.proceduralNotes().get(0).withDuringItem("99")), "proceduralNotes[0].duringItem"),
        // agenda
        rule("agenda.blank-title", "items have titles",
            m, decision(m, i -> i.withTitle("  ")), d + ".title"),
        rule("agenda.exempt-without-grounds", "exempt items cite grounds",
            m, item(m, 2, i -> i.withExemptionGrounds(List.of())), "agendaItems[2].exemptionGrounds"),
        rule("agenda.grounds-on-public-item", "public items cite no grounds",
            m, item(m, 2, i -> i.withAccess(Access.PUBLIC)), "agendaItems[2].exemptionGrounds"),
        rule("agenda.urgency-reason-without-urgency", "a reason for urgency goes with urgency",
            decision(m, i -> i.withUrgent(true).withUrgencyReason("works are needed at once")),
            decision(m, i -> i.withUrgent(false).withUrgencyReason("works are needed at once")), d + ".urgent"),
        rule("agenda.deferred-with-decision", "a deferred item only defers",
            decision(m, i -> i.withOutcome(ItemOutcome.DEFERRED).withResolutions(i.resolutions().get(0).withParts(
                ResolutionPart.builder().text("the item be considered further at a later date").effect(PartEffect.DEFER).build()))),
            decision(m, i -> i.withOutcome(ItemOutcome.DEFERRED).withResolutions(i.resolutions().get(0).withParts(
                i.resolutions().get(0).parts().get(3), i.resolutions().get(0).parts().get(0).withLabel("2")))),
            r + ".parts[1].effect"),
        rule("agenda.decided-without-resolution", "a decided item records its resolutions",
            decision(m, i -> i.withOutcome(ItemOutcome.CONSIDERED).withResolutions(List.of())),
            decision(m, i -> i.withResolutions(List.of())), d + ".resolutions"),
        rule("agenda.link-unknown-item", "links point to items that exist",
            m, decision(m, i -> i.withLinks(ItemLink.of("m86", LinkRelation.EXEMPT_COUNTERPART))), d + ".links[0].target"),
        rule("agenda.link-to-itself", "an item does not link to itself",
            m, decision(m, i -> i.withLinks(ItemLink.of("m2", LinkRelation.RELATED))), d + ".links[0].target"),
        rule("agenda.blank-paragraph", "paragraphs have text",
            m, decision(m, i -> i.withNarrative(Paragraph.of(""))), d + ".narrative[0].text"),
        // decisions
        rule("resolution.no-parts", "resolutions have parts",
            m, resolution(m, res -> res.withParts(List.of())), r + ".parts"),
        rule("resolution.part-numbering", "parts run (1), (2), (3), (4)",
            resolution(m, res -> res.withParts(relabel(res.parts(), "a", "b", "c", "d"))),
            resolution(m, res -> res.withParts(relabel(res.parts(), "1", "2", "3", "5"))), r + ".parts[3].label"),
        rule("resolution.sub-part-numbering", "sub-parts run (i), (ii)",
            part(m, 2, p -> p.withParts(sub("i"), sub("ii"))),
            part(m, 2, p -> p.withParts(sub("i"), sub("iii"))), r + ".parts[2].parts[1].label"),
        rule("resolution.blank-part-text", "parts have words",
            m, part(m, 3, p -> p.withText("")), r + ".parts[3].text"),
        rule("resolution.delegate-not-named", "a delegation names a delegate",
            m, part(m, 2, p -> p.withDelegation(java.util.Optional.empty())), r + ".parts[2].delegation"),
        rule("resolution.recommendation-without-addressee", "a recommendation says to whom",
            resolution(part(m, 3, p -> p.withAddressee(java.util.Optional.empty())),
                res -> res.withRecommendedTo(Body.of("Council", BodyKind.COUNCIL))),
            part(m, 3, p -> p.withAddressee(java.util.Optional.empty())), r + ".parts[3].addressee"),
        rule("resolution.mover-not-present", "the mover is at the meeting",
            resolution(m, res -> res.withMovedBy(CHAIR)), resolution(m, res -> res.withMovedBy(ABSENT)), r + ".movedBy"),
        rule("resolution.called-in-before-decided", "a decision is called in after it is taken",
            resolution(m, res -> res.withCallIn(CallIn.builder().outcome(CallInOutcome.CALLED_IN)
                .date(LocalDate.of(2016, 9, 20)).build())),
            resolution(m, res -> res.withCallIn(CallIn.builder().outcome(CallInOutcome.CALLED_IN)
                .date(LocalDate.of(2016, 9, 1)).build())), r + ".callIn.date"),
        rule("resolution.condition-unknown-part", "conditions depend on parts that exist",
            m, part(m, 1, p -> p.withConditions(p.conditions().get(0).withDependsOnParts("9"))),
            r + ".parts[1].conditions[0].dependsOnParts[0]"),
        rule("resolution.condition-on-own-part", "a part is not conditional on itself",
            m, part(m, 1, p -> p.withConditions(p.conditions().get(0).withDependsOnParts("2"))),
            r + ".parts[1].conditions[0].dependsOnParts"),
        rule("vote.named-votes-disagree-with-counts", "named votes agree with counts",
            resolution(m, res -> res.withVote(Vote.builder().putCount(VoteOption.YES, 1)
                .addNamedVote(NamedVote.of(CHAIR, VoteOption.YES)).build())),
            resolution(m, res -> res.withVote(Vote.builder().putCount(VoteOption.YES, 2)
                .addNamedVote(NamedVote.of(CHAIR, VoteOption.YES)).build())), r + ".vote.counts.yes"),
        rule("vote.result-contradicts-counts", "a vote carried has more for than against, unless a casting vote decided it",
            resolution(m, res -> res.withVote(Vote.builder().putCount(VoteOption.YES, 3).putCount(VoteOption.NO, 3)
                .castingVoteBy(CHAIR).result(VoteResult.CARRIED).build())),
            resolution(m, res -> res.withVote(Vote.builder().putCount(VoteOption.YES, 3).putCount(VoteOption.NO, 3)
                .result(VoteResult.CARRIED).build())), r + ".vote.result"),
        rule("vote.result-contradicts-named-votes", "a recorded vote carried names more for than against",
            resolution(m, res -> res.withVote(Vote.builder().result(VoteResult.CARRIED)
                .addNamedVotes(NamedVote.of(CHAIR, VoteOption.YES), NamedVote.of(MEMBER, VoteOption.YES),
                    NamedVote.of(Person.councillor("Dan Dale"), VoteOption.NO)).build())),
            resolution(m, res -> res.withVote(Vote.builder().result(VoteResult.CARRIED)
                .addNamedVotes(NamedVote.of(CHAIR, VoteOption.YES), NamedVote.of(MEMBER, VoteOption.NO),
                    NamedVote.of(Person.councillor("Dan Dale"), VoteOption.NO)).build())), r + ".vote.result"),
        rule("vote.named-on-both-sides", "no member is named voting two ways",
            resolution(m, res -> res.withVote(Vote.builder()
                .addNamedVotes(NamedVote.of(CHAIR, VoteOption.YES), NamedVote.of(MEMBER, VoteOption.NO)).build())),
            resolution(m, res -> res.withVote(Vote.builder()
                .addNamedVotes(NamedVote.of(CHAIR, VoteOption.YES), NamedVote.of(CHAIR, VoteOption.NO)).build())),
            r + ".vote.namedVotes[1].option"),
        rule("vote.voter-not-present", "a member who votes is not recorded as absent",
            resolution(m, res -> res.withVote(Vote.builder().addNamedVote(NamedVote.of(CHAIR, VoteOption.YES)).build())),
            resolution(m, res -> res.withVote(Vote.builder().addNamedVote(NamedVote.of(ABSENT, VoteOption.YES)).build())),
            r + ".vote.namedVotes[0].voter"),
        rule("vote.unanimous-with-dissent", "a unanimous vote has no votes against",
            resolution(m, res -> res.withVote(Vote.builder().unanimous(true).putCount(VoteOption.YES, 6).build())),
            resolution(m, res -> res.withVote(Vote.builder().unanimous(true).putCount(VoteOption.YES, 5)
                .putCount(VoteOption.NO, 1).build())), r + ".vote.unanimous"),
        // decision records
        rule("record.published-before-decided", "a record is published after the decision",
            officerDecision(), officerDecision().withPublicationDate(LocalDate.of(2024, 4, 30)), "publicationDate"),
        rule("record.effective-before-decided", "a decision takes effect after it is taken",
            officerDecision(), officerDecision().withEffectiveFrom(LocalDate.of(2024, 4, 1)), "effectiveFrom"),
        rule("record.delegation-granted-after-decision", "a decision is taken under a delegation already granted",
            officerDecision(), officerDecision().withDecisionDate(LocalDate.of(2024, 3, 1))
                .withPublicationDate(LocalDate.of(2024, 3, 2)).withEffectiveFrom(LocalDate.of(2024, 3, 9)),
            "takenUnder.source.meetingDate"),
        // recommendations
        rule("recommendation.response-without-respondent", "a response says who responded",
            m, recommendation(m, x -> x.withResponse(x.response().get().withRespondent(java.util.Optional.empty()))),
            rec + ".response.respondent"),
        rule("recommendation.response-before-recommendation", "a response is not dated before the recommendation",
            recommendation(m, x -> x.withResponse(x.response().get().withDate(LocalDate.of(2016, 1, 1)))),
            recommendation(m, x -> x.withResponse(x.response().get().withDate(LocalDate.of(2015, 12, 31)))),
            rec + ".response.date"),
        rule("recommendation.progress-out-of-order", "progress updates oldest first",
            m, recommendation(m, x -> x.withProgressUpdates(x.progressUpdates().get(1), x.progressUpdates().get(0))),
            rec + ".progressUpdates[1].date"),
        rule("recommendation.progress-before-recommendation", "no progress before the recommendation",
            m, recommendation(m, x -> x.withDate(LocalDate.of(2016, 4, 1))), rec + ".progressUpdates[0].date"),
        rule("recommendation.due-before-made", "not due before it is made",
            m, recommendation(m, x -> x.withDueDate(LocalDate.of(2015, 6, 1))), rec + ".dueDate"),
        rule("recommendation.blank-progress", "progress updates say what was done",
            m, recommendation(m, x -> x.withProgressUpdates(ProgressUpdate.builder().text(" ").build())),
            rec + ".progressUpdates[0].text"),
        // funding
        rule("funding.negative-amount", "amounts are not negative",
            funding(m, a -> a.withRecharges(List.of()).withComponents(List.of()).withAmount(a.amount().orElseThrow().withMoney(gbp("0")))),
            funding(m, a -> a.withRecharges(Recharge.of(amount("-1"), Body.of("Better Care Fund", BodyKind.FUND)))),
            f + ".recharges[0].amount"),
        rule("funding.recharge-exceeds-amount", "recharges at most the allocation",
            funding(m, a -> a.withRecharges(Recharge.of(amount("176000"), Body.of("Better Care Fund", BodyKind.FUND)))),
            funding(m, a -> a.withRecharges(Recharge.of(amount("176000.01"), Body.of("Better Care Fund", BodyKind.FUND)))),
            f + ".recharges"),
        rule("funding.components-exceed-amount", "included components at most the allocation; additional ones may exceed it",
            funding(m, a -> a.withComponents(component("200000", ComponentRelation.ADDITIONAL))),
            funding(m, a -> a.withComponents(component("100000", ComponentRelation.INCLUDED), component("80000", ComponentRelation.INCLUDED))),
            f + ".components"),
        rule("funding.sources-exceed-amount", "funding sources add up to no more than the allocation",
            funding(m, a -> a.withFundingSources(FundingSource.builder().kind(FundingSourceKind.CAPITAL_RECEIPTS)
                .amount(a.amount().orElseThrow()).build())),
            funding(m, a -> a.withFundingSources(FundingSource.builder().kind(FundingSourceKind.CAPITAL_RECEIPTS)
                .amount(a.amount().orElseThrow().withMoney(gbp("100000"))).build(),
                FundingSource.builder().kind(FundingSourceKind.BORROWING)
                .amount(a.amount().orElseThrow().withMoney(gbp("80000"))).build())),
            f + ".fundingSources"),
        rule("funding.full-year-effect-basis", "a full-year effect has that basis",
            m, funding(m, a -> a.withFullYearEffect(a.fullYearEffect().get().withBasis(AmountBasis.PER_ANNUM))),
            f + ".fullYearEffect.basis"),
        rule("funding.capital-without-source", "capital names its funding",
            m, funding(m, a -> a.withFundingSources(List.of())), f + ".fundingSources"),
        rule("funding.period-outside-financial-year", "a period within its year",
            m, funding(m, a -> a.withAmount(a.amount().orElseThrow().withPeriod(DateRange.of(LocalDate.of(2016, 10, 1), LocalDate.of(2017, 9, 30))))),
            f + ".amount.period"),
        rule("calendar.financial-year-not-consecutive", "2016/17, not 2016/18",
            m, funding(m, a -> a.withAmount(a.amount().orElseThrow().withFinancialYear(FinancialYear.parse("2016/18")))),
            f + ".amount.financialYear"),
        rule("calendar.period-ends-before-start", "a period ends after it starts",
            m, funding(m, a -> a.withAmount(a.amount().orElseThrow().withPeriod(DateRange.of(LocalDate.of(2017, 3, 31), LocalDate.of(2016, 10, 1))))),
            f + ".amount.period.end"),
        // procurement
        rule("contract.weights-not-100", "weights add up to 100%",
            contract(m, a -> a.withEvaluationCriteria(EvaluationCriterion.of("price", new java.math.BigDecimal("33.3")),
                EvaluationCriterion.of("quality", new java.math.BigDecimal("66.70")))),
            contract(m, a -> a.withEvaluationCriteria(EvaluationCriterion.of("price", 60), EvaluationCriterion.of("quality", 50))),
            c + ".evaluationCriteria"),
        rule("contract.negative-weight", "weights are not negative",
            m, contract(m, a -> a.withEvaluationCriteria(EvaluationCriterion.of("price", 110), EvaluationCriterion.of("quality", -10))),
            c + ".evaluationCriteria[1].weightPercent"),
        rule("contract.negative-value", "values are not negative",
            m, contract(m, a -> a.withValues(amount("-53000"))), c + ".values[0]"),
        rule("contract.term-ends-before-start", "a term ends after it starts",
            m, contract(m, a -> a.withTerm(a.term().get().withEnd(LocalDate.of(2016, 9, 30)))), c + ".term.end"),
        rule("contract.maximum-end-before-end", "extensions do not end before the initial term",
            m, contract(m, a -> a.withTerm(a.term().get().withMaximumEnd(LocalDate.of(2017, 6, 30)))), c + ".term.maximumEnd"),
        rule("contract.negative-duration", "durations are not negative",
            m, contract(m, a -> a.withTerm(a.term().get().withExtensionOptions(Period.ofYears(-1)))), c + ".term.extensionOptions[0]"),
        rule("contract.direct-award-without-rationale", "a direct award says why",
            m, contract(m, a -> a.withMethodRationale(java.util.Optional.empty())), c + ".methodRationale"),
        rule("contract.award-without-supplier", "an award names its supplier or withholds it",
            contract(m, a -> a.withSuppliers(List.of()).withSupplierWithheld(true)),
            contract(m, a -> a.withSuppliers(List.of())), c + ".suppliers"),
        rule("contract.supplier-named-and-withheld", "a withheld supplier is not named",
            contract(m, a -> a.withStage(ContractStage.APPROVAL_TO_PROCURE).withSuppliers(List.of())),
            contract(m, a -> a.withSupplierWithheld(true)), c + ".supplierWithheld"),
        // money, parties, references
        rule("money.scale-exceeds-currency", "pence, not fractions of a penny",
            contract(m, a -> a.withValues(amount("53000.99"))), contract(m, a -> a.withValues(amount("53000.125"))),
            c + ".values[0].money.amount"),
        rule("money.absurd-magnitude", "sums below 10^15",
            contract(m, a -> a.withValues(amount("999999999999999.99"))), contract(m, a -> a.withValues(amount("1e15"))),
            c + ".values[0].money.amount"),
        rule("money.mixed-currencies", "one currency in a document",
            m, contract(m, a -> a.withValues(io.github.minutebook.money.Amount.of(Money.of("53000", "EUR")))),
            c + ".values[0].money.currency"),
        rule("party.unidentified-person", "people have a name or a post",
            m, part(m, 2, p -> p.withDelegation(p.delegation().get().withDelegate(Person.builder().honorific("Councillor").build()))),
            r + ".parts[2].delegation.delegate"),
        rule("party.blank-body-name", "bodies have names",
            m, m.withBody(Body.named("")), "body.name"),
        rule("reference.blank-report-reference", "report references are not blank",
            m, decision(m, i -> i.withReportReferences(ReportReference.of(" "))), d + ".reportReferences[0].reference"),
        rule("reference.malformed-address", "addresses are absolute URIs",
            m, decision(m, i -> i.withDocuments(i.documents().get(0).withAddress("reports/CSD16111 final.pdf"))),
            d + ".documents[0].address"));
  }

  @TestFactory
  Stream<DynamicTest> eachRuleAcceptsItsPassingCase() {
    return cases().stream().map(k -> dynamicTest(k.code() + ": " + k.description(), () -> {
      ValidationReport report = VALIDATOR.validate(k.passing());
      assertTrue(report.withCode(k.code()).isEmpty(), () -> report.toString());
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachRuleReportsItsFailingCaseAtItsPath() {
    return cases().stream().map(k -> dynamicTest(k.code() + " at " + k.path(), () -> {
      ValidationReport report = VALIDATOR.validate(k.failing());
      List<Violation> found = report.withCode(k.code());
      assertEquals(1, found.size(), () -> report.toString());
      Violation violation = found.get(0);
      assertEquals(k.path(), violation.path());
      Rule<?> rule = VALIDATOR.rules().stream().filter(x -> x.code().equals(k.code())).findFirst().orElseThrow();
      assertEquals(rule.severity(), violation.severity());
      assertFalse(violation.message().contains("{"), violation::message);
    }));
  }

  @Test
  void everyDefaultRuleHasACase() {
    Set<String> rules = VALIDATOR.rules().stream().map(Rule::code).collect(toCollection(TreeSet::new));
    Set<String> cased = cases().stream().map(Case::code).collect(toCollection(TreeSet::new));
    assertEquals(rules, cased);
    assertEquals(cases().size(), cased.size(), "one case a rule");
  }

  @Test
  void theDefaultProfileLeavesOutOnlyTheThoroughRules() {
    Set<String> defaults = MeetingValidator.defaults().rules().stream().map(Rule::code).collect(toCollection(TreeSet::new));
    Set<String> thoroughOnly = VALIDATOR.rules().stream().map(Rule::code).filter(code -> !defaults.contains(code))
        .collect(toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(DefaultRules.THOROUGH_ONLY), thoroughOnly);
    assertEquals(VALIDATOR.rules().size(), defaults.size() + thoroughOnly.size());
  }

  @Test
  void theBaseMeetingBreaksNoRule() {
    assertEquals(List.of(), VALIDATOR.validate(clean()).violations());
  }

  @Test
  void aPublicLondonMeetingKeepsItsZone() {
    assertEquals(Optional.of(ZoneId.of("Europe/London")), clean().zone());
  }

  private static <T> List<T> append(List<T> list, T element) {
    return Stream.concat(list.stream(), Stream.of(element)).toList();
  }

  private static List<ResolutionPart> relabel(List<ResolutionPart> parts, String... labels) {
    List<ResolutionPart> relabelled = new java.util.ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      ResolutionPart part = parts.get(i).withLabel(labels[i]);
      relabelled.add(part.withConditions(part.conditions().stream()
          .map(cond -> cond.withDependsOnParts(labels[0])).toList()));
    }
    return relabelled;
  }

  private static ResolutionPart sub(String label) {
    return ResolutionPart.builder().label(label).text("the Director of Finance agree the terms")
        .effect(PartEffect.OTHER).build();
  }

  private static FundingComponent component(String value, ComponentRelation relation) {
    return FundingComponent.builder().description("posts").amount(amount(value)).relation(relation).build();
  }

  @SuppressWarnings("unused")
  private static Condition unused(DeclarationOfInterest d, ProceduralNote n, Document doc, RecommendationResponse x) {
    throw new AssertionError();
  }
}
