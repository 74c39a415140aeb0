package io.github.minutebook.seeds;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.ParagraphKind;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.recommendation.RecommendationSourceKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Seed001HackneyExecutiveResponseTest {
  private final Meeting meeting = Seed001HackneyExecutiveResponse.meeting();
  private final AgendaItem item = meeting.agendaItems().get(0);
  private final SeedText seed = SeedText.load(Seed001HackneyExecutiveResponse.FILE);

  private Paragraph paragraph710() {
    return item.narrative().get(9);
  }

  @Test
  void isAScrutinyReviewItemOfHackneysGovernanceAndResourcesScrutinyCommission() {
    assertEquals(1, meeting.agendaItems().size());
    assertEquals("London Borough of Hackney", meeting.authority().orElseThrow().name().orElseThrow());
    assertEquals(Optional.of("LBH"), meeting.authority().orElseThrow().abbreviation());
    assertEquals("Governance and Resources Scrutiny Commission",
        meeting.body().orElseThrow().name().orElseThrow());
    assertEquals(Optional.of(BodyKind.SCRUTINY), meeting.body().orElseThrow().kind());
    assertEquals(ItemKind.SCRUTINY_REVIEW, item.kind());
    assertTrue(meeting.date().isEmpty(), "the minutes give no date");
  }

  @Test
  void recordsTheChairAndTheCabinetMemberFinanceInAttendance() {
    List<Attendance> attendance = meeting.attendance();
    assertEquals(2, attendance.size());
    assertEquals(AttendanceRole.CHAIR, attendance.get(0).role());
    Attendance cabinetMember = attendance.get(1);
    Person taylor = cabinetMember.person();
    assertAll(
        () -> assertEquals(AttendanceRole.EXECUTIVE_MEMBER_IN_ATTENDANCE, cabinetMember.role()),
        () -> assertEquals("Councillor Geoff Taylor", taylor.displayName()),
        () -> assertEquals(Optional.of("Cabinet Member Finance"), taylor.post()),
        () -> assertEquals(Optional.of("London Borough of Hackney"),
            taylor.organisation().orElseThrow().name()));
  }

  @Test
  void isPresentedByTheCabinetMemberFinance() {
    assertEquals(List.of("Councillor Geoff Taylor"),
        item.presenters().stream().map(Party::displayName).toList());
  }

  @Test
  void numbersItsParagraphsFrom7_1To7_10() {
    List<String> expected = IntStream.rangeClosed(1, 10).mapToObj(n -> "7." + n).toList();
    assertEquals(expected,
        item.narrative().stream().map(p -> p.number().orElseThrow()).toList());
  }

  @Test
  void attributesTheCabinetMembersStatementsToHim() {
    List<String> attributed = item.narrative().stream()
        .filter(p -> p.kind() == ParagraphKind.STATEMENT)
        .filter(p -> p.speakers().stream()
            .anyMatch(s -> s.displayName().equals("Councillor Geoff Taylor")))
        .map(p -> p.number().orElseThrow())
        .toList();
    assertEquals(List.of("7.4", "7.6", "7.7", "7.8"), attributed);
  }

  @Test
  void listsDiscussionPointsOneToTenThenTheNextStepsNumberedOneAgain() {
    assertEquals(ParagraphKind.DISCUSSION, paragraph710().kind());
    assertEquals(List.of("(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)", "(ix)",
            "(x)", "(i)"),
        paragraph710().points().stream().map(p -> p.number().orElseThrow()).toList());
  }

  @Test
  void attributesTheCabinetMembersAnswerAndTheChairsSuggestion() {
    List<Paragraph> points = paragraph710().points();
    assertEquals("Councillor Geoff Taylor", points.get(8).speakers().get(0).displayName());
    assertEquals(ParagraphKind.STATEMENT, points.get(8).kind());
    assertEquals("Chair", points.get(9).speakers().get(0).displayName());
    assertTrue(points.subList(0, 8).stream().allMatch(p -> p.speakers().isEmpty()),
        "members' comments are not attributed to anyone in particular");
  }

  @Test
  void summarisesTheNextStepsAsTheChairsTwoPoints() {
    Paragraph nextSteps = paragraph710().points().get(10);
    assertEquals(ParagraphKind.NEXT_STEPS, nextSteps.kind());
    assertEquals("Chair", nextSteps.speakers().get(0).displayName());
    assertEquals(2, nextSteps.points().size());
    assertTrue(nextSteps.points().get(0).text().contains("rec 1 response box"));
    assertTrue(nextSteps.points().get(1).text().startsWith("The set-up of a pilot"));
  }

  @Test
  void recordsRecommendation1OfTheReviewWithADraftExecutiveResponse() {
    Recommendation rec1 = item.recommendations().get(0);
    assertEquals(2, item.recommendations().size());
    assertEquals(Optional.of("1"), rec1.number());
    assertEquals(RecommendationSourceKind.SCRUTINY_REVIEW, rec1.source().orElseThrow().kind());
    assertEquals("Governance and Resources Scrutiny Commission",
        rec1.source().orElseThrow().body().orElseThrow().name().orElseThrow());
    RecommendationResponse response = rec1.response().orElseThrow();
    assertAll(
        () -> assertTrue(response.draft()),
        () -> assertEquals("Executive", response.respondent().orElseThrow().displayName()),
        () -> assertTrue(response.status().isEmpty(), "a draft out for comment is not decided"),
        () -> assertTrue(response.text().isEmpty(), "the response's words are not minuted"));
    assertFalse(rec1.text().isPresent());
    assertTrue(rec1.subject().isEmpty(), "the minutes do not say what recommendation 1 is about");
  }

  @Test
  void recordsTheRecommendationAboutAPilotByItsSubjectWithoutANumber() {
    Recommendation pilot = item.recommendations().get(1);
    assertEquals(Optional.of("about setting up a pilot or participating in a programme initiative "
        + "in an area"), pilot.subject());
    assertAll(
        () -> assertTrue(pilot.number().isEmpty(), "the minutes give it no number"),
        () -> assertTrue(pilot.text().isEmpty(), "the minutes describe it, not quote it"),
        () -> assertTrue(pilot.addressee().isEmpty()),
        () -> assertEquals(item.recommendations().get(0).source(), pilot.source()),
        () -> assertTrue(pilot.response().orElseThrow().draft()),
        () -> assertTrue(pilot.response().orElseThrow().status().isEmpty()));
    seed.assertQuotes("Members referred back to their recommendation "
        + pilot.subject().orElseThrow());
  }

  @Test
  void ownsTheActionByTheCabinetMemberFinance() {
    Action action = item.actions().get(0);
    assertEquals(1, item.actions().size());
    assertEquals(ActionKind.ACTION, action.kind());
    assertEquals(Optional.of(meeting.attendance().get(1).person()), action.owner());
    assertTrue(action.description().startsWith("Cabinet Member Finance to liaise with the Chair"));
  }

  @Test
  void involvesTheChairAndTheOverviewAndScrutinyOfficerInTheAction() {
    Action action = item.actions().get(0);
    assertEquals(List.of(Person.ofPost("Chair"), Person.ofPost("Overview and Scrutiny Officer")),
        action.involving());
    assertEquals(meeting.attendance().get(0).person(), action.involving().get(0),
        "the Chair in the action is the Chair in attendance");
    assertTrue(meeting.attendance().stream()
            .noneMatch(a -> a.person().equals(action.involving().get(1))),
        "the minutes do not say the Overview and Scrutiny Officer attended");
    action.involving().forEach(p -> assertTrue(action.description().contains(p.displayName())));
  }

  @Test
  void recordsNoResolution() {
    assertTrue(item.resolutions().isEmpty());
  }

  @Test
  void quotesTheMinutesExactly() {
    Verbatim.assertQuotedFrom(meeting, seed);
    assertTrue(Verbatim.countQuotedFields(meeting, seed) >= 25,
        () -> "only " + Verbatim.countQuotedFields(meeting, seed) + " quoted fields");
  }

  @Test
  void quotesTheActionAndTheNamesExactly() {
    item.actions().forEach(a -> seed.assertQuotes(a.description()));
    seed.assertQuotes(meeting.body().orElseThrow().name().orElseThrow());
    seed.assertQuotes(meeting.authority().orElseThrow().name().orElseThrow());
    seed.assertQuotes("Councillor Geoff Taylor, Cabinet Member Finance");
    seed.assertQuotes(item.recommendations().get(0).source().orElseThrow().title().orElseThrow());
  }
}
