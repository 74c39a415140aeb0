package io.github.minutebook.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.LinkRelation;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.PostMeetingNote;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.condition.ConditionKind;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.ComponentRelation;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingComponent;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.funding.SpendType;
import io.github.minutebook.meeting.Adjournment;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.InterestAction;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.procurement.Framework;
import io.github.minutebook.procurement.ProcurementMethod;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationSourceKind;
import io.github.minutebook.recommendation.ResponseStatus;
import io.github.minutebook.reference.DocumentKind;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.MinuteReference;
import io.github.minutebook.reference.ReportReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The facts of seed 002 (Bromley Executive, 14 September 2016) as the fixture records them. */
class Seed002BromleyExecutiveTest {
  private final Meeting meeting = Seed002BromleyExecutive.meeting();

  // --- the meeting ----------------------------------------------------------------------------

  @Test
  void recordsTwentyOneMinutesNumberedSixtyNineToEightyNine() {
    List<AgendaItem> items = meeting.agendaItems();
    assertEquals(21, items.size());
    assertEquals(
        IntStream.rangeClosed(69, 89).mapToObj(Integer::toString).collect(Collectors.toList()),
        items.stream().map(i -> i.minuteNumber().orElseThrow()).collect(Collectors.toList()));
    assertEquals(
        IntStream.rangeClosed(69, 89).mapToObj(n -> "m" + n).collect(Collectors.toList()),
        items.stream().map(i -> i.id().orElseThrow()).collect(Collectors.toList()));
  }

  @Test
  void isTheExecutiveOfBromleyOnFourteenSeptember2016StartingAtSeven() {
    Body authority = meeting.authority().orElseThrow();
    assertEquals(Optional.of("London Borough of Bromley"), authority.name());
    assertEquals(Optional.of("L B Bromley"), authority.abbreviation());
    assertEquals(Optional.of(BodyKind.AUTHORITY), authority.kind());
    assertEquals(Body.of("Executive", BodyKind.EXECUTIVE), meeting.body().orElseThrow());
    assertEquals(LocalDate.of(2016, 9, 14), meeting.date().orElseThrow());
    assertEquals(LocalTime.of(19, 0), meeting.startTime().orElseThrow());
    assertEquals(Optional.of(ZoneId.of("Europe/London")), meeting.zone());
  }

  @Test
  void wasAdjournedAtTenTwelveSoThatItemEightCouldBeConsideredFurther() {
    assertEquals(Optional.of(MeetingStatus.ADJOURNED), meeting.status());
    assertTrue(meeting.endTime().isEmpty(), "an adjourned meeting has no end time");
    Adjournment adjournment = meeting.adjournment().orElseThrow();
    assertEquals(LocalTime.of(22, 12), adjournment.time().orElseThrow());
    assertEquals(List.of("8"), adjournment.items());
    assertTrue(adjournment.reason().orElseThrow().endsWith(
        "Commissioning Strategy for Primary and Secondary Intervention Services"));
    // item 8 of the agenda is minute 76, which was deferred
    AgendaItem itemEight = byAgendaNumber("8");
    assertEquals(Optional.of("76"), itemEight.minuteNumber());
    assertEquals(Optional.of(ItemOutcome.DEFERRED), itemEight.outcome());
  }

  @Test
  void wasChairedByStephenCarrWithSixMembersAndThreeOthersAlsoPresent() {
    List<Attendance> attendance = meeting.attendance();
    assertEquals(10, attendance.size());
    assertEquals(List.of("Councillor Stephen Carr"), names(attendance, AttendanceRole.CHAIR));
    assertEquals(
        List.of("Councillor Graham Arthur", "Councillor Robert Evans", "Councillor Peter Fortune",
            "Councillor Kate Lymer", "Councillor Peter Morgan", "Councillor Colin Smith"),
        names(attendance, AttendanceRole.MEMBER_PRESENT));
    assertEquals(
        List.of("Councillor Nicholas Bennett J.P.", "Councillor Simon Fawthrop",
            "Councillor Diane Smith"),
        names(attendance, AttendanceRole.ALSO_PRESENT));
    Person bennett = attendance.get(7).person();
    assertEquals(Optional.of("Nicholas Bennett"), bennett.name());
    assertEquals(List.of("J.P."), bennett.postNominals());
    assertTrue(attendance.stream().allMatch(a -> a.role().isPresent()));
  }

  @Test
  void minute69RecordsThatThereWereNoApologies() {
    AgendaItem apologies = minute("69");
    assertEquals(ItemKind.APOLOGIES, apologies.kind());
    assertEquals(Optional.of(ItemOutcome.NO_BUSINESS), apologies.outcome());
    assertEquals("There were no apologies.", apologies.narrative().get(0).text());
    assertTrue(meeting.attendance().stream().noneMatch(a -> a.role() == AttendanceRole.APOLOGIES));
  }

  @Test
  void directorOfCorporateServicesDeclaredAnInterestInItemsSevenAndSeventeenAndLeft() {
    assertEquals(1, meeting.declarations().size());
    DeclarationOfInterest declaration = meeting.declarations().get(0);
    assertEquals(Optional.of("Director of Corporate Services"), declaration.person().post());
    assertTrue(declaration.person().name().isEmpty(), "the minutes name the post only");
    assertEquals(List.of("7", "17"), declaration.items());
    assertEquals(Optional.of(InterestAction.LEFT_THE_MEETING), declaration.action());
    assertTrue(declaration.nature().orElseThrow().contains("his wife being employed"));
    assertTrue(declaration.kind().isEmpty(), "the minutes do not classify the interest");
    // items 7 and 17 of the agenda are the Part 1 and Part 2 Coppice/Spinney reports
    assertEquals(Optional.of("75"), byAgendaNumber("7").minuteNumber());
    assertEquals(Optional.of("86"), byAgendaNumber("17").minuteNumber());
    assertEquals(ItemKind.DECLARATIONS, minute("70").kind());
  }

  @Test
  void minute71ConfirmsTheMinutesOfTwentiethAndTwentyNinthJulyAndRefersToMinute42() {
    AgendaItem item = minute("71");
    assertEquals(ItemKind.MINUTES, item.kind());
    assertEquals(Optional.of(ItemOutcome.MINUTES_AGREED), item.outcome());
    List<MinuteReference> refs = item.minuteReferences();
    assertEquals(
        List.of(LocalDate.of(2016, 7, 20), LocalDate.of(2016, 7, 29), LocalDate.of(2016, 7, 20)),
        refs.stream().map(r -> r.meetingDate().orElseThrow()).collect(Collectors.toList()));
    MinuteReference minute42 = refs.get(2);
    assertEquals(Optional.of("42"), minute42.minuteNumber());
    assertEquals(Optional.of("Minute 42 of the Minutes of the 20th July meeting"),
        minute42.asWritten());
    assertTrue(refs.stream().noneMatch(MinuteReference::exempt));
    Paragraph statement = item.narrative().get(1);
    assertEquals(List.of(Person.ofPost("Director of Corporate Services")),
        statement.speakers());
  }

  @Test
  void minute72RecordsOneQuestionWithTheRepliesAttached() {
    AgendaItem item = minute("72");
    assertEquals(ItemKind.PUBLIC_QUESTIONS, item.kind());
    assertEquals(DocumentKind.QUESTION_AND_REPLY, item.documents().get(0).kind());
  }

  // --- minute 73 ------------------------------------------------------------------------------

  @Test
  void minute73HasFourPartsWithFundingInYearAndFullYearEffect() {
    AgendaItem item = minute("73");
    assertEquals(List.of(ReportReference.of("CS17036")), item.reportReferences());
    Resolution resolution = item.resolutions().get(0);
    assertEquals(Optional.of("RESOLVED that:"), resolution.preamble());
    assertEquals(List.of("1", "2", "3", "4"), labels(resolution));
    assertEquals(
        List.of(PartEffect.APPROVE, PartEffect.REQUEST, PartEffect.RECOMMEND, PartEffect.RECOMMEND),
        resolution.parts().stream().map(ResolutionPart::effect).collect(Collectors.toList()));
    assertEquals(Optional.of(Body.of("Constitution Improvement Working Group",
        BodyKind.WORKING_GROUP)), resolution.parts().get(1).addressee());

    FundingAllocation committed = onlyFunding(resolution.parts().get(2));
    assertEquals(Optional.of(Body.of("Council", BodyKind.COUNCIL)),
        resolution.parts().get(2).addressee());
    assertEquals(Optional.of(FundingStatus.RECOMMENDED), committed.status());
    assertAmount(committed.amount().orElseThrow(), "949000", AmountQualifier.EXACT, "£949k");
    assertEquals(Optional.of(AmountBasis.IN_FINANCIAL_YEAR), committed.amount().orElseThrow().basis());
    assertEquals(Optional.of(FinancialYear.startingIn(2016)), committed.amount().orElseThrow().financialYear());
    Amount fullYear = committed.fullYearEffect().orElseThrow();
    assertAmount(fullYear, "1471000", AmountQualifier.EXACT, "£1,471k");
    assertEquals(Optional.of(AmountBasis.FULL_YEAR_EFFECT), fullYear.basis());

    FundingAllocation phaseThree = onlyFunding(resolution.parts().get(3));
    assertEquals(Optional.of(FundingStatus.SUBJECT_TO_FURTHER_APPROVAL), phaseThree.status());
    assertAmount(phaseThree.amount().orElseThrow(), "141000", AmountQualifier.UP_TO, "£141k");
    assertEquals("2016/17", phaseThree.amount().orElseThrow().financialYear().orElseThrow().label());
    assertAmount(phaseThree.fullYearEffect().orElseThrow(), "795000", AmountQualifier.UP_TO,
        "£795k");
    Condition condition = phaseThree.conditions().get(0);
    assertEquals(ConditionKind.SUBJECT_TO_APPROVAL, condition.kind());
    assertEquals(Optional.of(Body.of("Executive", BodyKind.EXECUTIVE)), condition.approver());
    assertTrue(condition.text().endsWith("following an appropriate level of scrutiny"));
  }

  @Test
  void minute73KeepsTheCommissionersBriefAsBulletPointsAndNotesOfstedsRecommendation7() {
    AgendaItem item = minute("73");
    Paragraph commissioner = item.narrative().stream()
        .filter(p -> !p.points().isEmpty()).findFirst().orElseThrow();
    assertTrue(commissioner.text().endsWith("who was expected to:"));
    assertEquals(3, commissioner.points().size());

    Recommendation ofsted = item.recommendations().get(0);
    assertEquals(Optional.of("7"), ofsted.number());
    assertEquals(RecommendationSourceKind.INSPECTORATE, ofsted.source().orElseThrow().kind());
    assertEquals(Optional.of(Body.of("Ofsted", BodyKind.INSPECTORATE)),
        ofsted.source().orElseThrow().body());
    assertTrue(ofsted.text().isEmpty(), "the minutes do not quote Ofsted's recommendation");
  }

  // --- minute 74 ------------------------------------------------------------------------------

  @Test
  void minute74RechargesPartOfItsCostToTheBetterCareFund() {
    Resolution resolution = minute("74").resolutions().get(0);
    assertEquals(List.of("1", "2", "3"), labels(resolution));
    Body betterCareFund = Body.of("Better Care Fund", BodyKind.FUND);

    FundingAllocation continuation = onlyFunding(resolution.parts().get(0));
    Amount cost = continuation.amount().orElseThrow();
    assertAmount(cost, "535500", AmountQualifier.EXACT, "£535,500");
    assertEquals(Optional.of(AmountBasis.PRO_RATA), cost.basis());
    assertEquals(Optional.of(FinancialYear.parse("2017/18")), cost.financialYear());
    assertEquals(Optional.of(LocalDate.of(2017, 4, 1)), cost.period().orElseThrow().start());
    assertEquals(Optional.of(LocalDate.of(2017, 9, 30)), cost.period().orElseThrow().end());
    assertEquals(Optional.of("1st April to 30th September 2017"),
        cost.period().orElseThrow().asWritten());
    Recharge recharge = continuation.recharges().get(0);
    assertEquals(betterCareFund, recharge.to());
    assertAmount(recharge.amount(), "150000", AmountQualifier.EXACT, "£150k");
    assertEquals(Money.of("385500", "GBP"), cost.money().minus(recharge.amount().money()));

    FundingAllocation contribution = onlyFunding(resolution.parts().get(2));
    assertAmount(contribution.amount().orElseThrow(), "1071000", AmountQualifier.UP_TO, "£1,071k");
    assertEquals(Optional.of(AmountBasis.PER_ANNUM), contribution.amount().orElseThrow().basis());
    Recharge yearly = contribution.recharges().get(0);
    assertEquals(betterCareFund, yearly.to());
    assertAmount(yearly.amount(), "150000", AmountQualifier.EXACT, "£150k p.a.");
    assertEquals(Optional.of(AmountBasis.PER_ANNUM), yearly.amount().basis());
    FundingComponent posts = contribution.components().get(0);
    assertEquals(ComponentRelation.ADDITIONAL, posts.relation());
    assertEquals("six FTE care worker posts", posts.description());
    assertAmount(posts.amount(), "188000", AmountQualifier.EXACT, "£188k p.a.");
  }

  @Test
  void minute74ContributionPlusCarePostsMakesTheNarrativesUpToOneMillionTwoHundredFiftyNine() {
    AgendaItem item = minute("74");
    FundingAllocation contribution = onlyFunding(item.resolutions().get(0).parts().get(2));
    Money total = contribution.amount().orElseThrow().money()
        .plus(contribution.components().get(0).amount().money());
    assertEquals(Money.of("1259000", "GBP"), total);
    assertTrue(item.narrative().get(2).text().contains("up to £1,259k per annum"));
    // the narrative total is a statement, not a fourth allocation
    assertEquals(2, fundingIn(item).count());
    LegalBasis section75 = contribution.legalBasis().orElseThrow();
    assertEquals(Optional.of("section 75"), section75.provision());
    assertEquals(Optional.of("BCCG"), partnerAbbreviation(contribution));
  }

  @Test
  void minute74JointlyTendersWithTheCcgForFiveYearsWithATwoYearOption() {
    ResolutionPart part = minute("74").resolutions().get(0).parts().get(1);
    assertEquals(PartEffect.AUTHORISE_PROCUREMENT, part.effect());
    ContractAward award = part.contractAwards().get(0);
    assertEquals(ContractStage.APPROVAL_TO_PROCURE, award.stage());
    assertEquals(Optional.of("BCCG"), award.leadBody().orElseThrow().abbreviation());
    assertEquals(List.of(award.leadBody().orElseThrow()), award.jointWith());
    ContractTerm term = award.term().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2017, 10, 1)), term.start());
    assertEquals(Optional.of(Period.ofYears(5)), term.duration());
    assertEquals(List.of(Period.ofYears(2)), term.extensionOptions());
    assertEquals(Optional.of(Period.ofYears(7)), term.maximumDuration());
    assertEquals(Optional.of(LocalDate.of(2017, 9, 30)),
        award.existingContract().orElseThrow().expires());
    assertEquals(Optional.of(Body.named("Bromley Healthcare")),
        award.existingContract().orElseThrow().supplier());
    assertTrue(award.suppliers().isEmpty(), "no supplier is chosen at this stage");
  }

  // --- minutes 75 and 86 ----------------------------------------------------------------------

  @Test
  void minutes75And86AreAPartOneAndPartTwoPair() {
    AgendaItem partOne = minute("75");
    AgendaItem partTwo = minute("86");
    assertEquals(partOne.title(), partTwo.title());
    assertEquals(Optional.of(Access.PUBLIC), partOne.access());
    assertEquals(Optional.of(Access.EXEMPT), partTwo.access());
    assertEquals(List.of(ItemLink.of("m86", LinkRelation.EXEMPT_COUNTERPART)), partOne.links());
    assertEquals(List.of(ItemLink.of("m75", LinkRelation.PUBLIC_COUNTERPART)), partTwo.links());
    assertEquals("m86", partTwo.id().orElseThrow());
    assertEquals("m75", partOne.id().orElseThrow());
    assertEquals(List.of(ReportReference.of("CS17030a")), partOne.reportReferences());
    assertEquals(List.of(ReportReference.of("CS17030b")), partTwo.reportReferences());
    assertEquals(Optional.of("7"), partOne.agendaNumber());
    assertEquals(Optional.of("17"), partTwo.agendaNumber());

    // in public the summary is noted; the award is made in Part 2 with the winner withheld
    assertEquals(Optional.of(ItemOutcome.NOTED), partOne.outcome());
    ResolutionPart noted = onlyPart(partOne);
    assertEquals(PartEffect.NOTE, noted.effect());
    assertTrue(noted.label().isEmpty());
    assertTrue(noted.contractAwards().isEmpty());

    assertFalse(partOne.resolutions().get(0).withheld(), "the noting is public");
    Resolution decision = partTwo.resolutions().get(0);
    assertTrue(decision.withheld());
    assertTrue(decision.preamble().isEmpty(), "the public minutes print no RESOLVED");
    ResolutionPart decided = onlyPart(partTwo);
    assertTrue(decided.label().isEmpty());
    assertEquals("made a decision on award of contract for the provision of Supported Living "
        + "Services at the Coppice/Spinney and the Glade", decided.text());
    assertTrue(partTwo.narrative().get(0).text().contains(decided.text()),
        "the part holds only what the public minutes say");
    ContractAward award = decided.contractAwards().get(0);
    assertEquals(ContractStage.AWARD, award.stage());
    assertTrue(award.supplierWithheld());
    assertTrue(award.suppliers().isEmpty());
    assertEquals(
        List.of(EvaluationCriterion.of("price", 60), EvaluationCriterion.of("quality", 40)),
        award.evaluationCriteria());
    assertEquals(0, new BigDecimal("100").compareTo(award.evaluationCriteria().stream()
        .map(EvaluationCriterion::weightPercent).reduce(BigDecimal.ZERO, BigDecimal::add)));
    assertTrue(partOne.narrative().get(1).text().contains("60% price/ 40% quality split"));
  }

  // --- minutes 76 to 79 -----------------------------------------------------------------------

  @Test
  void minute76IsDeferredWithoutAnApprovingPart() {
    AgendaItem item = minute("76");
    assertEquals(Optional.of("8"), item.agendaNumber());
    assertEquals(Optional.of(ItemOutcome.DEFERRED), item.outcome());
    assertEquals(Optional.of("Members preferred to have more time to consider the report"),
        item.outcomeReason());
    ResolutionPart part = onlyPart(item);
    assertEquals("the item be considered further at a later date", part.text());
    assertEquals(PartEffect.DEFER, part.effect());
    assertTrue(parts(item).allMatch(p -> p.effect() == PartEffect.DEFER));
    assertEquals(0, fundingIn(item).count());
    assertEquals(0, contractsIn(item).count());
  }

  @Test
  void minute77NotesTheSelectCommitteesRecommendationsAndRecordsTheLeadersResponseTo2Point1() {
    AgendaItem item = minute("77");
    assertEquals("FIRST REPORT OF THE EDUCATION SELECT COMMITTEE 2016/17 - THE EDUCATION "
        + "LANDSCAPE IN BROMLEY", item.title().orElseThrow());
    assertEquals(Optional.of(ItemOutcome.NOTED), item.outcome());
    assertEquals(PartEffect.NOTE, onlyPart(item).effect());

    Recommendation recommendation = item.recommendations().get(0);
    assertEquals(Optional.of("2.1"), recommendation.number());
    assertEquals(RecommendationSourceKind.SELECT_COMMITTEE,
        recommendation.source().orElseThrow().kind());
    assertEquals(Optional.of("The Education Landscape in Bromley"),
        recommendation.source().orElseThrow().title());
    assertTrue(recommendation.text().orElseThrow().startsWith(
        "That the leader of the Council considers realigning Portfolio Responsibilities"));
    assertEquals(Optional.of(ResponseStatus.UNDER_CONSIDERATION),
        recommendation.response().orElseThrow().status());
    assertEquals(Optional.of(Person.ofPost("Leader of the Council")), recommendation.addressee());

    List<String> speakers = item.narrative().stream()
        .flatMap(p -> p.speakers().stream()).map(Party::displayName).collect(Collectors.toList());
    assertEquals(List.of("Leader of the Council", "Councillor Nicholas Bennett J.P.",
        "Deputy Leader"), speakers);
    Person bennett = (Person) item.narrative().get(3).speakers().get(0);
    assertEquals(Optional.of("Chairman of the Education Select Committee"), bennett.post());
  }

  @Test
  void minute78MarketTestsAOnePlusOnePlusOneContractWhoseFundingDependsOnMopac() {
    Resolution resolution = minute("78").resolutions().get(0);
    assertEquals(List.of(ReportReference.of("CS 17029r")), minute("78").reportReferences());
    ContractAward marketTest = resolution.parts().get(0).contractAwards().get(0);
    assertEquals(PartEffect.AUTHORISE_PROCUREMENT, resolution.parts().get(0).effect());
    assertEquals(ContractStage.MARKET_TEST, marketTest.stage());
    Amount value = marketTest.values().get(0);
    assertAmount(value, "220000", AmountQualifier.ESTIMATED, "£220k");
    assertEquals(Optional.of(AmountBasis.PER_ANNUM), value.basis());
    assertEquals(Optional.of(LocalDate.of(2020, 3, 31)), value.period().orElseThrow().end());
    ContractTerm term = marketTest.term().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2017, 4, 1)), term.start());
    assertEquals(List.of(Period.ofYears(1), Period.ofYears(1)), term.extensionOptions());
    assertEquals(Optional.of(Period.ofYears(3)), term.maximumDuration());
    assertEquals(Optional.of("a 1 year +1+1 contract"), term.asWritten());
    assertEquals(List.of("A contract would not be awarded until funding had been confirmed",
            "dependent upon annual MOPAC funding"),
        marketTest.conditions().stream().map(Condition::text).collect(Collectors.toList()));
    for (Condition onMopac : marketTest.conditions()) {
      assertEquals(ConditionKind.SUBJECT_TO_FUNDING, onMopac.kind());
      Party mopac = onMopac.approver().orElseThrow();
      assertEquals(Optional.of("MOPAC"), ((Body) mopac).abbreviation());
    }
    assertEquals(Optional.of(LocalDate.of(2017, 3, 31)),
        marketTest.existingContract().orElseThrow().expires());
  }

  @Test
  void minute78AsksOfficersToApplyToMopacWithoutInventingAnAmountForTheApplication() {
    AgendaItem item = minute("78");
    Resolution resolution = item.resolutions().get(0);
    assertEquals(List.of("1", "2"), labels(resolution));
    ResolutionPart application = resolution.parts().get(1);
    assertEquals(PartEffect.REQUEST, application.effect());
    assertEquals(Optional.of(Body.named("officers")), application.addressee());
    assertEquals("officers submit an application to MOPAC for funding the service covering the "
        + "period April 2017 to March 2020", application.text());
    // the minutes state no sum for the application: the £220k a year is part (1)'s contract value
    assertTrue(application.fundingAllocations().isEmpty());
    assertTrue(application.contractAwards().isEmpty());
    assertTrue(application.conditions().isEmpty());
    assertEquals(0, fundingIn(item).count(), "minute 78 commits no money");
    assertEquals(1, contractsIn(item).count());
  }

  @Test
  void minute79RecommendsToCouncilWithADelegationSubjectToPartOne() {
    Resolution resolution = minute("79").resolutions().get(0);
    assertEquals(Optional.of("RESOLVED that Council be recommended to:"), resolution.preamble());
    assertEquals(Optional.of(Body.of("Council", BodyKind.COUNCIL)), resolution.recommendedTo());
    assertEquals(List.of("1", "2"), labels(resolution));
    ResolutionPart second = resolution.parts().get(1);
    assertEquals(PartEffect.DELEGATE, second.effect());
    Delegation delegation = second.delegation().orElseThrow();
    assertEquals(Person.ofPost("Director of Finance"), delegation.delegate());
    assertEquals(List.of(Person.ofPost("Leader of the Council"),
        Person.ofPost("Resources Portfolio Holder")), delegation.withAgreementOf());
    assertTrue(delegation.inConsultationWith().isEmpty());
    Condition afterPartOne = second.conditions().get(0);
    assertEquals("subject to approval of (1) above", afterPartOne.text());
    assertEquals(ConditionKind.SUBJECT_TO_OTHER_PART, afterPartOne.kind());
    assertEquals(List.of("1"), afterPartOne.dependsOnParts());
    assertTrue(labels(resolution).containsAll(afterPartOne.dependsOnParts()));
  }

  // --- minutes 80 to 82 -----------------------------------------------------------------------

  @Test
  void minute80CallsOffLotTwoOfTheEspoFrameworkWithAdecco() {
    AgendaItem item = minute("80");
    ContractAward callOff = contractsIn(item).collect(Collectors.toList()).get(0);
    assertEquals(1, contractsIn(item).count());
    assertEquals(ContractStage.CALL_OFF, callOff.stage());
    assertEquals("London-wide Framework", callOff.framework().orElseThrow().name());
    assertEquals(Optional.of(Body.of("ESPO", BodyKind.PURCHASING_ORGANISATION)),
        callOff.framework().orElseThrow().provider());
    assertEquals(Optional.of("Lot 2 Managed Service Provider"),
        callOff.framework().orElseThrow().lot());
    assertEquals(List.of(Body.of("Adecco", BodyKind.COMPANY)), callOff.suppliers());
    assertEquals(Optional.of(LocalDate.of(2017, 4, 23)),
        callOff.existingContract().orElseThrow().expires());
    // the current contract "was secured through a Framework (EPSO)", named as written
    Framework current = callOff.existingContract().orElseThrow().framework().orElseThrow();
    assertEquals("Framework (EPSO)", current.name());
    assertTrue(current.provider().isEmpty(), "EPSO is not resolved to ESPO");
    assertTrue(current.lot().isEmpty());
    // the minutes spell the framework both ways; the narrative keeps both
    assertTrue(item.narrative().get(0).text().contains("Framework (EPSO)"));
    assertTrue(item.narrative().get(1).text().contains("The ESPO Framework"));
  }

  @Test
  void minute80HasADemocraticServicesNoteOfInformationCirculatedTheNextDay() {
    AgendaItem item = minute("80");
    PostMeetingNote note = item.postMeetingNotes().get(0);
    assertEquals(Optional.of("Democratic Services"), note.author());
    assertEquals(Optional.of(LocalDate.of(2016, 9, 15)), note.date());
    assertTrue(note.text().contains("copied to Cllr Fawthrop"));
    Action request = item.actions().get(0);
    assertEquals(ActionKind.INFORMATION_TO_CIRCULATE, request.kind());
    Person fawthrop = (Person) item.narrative().get(3).speakers().get(0);
    assertEquals(Optional.of("Simon Fawthrop"), fawthrop.name());
    assertEquals(Optional.of("Chairman of the Executive and Resources PDS Committee"),
        fawthrop.post());
  }

  @Test
  void minute81MakesACapitalAllocationAndThreeContractDecisionsByTwoRoutes() {
    Resolution resolution = minute("81").resolutions().get(0);
    assertEquals(List.of("1", "2", "3", "4"), labels(resolution));

    FundingAllocation capital = onlyFunding(resolution.parts().get(0));
    assertAmount(capital.amount().orElseThrow(), "176000", AmountQualifier.EXACT, "£176K");
    assertEquals(Optional.of(SpendType.CAPITAL), capital.spendType());
    assertEquals(FundingSourceKind.CAPITAL_RECEIPTS, capital.fundingSources().get(0).kind());

    List<ContractAward> awards = contractsIn(minute("81")).collect(Collectors.toList());
    assertEquals(List.of(ContractStage.DIRECT_AWARD, ContractStage.VARIATION,
        ContractStage.DIRECT_AWARD),
        awards.stream().map(ContractAward::stage).collect(Collectors.toList()));
    assertEquals(List.of("Jadu Ltd", "Liberata", "Blue Sky"),
        awards.stream().map(a -> a.suppliers().get(0).name().orElseThrow()).collect(Collectors.toList()));
    assertTrue(awards.stream().allMatch(a ->
        a.values().get(0).qualifier() == AmountQualifier.ESTIMATED));
    assertEquals(List.of("53000.00", "116000.00", "20000.00"), awards.stream()
        .map(a -> a.values().get(0).money().amount().toPlainString())
        .collect(Collectors.toList()));

    ContractAward jadu = awards.get(0);
    assertEquals(Optional.of(ProcurementMethod.DIRECT), jadu.procurementMethod());
    assertEquals(Optional.of("negotiated single tender"), jadu.methodAsWritten());
    assertEquals(Optional.of("an upgrade to an existing licence which only Jadu could perform"),
        jadu.methodRationale());
    assertEquals(Optional.of(ProcurementMethod.DIRECT), awards.get(2).procurementMethod());
    assertTrue(awards.get(1).existingContract().isPresent(), "Liberata's contract is varied");
    // the £37k contingency and the £100k budget of February 2016 are narrative, not allocations
    assertEquals(1, fundingIn(minute("81")).count());
  }

  @Test
  void minute82IsUrgentCapitalWorkAtTheExistingHighwayContractRates() {
    AgendaItem item = minute("82");
    assertEquals(Optional.of(true), item.urgent());
    assertEquals(Optional.of("so that works can be undertaken as soon as possible to stabilise "
        + "the bank of the Betts Park Canal"), item.urgencyReason());
    assertEquals(1, meeting.agendaItems().stream().filter(i -> i.urgent().orElse(false)).count());
    ResolutionPart part = onlyPart(item);
    FundingAllocation capital = part.fundingAllocations().get(0);
    assertAmount(capital.amount().orElseThrow(), "136000", AmountQualifier.EXACT, "£136k");
    assertEquals(Optional.of(SpendType.CAPITAL), capital.spendType());
    assertEquals(FundingSourceKind.CAPITAL_RECEIPTS, capital.fundingSources().get(0).kind());
    ContractAward works = part.contractAwards().get(0);
    assertEquals(ContractStage.USE_OF_EXISTING_CONTRACT, works.stage());
    assertEquals(List.of(Body.of("FM Conway Ltd", BodyKind.COMPANY)), works.suppliers());
  }

  // --- minutes 83 to 89 -----------------------------------------------------------------------

  @Test
  void minute84ExcludesThePublicAndMinutes85To89AreExemptBusiness() {
    AgendaItem exclusion = minute("84");
    assertEquals(ItemKind.EXCLUSION_OF_PRESS_AND_PUBLIC, exclusion.kind());
    assertEquals(Optional.of(Access.PUBLIC), exclusion.access());
    List<AgendaItem> items = meeting.agendaItems();
    int at = items.indexOf(exclusion);
    assertTrue(items.subList(0, at + 1).stream().allMatch(i -> i.access().equals(Optional.of(Access.PUBLIC))));
    List<AgendaItem> partTwo = items.subList(at + 1, items.size());
    assertEquals(List.of("85", "86", "87", "88", "89"), partTwo.stream()
        .map(i -> i.minuteNumber().orElseThrow()).collect(Collectors.toList()));
    for (AgendaItem item : partTwo) {
      assertEquals(Optional.of(Access.EXEMPT), item.access(), item.title().orElseThrow());
      assertEquals(Optional.of("Local Government Act 1972"),
          item.exemptionGrounds().get(0).instrument(), item.title().orElseThrow());
      // the minutes name no paragraph of Schedule 12A, so none is recorded
      assertTrue(item.exemptionGrounds().stream().allMatch(g -> g.provision().isEmpty()));
    }
    assertTrue(minute("85").minuteReferences().stream().allMatch(MinuteReference::exempt));
    assertEquals(Optional.of(ItemOutcome.NO_BUSINESS), minute("83").outcome());
  }

  @Test
  void exemptAwardsAreRecordedWithoutTheirSuppliers() {
    Resolution decision = minute("89").resolutions().get(0);
    assertTrue(decision.withheld());
    assertTrue(decision.preamble().isEmpty());
    ResolutionPart decided = onlyPart(minute("89"));
    assertTrue(minute("89").narrative().get(0).text().startsWith(decided.text()),
        "the part holds only what the public minutes say");
    ContractAward stewartFleming = decided.contractAwards().get(0);
    assertEquals(ContractStage.AWARD, stewartFleming.stage());
    assertTrue(stewartFleming.supplierWithheld());
    assertTrue(stewartFleming.suppliers().isEmpty());
    assertTrue(stewartFleming.values().isEmpty(), "the value is withheld too");
    assertTrue(contractsIn(minute("87")).findAny().isEmpty());
    assertEquals(Optional.of(ItemOutcome.CONSIDERED), minute("88").outcome());
  }

  @Test
  void onlyThePartTwoAwardsHaveTheirTermsWithheld() {
    List<String> withheld = meeting.agendaItems().stream()
        .filter(i -> i.resolutions().stream().anyMatch(Resolution::withheld))
        .map(i -> i.minuteNumber().orElseThrow())
        .collect(Collectors.toList());
    assertEquals(List.of("86", "89"), withheld);
    assertTrue(meeting.agendaItems().stream()
        .filter(i -> withheld.contains(i.minuteNumber().orElseThrow()))
        .allMatch(i -> i.access().equals(Optional.of(Access.EXEMPT))));
    // minutes 87 and 88 record no decision, so no resolution is withheld there
    assertTrue(minute("87").resolutions().isEmpty());
    assertTrue(minute("88").resolutions().isEmpty());
  }

  // --- the whole record -----------------------------------------------------------------------

  @Test
  void partsThatAskOfficersToActNameThemAsAddressee() {
    List<String> officersParts = meeting.agendaItems().stream()
        .flatMap(i -> parts(i).filter(p -> p.text().startsWith("officers "))
            .map(p -> i.minuteNumber().orElseThrow() + "(" + p.label().orElseThrow() + ")"))
        .collect(Collectors.toList());
    assertEquals(List.of("78(1)", "78(2)", "81(2)"), officersParts);
    assertTrue(meeting.agendaItems().stream().flatMap(this::parts)
        .filter(p -> p.text().startsWith("officers "))
        .allMatch(p -> p.addressee().equals(Optional.of(Body.named("officers")))));
  }

  @Test
  void recordsEveryAmountTheResolutionsDecideAndNoNarrativeFigures() {
    List<String> funding = meeting.agendaItems().stream().flatMap(this::fundingIn)
        .map(f -> f.amount().orElseThrow().asWritten().orElseThrow()).collect(Collectors.toList());
    assertEquals(List.of("£949k", "£141k", "£535,500", "£1,071k", "£176K", "£136k"), funding);
    List<String> contractValues = meeting.agendaItems().stream().flatMap(this::contractsIn)
        .flatMap(c -> c.values().stream()).map(a -> a.asWritten().orElseThrow())
        .collect(Collectors.toList());
    assertEquals(List.of("£220k", "£53k", "£116k", "£20k", "£136k"), contractValues);
    assertEquals(9, meeting.agendaItems().stream().flatMap(this::contractsIn).count());
  }

  @Test
  void quotesTheMinutesExactly() {
    SeedText seed = SeedText.load(Seed002BromleyExecutive.FILE);
    Verbatim.assertQuotedFrom(meeting, seed);
    assertTrue(Verbatim.countQuotedFields(meeting, seed) >= 197,
        () -> "only " + Verbatim.countQuotedFields(meeting, seed) + " quoted fields");
  }

  @Test
  void buildsTheSameValueEveryTime() {
    assertEquals(Seed002BromleyExecutive.meeting(), meeting);
    assertEquals(Seed002BromleyExecutive.meeting().hashCode(), meeting.hashCode());
  }

  @Test
  void copyMethodsWorkFromOutsideTheModelsPackages() {
    Meeting located = meeting.withLocation("Bromley Civic Centre");
    assertEquals(Optional.of("Bromley Civic Centre"), located.location());
    assertTrue(meeting.location().isEmpty(), "the original is unchanged");
    assertNotEquals(meeting, located);
    assertEquals(meeting, located.withLocation(Optional.empty()));

    AgendaItem deferred = minute("76");
    AgendaItem decided = deferred.withOutcome(ItemOutcome.DECIDED);
    assertEquals(Optional.of(ItemOutcome.DECIDED), decided.outcome());
    assertEquals(deferred.withOutcome(ItemOutcome.DEFERRED), deferred);
    assertFalse(decided.equals(deferred));
  }

  // --- helpers --------------------------------------------------------------------------------

  private AgendaItem minute(String number) {
    return meeting.agendaItems().stream()
        .filter(i -> i.minuteNumber().equals(Optional.of(number)))
        .findFirst().orElseThrow(() -> new AssertionError("no minute " + number));
  }

  private AgendaItem byAgendaNumber(String number) {
    return meeting.agendaItems().stream()
        .filter(i -> i.agendaNumber().equals(Optional.of(number)))
        .findFirst().orElseThrow(() -> new AssertionError("no agenda item " + number));
  }

  private static List<String> names(List<Attendance> attendance, AttendanceRole role) {
    return attendance.stream().filter(a -> a.role() == role)
        .map(a -> a.person().displayName()).collect(Collectors.toList());
  }

  private static List<String> labels(Resolution resolution) {
    return resolution.parts().stream().map(p -> p.label().orElseThrow())
        .collect(Collectors.toList());
  }

  private static ResolutionPart onlyPart(AgendaItem item) {
    assertEquals(1, item.resolutions().size(), item.title().orElseThrow());
    assertEquals(1, item.resolutions().get(0).parts().size(), item.title().orElseThrow());
    return item.resolutions().get(0).parts().get(0);
  }

  private static FundingAllocation onlyFunding(ResolutionPart part) {
    assertEquals(1, part.fundingAllocations().size(), part.text());
    return part.fundingAllocations().get(0);
  }

  private Stream<ResolutionPart> parts(AgendaItem item) {
    return item.resolutions().stream().flatMap(r -> r.parts().stream());
  }

  private Stream<FundingAllocation> fundingIn(AgendaItem item) {
    return parts(item).flatMap(p -> p.fundingAllocations().stream());
  }

  private Stream<ContractAward> contractsIn(AgendaItem item) {
    return parts(item).flatMap(p -> p.contractAwards().stream());
  }

  private static Optional<String> partnerAbbreviation(FundingAllocation allocation) {
    return allocation.partner().flatMap(p -> ((Body) p).abbreviation());
  }

  private static void assertAmount(
      Amount amount, String value, AmountQualifier qualifier, String asWritten) {
    assertEquals(Money.of(value, "GBP"), amount.money());
    assertEquals(qualifier, amount.qualifier());
    assertEquals(Optional.of(asWritten), amount.asWritten());
  }
}
