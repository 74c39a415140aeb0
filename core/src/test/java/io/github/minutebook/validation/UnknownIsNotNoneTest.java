package io.github.minutebook.validation;

import static io.github.minutebook.validation.ValidationFixtures.ABSENT;
import static io.github.minutebook.validation.ValidationFixtures.MEMBER;
import static io.github.minutebook.validation.ValidationFixtures.clean;
import static io.github.minutebook.validation.ValidationFixtures.resolution;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules that need a list, a count or a text the minutes may not give: each stays silent when the
 * source does not state it, and reports, in true words, when it does. The cases are shaped like the
 * real documents of the corpus where the rules used to cry wolf.
 */
class UnknownIsNotNoneTest {
  private static final MeetingValidator VALIDATOR = MeetingValidator.defaults();

  private static List<String> messages(Meeting meeting, String code) {
    return VALIDATOR.validate(meeting).withCode(code).stream().map(Violation::message).toList();
  }

  private static List<String> messages(DecisionRecord record, String code) {
    return VALIDATOR.validate(record).withCode(code).stream().map(Violation::message).toList();
  }

  private static Meeting declaredBy(Person person) {
    Meeting m = clean();
    return m.withDeclarations(m.declarations().get(0).withPerson(person));
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> longer = new java.util.ArrayList<>(list);
    longer.add(element);
    return longer;
  }

  // meeting.declarant-not-in-attendance

  @Test
  void minutesThatPublishNoAttendanceListDoNotMakeEveryDeclarantAbsent() {
    assertEquals(List.of(), messages(declaredBy(Person.councillor("Dan Dale")).withAttendance(List.of()),
        "meeting.declarant-not-in-attendance"));
  }

  @Test
  void anOfficerIsNotExpectedInAListOfCouncillorsOnly() {
    // seed 002: the Director of Corporate Services declares; the minutes list only councillors
    assertEquals(List.of(), messages(declaredBy(Person.ofPost("Director of Corporate Services")),
        "meeting.declarant-not-in-attendance"));
  }

  @Test
  void anOfficerMissingFromAListThatRecordsOfficersIsReported() {
    Meeting m = declaredBy(Person.ofPost("Director of Corporate Services"));
    m = m.withAttendance(append(m.attendance(),
        Attendance.of(Person.ofPost("Chief Executive"), AttendanceRole.OFFICER_IN_ATTENDANCE)));
    assertEquals(List.of("Director of Corporate Services made a declaration at this meeting but is not in its attendance list"),
        messages(m, "meeting.declarant-not-in-attendance"));
  }

  @Test
  void aDeclarantWhoSentApologiesIsReportedInThoseWords() {
    assertEquals(List.of("Councillor Cara Cole made a declaration at this meeting but is recorded as sending apologies"),
        messages(declaredBy(ABSENT), "meeting.declarant-not-in-attendance"));
  }

  @Test
  void aDeclarantOnlyExpectedToAttendIsUnknownNotAbsent() {
    Meeting m = declaredBy(Person.councillor("Dan Dale"));
    m = m.withAttendance(append(m.attendance(),
        Attendance.of(Person.councillor("Dan Dale"), AttendanceRole.EXPECTED)));
    assertEquals(List.of(), messages(m, "meeting.declarant-not-in-attendance"));
  }

  // resolution.no-parts

  @Test
  void aResolutionGivenOnlyByItsVoteHasWordsThatAreUnknownNotMissing() {
    // OParl: "einstimmig beschlossen", the words of the resolution in a file of their own
    Meeting m = resolution(clean(), r -> Resolution.builder()
        .vote(Vote.builder().unanimous(true).result(VoteResult.CARRIED).build()).build());
    assertEquals(List.of(), messages(m, "resolution.no-parts"));
  }

  @Test
  void aResolvedThatWithNothingAfterItIsReported() {
    Meeting m = resolution(clean(), r -> Resolution.builder().preamble("RESOLVED that:").build());
    assertEquals(List.of("The resolution opens with \"RESOLVED that:\" but records no words after it"),
        messages(m, "resolution.no-parts"));
  }

  @Test
  void aResolutionThatRecordsNothingIsReported() {
    Meeting m = resolution(clean(), r -> Resolution.builder().id("r2").build());
    assertEquals(List.of("The resolution records nothing: no words, no vote and no other fact"),
        messages(m, "resolution.no-parts"));
  }

  // resolution.recommendation-without-addressee

  private static Resolution recommendation(Body committee) {
    return Resolution.builder().decisionMaker(committee).decisionDate(LocalDate.of(2013, 4, 30))
        .addPart(ResolutionPart.builder().text("Recommended to Pass").effect(PartEffect.RECOMMEND).build()).build();
  }

  @Test
  void aCommitteeRecommendationFollowedInTheSameHistoryByTheCouncilSaysWhereItWent() {
    // Legistar: the committee recommends to pass; the next row of the history is the City Council's
    Body committee = Body.of("Committee on Zoning, Landmarks and Building Standards", BodyKind.COMMITTEE);
    DecisionRecord history = DecisionRecord.builder()
        .addDecision(recommendation(committee))
        .addDecision(Resolution.builder().decisionMaker(Body.of("Chicago City Council", BodyKind.COUNCIL))
            .addPart(ResolutionPart.builder().text("Passed").effect(PartEffect.APPROVE).build()).build())
        .build();
    assertEquals(List.of(), messages(history, "resolution.recommendation-without-addressee"));
  }

  @Test
  void aRecommendationThatGoesNowhereInTheRecordIsReported() {
    Body committee = Body.of("Committee on Finance", BodyKind.COMMITTEE);
    DecisionRecord history = DecisionRecord.builder().addDecision(recommendation(committee)).build();
    assertEquals(List.of("The part recommends but does not say to whom"),
        messages(history, "resolution.recommendation-without-addressee"));
  }

  // paths

  @Test
  void aViolationGivesAJsonPointerUsingTheFormatsNames() {
    Violation v = Violation.builder().path("agendaItems[1].resolutions[0].vote.counts.yes").code("x")
        .severity(Severity.ERROR).template("t").build();
    assertEquals("/agendaItems/1/resolutions/0/vote/counts/yes", v.pointer());
    assertEquals("", v.withPath("").pointer());
    assertEquals("/body/name", VALIDATOR.validate(clean().withBody(Body.named(" "))).withCode("party.blank-body-name")
        .get(0).pointer());
  }

  @Test
  void declarantsOfMembersStillPresentPass() {
    assertEquals(List.of(), messages(declaredBy(MEMBER), "meeting.declarant-not-in-attendance"));
  }
}
