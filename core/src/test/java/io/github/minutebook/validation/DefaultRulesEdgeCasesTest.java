package io.github.minutebook.validation;

import static io.github.minutebook.validation.ValidationFixtures.MEMBER;
import static io.github.minutebook.validation.ValidationFixtures.clean;
import static io.github.minutebook.validation.ValidationFixtures.decision;
import static io.github.minutebook.validation.ValidationFixtures.part;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.LinkRelation;
import io.github.minutebook.decision.Motion;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.RequiredMajority;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.funding.ComponentRelation;
import io.github.minutebook.funding.FundingComponent;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.meeting.ApologyKind;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendancePeriod;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.Sitting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.reference.LegalBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The corners of the default rules that their main cases do not reach. */
class DefaultRulesEdgeCasesTest {
  private static final MeetingValidator VALIDATOR = MeetingValidator.defaults();

  private static List<String> paths(Meeting m, String code) {
    return VALIDATOR.validate(m).withCode(code).stream().map(Violation::path).toList();
  }

  @Test
  void aParticipantTheSourceNamesOnlyByItsAddressIsIdentified() {
    // Wuppertal's OParl meeting 19160 lists its participant as http://oparl.wuppertal.de/oparl/bodies/0001/people/292
    Person linked = Person.builder().id("http://oparl.wuppertal.de/oparl/bodies/0001/people/292").build();
    Meeting m = clean().withAttendance(Attendance.of(linked, AttendanceRole.PRESENT));
    assertEquals(List.of(), paths(m, "party.unidentified-person"));
    Meeting blank = clean().withAttendance(Attendance.of(Person.builder().id(" ").build(), AttendanceRole.PRESENT));
    assertEquals(List.of("attendance[0].person"), paths(blank, "party.unidentified-person"));
  }

  @Test
  void aDeferredItemMayNotDecideInASubPartEither() {
    Meeting m = decision(part(clean(), 3, p -> p.withEffect(PartEffect.DEFER).withParts(
        ResolutionPart.builder().label("a").text("the scheme be approved").effect(PartEffect.APPROVE).build())),
        i -> i.withOutcome(ItemOutcome.DEFERRED).withResolutions(i.resolutions().get(0)
            .withParts(i.resolutions().get(0).parts().get(3).withLabel("1"))));
    assertEquals(List.of("agendaItems[1].resolutions[0].parts[0].parts[0].effect"),
        paths(m, "agenda.deferred-with-decision"));
  }

  @Test
  void aBodyKnownOnlyByItsIdentifierHasNoBlankNameButOneWithNeitherIsReported() {
    assertEquals(List.of(), paths(clean().withBody(Body.ofId("https://web1.karlsruhe.de/oparl/bodies/0001/organizations/gr/32130")),
        "party.blank-body-name"));
    assertEquals(List.of("body"), paths(clean().withBody(Body.builder().kind(BodyKind.COMMITTEE).build()),
        "party.blank-body-name"));
  }

  @Test
  void aFullYearEffectWithoutItsBasisIsReported() {
    Meeting m = ValidationFixtures.funding(clean(),
        a -> a.withFullYearEffect(a.fullYearEffect().orElseThrow().withBasis(java.util.Optional.empty())));
    List<Violation> found = VALIDATOR.validate(m).withCode("funding.full-year-effect-basis");
    assertEquals(1, found.size());
    assertEquals("The full-year effect does not give its basis, full-year-effect", found.get(0).message());
    assertEquals(true, found.get(0).path().endsWith("fundingAllocations[0].fullYearEffect.basis"), found.get(0).path());
  }

  @Test
  void rechargesAndComponentsInAnotherCurrencyAreNotComparedWithTheAllocation() {
    // GBP 176000.00 with a recharge and an included component far above it, but in euros
    Meeting m = ValidationFixtures.funding(clean(), a -> a
        .withRecharges(Recharge.of(Amount.of(Money.of("900000", "EUR")), Body.of("Better Care Fund", BodyKind.FUND)))
        .withComponents(FundingComponent.builder().description("contingency")
            .amount(Amount.of(Money.of("900000", "EUR"))).relation(ComponentRelation.INCLUDED).build()));
    ValidationReport report = VALIDATOR.validate(m);
    assertEquals(List.of(), report.withCode("funding.recharge-exceeds-amount"));
    assertEquals(List.of(), report.withCode("funding.components-exceed-amount"));
    assertEquals(List.of(), report.withCode("validation.rule-failed"));
    assertEquals(2, report.withCode("money.mixed-currencies").size(), report.toString());
  }

  @Test
  void anItemLinkingToItsOwnAgendaNumberLinksToItself() {
    Meeting m = decision(clean(), i -> i.withLinks(ItemLink.of("2", LinkRelation.RELATED)));
    assertEquals(List.of("agendaItems[1].links[0].target"), paths(m, "agenda.link-to-itself"));
  }

  @Test
  void everyChairAfterTheFirstIsReported() {
    Meeting m = clean().withAttendance(Stream.concat(clean().attendance().stream(), Stream.of(
        Attendance.of(Person.councillor("Dan Dale"), AttendanceRole.CHAIR),
        Attendance.of(Person.councillor("Eve Ellis"), AttendanceRole.CHAIR))).toList());
    List<Violation> found = MeetingValidator.thorough().validate(m).withCode("meeting.several-chairs");
    assertEquals(List.of("attendance[3]", "attendance[4]"), found.stream().map(Violation::path).toList());
    assertEquals("Councillor Eve Ellis is chair number 3 of the meeting", found.get(1).message());
  }

  @Test
  void keepsParametersInTheOrderTheRuleGaveThem() {
    Meeting m = clean().withAttendance(Stream.concat(clean().attendance().stream(),
        Stream.of(Attendance.of(MEMBER, AttendanceRole.ABSENT))).toList());
    Violation v = VALIDATOR.validate(m).withCode("meeting.present-and-absent").get(0);
    assertEquals(List.of("person", "role", "absence"), List.copyOf(v.parameters().keySet()));
  }

  @Test
  void reportsARuleThatFailsAnAssertion() {
    Rule<Meeting> asserting = Rule.of(Meeting.class, "house.asserting", Severity.INFO, "Fails an assertion.",
        (meeting, context) -> {
          throw new AssertionError("unexpected");
        });
    ValidationReport report = MeetingValidator.builder().addRule(asserting).build().validate(clean());
    assertEquals("Rule house.asserting failed with java.lang.AssertionError: unexpected",
        report.withCode("validation.rule-failed").get(0).message());
  }

  @Test
  void anEveningMeetingThatClosesAfterMidnightEndsAfterItStarts() {
    assertEquals(List.of(), paths(clean().withStartTime(LocalTime.of(18, 30)).withEndTime(LocalTime.of(0, 40)),
        "meeting.end-before-start"));
    // a morning meeting "ending" at 2am, or an evening one at 7am, is a slip (am for pm), not a late night
    assertEquals(List.of("endTime"), paths(clean().withStartTime(LocalTime.of(10, 0)).withEndTime(LocalTime.of(2, 0)),
        "meeting.end-before-start"));
    assertEquals(List.of("endTime"), paths(clean().withStartTime(LocalTime.of(19, 0)).withEndTime(LocalTime.of(7, 0)),
        "meeting.end-before-start"));
  }

  @Test
  void withoutAZoneNoClockChangeIsChecked() {
    Meeting unzoned = clean().withZone(Optional.empty()).withDate(LocalDate.of(2016, 3, 27))
        .withStartTime(LocalTime.of(1, 30)).withEndTime(LocalTime.of(3, 0));
    assertEquals(List.of(), paths(unzoned, "meeting.time-does-not-exist"));
    assertEquals(List.of("startTime"), paths(unzoned.withZone(ZoneId.of("Europe/London")), "meeting.time-does-not-exist"));
  }

  @Test
  void legislationIsPublishedBeforeItIsDecidedAndARecordOfNoKindIsNotJudged() {
    DecisionRecord ordinance = DecisionRecord.builder()
        .kind(DecisionRecordKind.LEGISLATION)
        .publicationDate(LocalDate.of(2018, 10, 31))
        .decisionDate(LocalDate.of(2018, 11, 7))
        .build();
    assertEquals(List.of(), VALIDATOR.validate(ordinance).withCode("record.published-before-decided"));
    assertEquals(List.of(), VALIDATOR.validate(ordinance.withKind(Optional.empty())).withCode("record.published-before-decided"));
    assertEquals(1, VALIDATOR.validate(ordinance.withKind(DecisionRecordKind.OFFICER_DECISION))
        .withCode("record.published-before-decided").size());
  }

  @Test
  void aBackdatedDecisionIsANoteOfTheThoroughProfileOnly() {
    DecisionRecord payAward = DecisionRecord.builder()
        .kind(DecisionRecordKind.OFFICER_DECISION)
        .decisionDate(LocalDate.of(2025, 6, 12))
        .effectiveFrom(LocalDate.of(2025, 4, 1))
        .build();
    assertEquals(List.of(), VALIDATOR.validate(payAward).withCode("record.effective-before-decided"));
    Violation note = MeetingValidator.thorough().validate(payAward).withCode("record.effective-before-decided").get(0);
    assertEquals(Severity.INFO, note.severity());
    assertEquals("The decision takes effect on 2025-04-01, before it was taken on 2025-06-12: backdated, or a date is wrong",
        note.message());
  }

  @Test
  void anUrgencyReasonWithUrgencyNotStatedPasses() {
    assertEquals(List.of(), paths(decision(clean(), i -> i.withUrgencyReason("works are needed at once")),
        "agenda.urgency-reason-without-urgency"));
  }

  @Test
  void groundsAreOnlyJudgedOnAnItemWhoseAccessIsStated() {
    Meeting unstated = ValidationFixtures.item(clean(), 2, i -> i.withAccess(Optional.empty()));
    assertEquals(List.of(), paths(unstated, "agenda.grounds-on-public-item"));
    assertEquals(List.of(), MeetingValidator.thorough().validate(unstated.withAgendaItems(
        unstated.agendaItems().get(0), unstated.agendaItems().get(1),
        unstated.agendaItems().get(2).withExemptionGrounds(List.of()))).withCode("agenda.exempt-without-grounds"));
  }

  @Test
  void theResolutionExcludingThePublicCitesItsGroundsInPublic() {
    Meeting exclusion = ValidationFixtures.item(clean(), 0, i -> i.withKind(ItemKind.EXCLUSION_OF_PRESS_AND_PUBLIC)
        .withAccess(Access.PUBLIC)
        .withExemptionGrounds(LegalBasis.of("section 48(1)(a)", "Local Government Official Information and Meetings Act 1987",
            "section 48(1)(a)")));
    assertEquals(List.of(), paths(exclusion, "agenda.grounds-on-public-item"));
    assertEquals(List.of("agendaItems[0].exemptionGrounds"),
        paths(ValidationFixtures.item(exclusion, 0, i -> i.withKind(ItemKind.REPORT_FOR_DECISION)), "agenda.grounds-on-public-item"));
  }

  @Test
  void someoneWhoLeftAndCameBackIsRecordedOnceForEachStretch() {
    Person member = Person.councillor("Dan Dale");
    Meeting twice = clean().withAttendance(Stream.concat(clean().attendance().stream(), Stream.of(
        Attendance.builder().person(member).role(AttendanceRole.MEMBER_PRESENT).leftAt(LocalTime.of(19, 40)).build(),
        Attendance.builder().person(member).role(AttendanceRole.MEMBER_PRESENT).arrivedAt(LocalTime.of(20, 5)).build())).toList());
    assertEquals(List.of(), paths(twice, "meeting.duplicate-attendance"));
    Meeting repeated = clean().withAttendance(Stream.concat(clean().attendance().stream(), Stream.of(
        Attendance.of(member, AttendanceRole.MEMBER_PRESENT), Attendance.of(member, AttendanceRole.MEMBER_PRESENT))).toList());
    assertEquals(List.of("attendance[4]"), paths(repeated, "meeting.duplicate-attendance"));
  }

  @Test
  void aMeetingContinuedOnALaterDateMayEndEarlierInTheDayThanItStarted() {
    // Bayham council, Ontario: begun at 7:00 p.m. on 21 January 1999, continued at 2:00 p.m. on 27 January
    Meeting continued = clean().withDate(LocalDate.of(1999, 1, 21)).withStartTime(LocalTime.of(19, 0))
        .withEndTime(LocalTime.of(16, 30)).withSittings(
            Sitting.builder().date(LocalDate.of(1999, 1, 21)).start(LocalTime.of(19, 0)).build(),
            Sitting.builder().date(LocalDate.of(1999, 1, 27)).start(LocalTime.of(14, 0)).end(LocalTime.of(16, 30)).build());
    assertEquals(List.of(), paths(continued, "meeting.end-before-start"));
    Meeting oneDay = continued.withSittings(
        Sitting.builder().start(LocalTime.of(19, 0)).end(LocalTime.of(20, 10)).build(),
        Sitting.builder().start(LocalTime.of(20, 25)).end(LocalTime.of(16, 30)).build());
    assertEquals(List.of("endTime"), paths(oneDay, "meeting.end-before-start"));
  }

  @Test
  void itemNumbersThatStartAgainInEachSectionAreUniqueWithinTheirSection() {
    // Vancouver, 25 February 1997: "ADOPTION OF MINUTES 1. ..." and later "REPORT REFERENCE 1. ..."
    Meeting m = ValidationFixtures.item(ValidationFixtures.item(clean(), 0,
        i -> i.withSection("ADOPTION OF MINUTES").withMinuteNumber("1")), 1,
        i -> i.withSection("REPORT REFERENCE").withMinuteNumber("1"));
    assertEquals(List.of(), paths(m, "meeting.duplicate-minute-number"));
    Meeting sameSection = ValidationFixtures.item(m, 1, i -> i.withSection("ADOPTION OF MINUTES"));
    List<Violation> found = VALIDATOR.validate(sameSection).withCode("meeting.duplicate-minute-number");
    assertEquals(List.of("agendaItems[1].minuteNumber"), found.stream().map(Violation::path).toList());
    assertEquals("Minute number 1 is already used by the agenda item at position 1", found.get(0).message());
  }

  @Test
  void aMemberWhoApologisedForLatenessIsPresentNotAbsent() {
    // Auckland Governing Body, 24 August 2023: "Lateness: Deputy Mayor D Simpson, on council business", "From 11.55am"
    Person simpson = Person.builder().honorific("Deputy Mayor").name("D Simpson").build();
    Meeting late = clean().withAttendance(Stream.concat(clean().attendance().stream(), Stream.of(
        Attendance.builder().person(simpson).role(AttendanceRole.MEMBER_PRESENT).apology(ApologyKind.LATENESS)
            .apologyAccepted(true).reason("on council business").arrivedAt(LocalTime.of(11, 55)).build())).toList());
    assertEquals(List.of(), VALIDATOR.validate(late).violations().stream().map(Violation::code)
        .filter(code -> code.startsWith("meeting.")).toList());
    Meeting alsoApologies = late.withAttendance(Stream.concat(late.attendance().stream(),
        Stream.of(Attendance.of(simpson, AttendanceRole.APOLOGIES))).toList());
    assertEquals(List.of("attendance[4]"), paths(alsoApologies, "meeting.present-and-absent"));
  }

  @Test
  void aChangeOfChairWithItsTimesIsNotASecondChair() {
    // Northland Regional Council, 28 November 2023: "Tui Shortland (Chairperson from 10.02 – 10.29am ...)",
    // "Geoff Crawford (Chairperson from 10.29am)"
    Meeting changed = clean().withAttendance(Stream.concat(clean().attendance().stream(), Stream.of(
        Attendance.builder().person(Person.councillor("Tui Shortland")).role(AttendanceRole.CHAIR)
            .addPeriods(AttendancePeriod.builder().from(LocalTime.of(10, 2)).until(LocalTime.of(10, 29)).build()).build(),
        Attendance.builder().person(Person.councillor("Geoff Crawford")).role(AttendanceRole.CHAIR)
            .addPeriods(AttendancePeriod.builder().from(LocalTime.of(10, 29)).build()).build())).toList());
    assertEquals(List.of(), MeetingValidator.thorough().validate(changed).withCode("meeting.several-chairs"));
  }

  @Test
  void someoneOnLeaveOfAbsenceIsAbsent() {
    Person member = clean().attendance().get(1).person();
    Meeting onLeave = clean().withAttendance(Stream.concat(clean().attendance().stream(), Stream.of(
        Attendance.builder().person(member).role(AttendanceRole.LEAVE_OF_ABSENCE).reason("Civic Business").build())).toList());
    assertEquals(List.of("attendance[3]"), paths(onLeave, "meeting.present-and-absent"));
  }

  @Test
  void aMotionNeedingTwoThirdsIsLostWithAMajorityShortOfThem() {
    // Toronto City Council, 13 December 2023: "Two-Thirds required - RM13.7 - Chow - Amend the Order Paper", lost 14-9
    Vote lost = Vote.builder().putCount(VoteOption.YES, 14).putCount(VoteOption.NO, 9).result(VoteResult.LOST)
        .requiredMajority(RequiredMajority.TWO_THIRDS).build();
    Meeting m = ValidationFixtures.item(clean(), 0, i -> i.withMotions(Motion.builder().vote(lost).build()));
    assertEquals(List.of(), paths(m, "vote.result-contradicts-counts"));
    Meeting carried = ValidationFixtures.item(clean(), 0, i -> i.withMotions(Motion.builder()
        .vote(lost.withResult(VoteResult.CARRIED)).build()));
    List<Violation> found = VALIDATOR.validate(carried).withCode("vote.result-contradicts-counts");
    assertEquals(1, found.size());
    assertEquals("The vote is recorded as carried with 14 for and 9 against", found.get(0).message());
    Meeting ofMembers = ValidationFixtures.item(clean(), 0, i -> i.withMotions(Motion.builder()
        .vote(lost.withResult(VoteResult.CARRIED).withRequiredMajority(RequiredMajority.TWO_THIRDS_OF_MEMBERS)).build()));
    assertEquals(List.of(), paths(ofMembers, "vote.result-contradicts-counts"));
  }

  @Test
  void weightsThatWouldWrapALongAreSummedExactly() {
    // 2^64 + 100 in weights once wrapped to exactly 100
    BigDecimal big = new BigDecimal("999999999999999"); // 15 digits, summed in a long
    List<EvaluationCriterion> criteria = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal target = new BigDecimal("18446744073709551716");
    while (target.subtract(total).compareTo(big) > 0) {
      criteria.add(EvaluationCriterion.of("c" + criteria.size(), big));
      total = total.add(big);
    }
    criteria.add(EvaluationCriterion.of("last", target.subtract(total)));
    Meeting m = ValidationFixtures.contract(clean(), c -> c.withEvaluationCriteria(criteria));
    List<Violation> found = VALIDATOR.validate(m).withCode("contract.weights-not-100");
    assertEquals(1, found.size());
    assertEquals("Evaluation weights add up to 18446744073709551716%, not 100%", found.get(0).message());
  }

  @Test
  void aDurationPastTheEndOfTheCalendarStillEndsAfterTheLatestEnd() {
    Meeting m = ValidationFixtures.contract(clean(), c -> c.withTerm(ContractTerm.builder()
        .start(LocalDate.of(2017, 4, 1)).duration(Period.ofYears(Integer.MAX_VALUE)).maximumEnd(LocalDate.of(2022, 3, 31))
        .build()));
    List<Violation> found = VALIDATOR.validate(m).withCode("contract.maximum-end-before-end");
    assertEquals(List.of("The latest end 2022-03-31 is before the initial term ends: P2147483647Y from 2017-04-01 runs "
        + "past the end of the calendar"), found.stream().map(Violation::message).toList());
  }

  @Test
  void namesInAnyScriptMatchWhateverTheirCase() {
    Meeting m = clean().withAttendance(Stream.concat(clean().attendance().stream(), Stream.of(
        Attendance.of(Person.councillor("Zoë Ōta"), AttendanceRole.MEMBER_PRESENT))).toList())
        .withDeclarations(DeclarationOfInterest.builder().person(Person.councillor("ZOË ŌTA")).addItem("2").build());
    assertEquals(List.of(), paths(m, "meeting.declarant-not-in-attendance"));
    Meeting decomposed = m.withDeclarations(DeclarationOfInterest.builder()
        .person(Person.councillor("Zoe\u0308 O\u0304ta")).addItem("2").build());
    assertEquals(List.of(), paths(decomposed, "meeting.declarant-not-in-attendance"));
  }
}
