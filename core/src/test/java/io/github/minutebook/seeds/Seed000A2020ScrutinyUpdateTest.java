package io.github.minutebook.seeds;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.ParagraphKind;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.recommendation.ProgressStatus;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationSourceKind;
import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Seed000A2020ScrutinyUpdateTest {
  private final Meeting meeting = Seed000A2020ScrutinyUpdate.meeting();
  private final AgendaItem item = meeting.agendaItems().get(0);
  private final SeedText seed = SeedText.load(Seed000A2020ScrutinyUpdate.FILE);

  @Test
  void isOneProgressUpdateItemOfAMeetingWhoseDateAuthorityAndBodyAreUnknown() {
    assertEquals(1, meeting.agendaItems().size());
    assertEquals(ItemKind.UPDATE, item.kind());
    assertEquals(Seed000A2020ScrutinyUpdate.TITLE, item.title().orElseThrow());
    assertAll(
        () -> assertTrue(meeting.date().isEmpty()),
        () -> assertTrue(meeting.authority().isEmpty()),
        () -> assertTrue(meeting.body().isEmpty()),
        () -> assertTrue(item.minuteNumber().isEmpty()));
  }

  @Test
  void isPresentedByTheCommercialAndCommissioningDirectors() {
    assertEquals(List.of("Commercial Director", "Commissioning Director"),
        item.presenters().stream().map(Party::displayName).toList());
  }

  @Test
  void refersToTheActionPlanAgreedAtMinute19OfTheSevenOctober2020Meeting() {
    MinuteReference actionPlan = item.minuteReferences().get(0);
    assertEquals(Optional.of("19"), actionPlan.minuteNumber());
    assertEquals(Optional.of(LocalDate.of(2020, 10, 7)), actionPlan.meetingDate());
    assertTrue(actionPlan.body().isEmpty(), "the committee's own minute names no other body");
    assertTrue(item.narrative().get(0).text().contains("the 24 recommendations"));
  }

  @Test
  void refersToTheSocialValuePolicyAgreedByCabinetOn19May2020AtMinute4() {
    MinuteReference cabinet = item.minuteReferences().get(1);
    assertEquals(2, item.minuteReferences().size());
    assertEquals("Cabinet", cabinet.body().orElseThrow().name().orElseThrow());
    assertEquals(Optional.of(LocalDate.of(2020, 5, 19)), cabinet.meetingDate());
    assertEquals(Optional.of("4"), cabinet.minuteNumber());
    assertEquals(Optional.of("Cabinet on 19 May 2020 (minute 4 refers)"), cabinet.asWritten());
  }

  @Test
  void recordsTheStatementsOfFourSpeakersWithTheirPoints() {
    List<Paragraph> statements = item.narrative().stream()
        .filter(p -> p.kind() == ParagraphKind.STATEMENT)
        .toList();
    assertEquals(List.of(
            "Commercial Director",
            "Deputy Leader of the Council and Cabinet Member for Finance, Performance & Core Services",
            "Director of Policy and Participation",
            "Cabinet Member for Social Care and Health Integration"),
        statements.stream().map(p -> p.speakers().get(0).displayName()).toList());
    assertEquals(List.of(7, 4, 3, 4), statements.stream().map(p -> p.points().size()).toList());
    assertEquals(ParagraphKind.SUMMARY, item.narrative().get(0).kind());
  }

  @Test
  void keepsTheDeputyLeadersBulletBrokenAcrossTwoBulletsAsWritten() {
    List<Paragraph> points = item.narrative().get(2).points();
    assertTrue(points.get(1).text().endsWith("new procurement cycles"));
    assertEquals("could begin.", points.get(2).text());
  }

  @Test
  void tracksRecommendations5And6OfTheA2020ReviewWithoutGuessingTheirGroup() {
    List<Recommendation> recommendations = item.recommendations();
    assertEquals(List.of("5", "6"),
        recommendations.stream().map(r -> r.number().orElseThrow()).toList());
    for (Recommendation r : recommendations) {
      assertAll(
          () -> assertEquals(RecommendationSourceKind.SCRUTINY_REVIEW,
              r.source().orElseThrow().kind()),
          () -> assertEquals(Optional.of("A2020 Scrutiny Review"), r.source().orElseThrow().title()),
          () -> assertTrue(r.group().isEmpty(), "the minutes do not say which KLOE"),
          () -> assertTrue(r.text().isEmpty(), "the minutes do not quote the recommendation"),
          () -> assertTrue(r.actionPlanId().isEmpty()));
    }
  }

  @Test
  void describesWhatRecommendations5And6AreAboutInTheMinutesWords() {
    Recommendation five = item.recommendations().get(0);
    Recommendation six = item.recommendations().get(1);
    assertEquals(Optional.of("in relation to how demand for services was affected by the "
        + "movement of people in, out and around the Borough"), five.subject());
    assertEquals(Optional.of("in relation to challenging local authorities who placed families "
        + "in the Borough without informing the Council"), six.subject());
    // each subject follows its recommendation's number in the minutes
    seed.assertQuotes("recommendation 5 " + five.subject().orElseThrow());
    seed.assertQuotes("recommendation 6 " + six.subject().orElseThrow());
  }

  @Test
  void reportsProgressOnRecommendation5FromTheCommissioningDirectorAndTheDpp() {
    List<ProgressUpdate> updates = item.recommendations().get(0).progressUpdates();
    assertEquals(List.of("Commissioning Director", "Director of Policy and Participation",
            "Director of Policy and Participation"),
        updates.stream().map(u -> u.reportedBy().orElseThrow().displayName()).toList());
    ProgressUpdate matrix = updates.get(1);
    assertTrue(matrix.text().contains("on track to be completed by March 2021"));
    assertEquals(Optional.of(ProgressStatus.IN_PROGRESS), matrix.status());
    assertTrue(updates.get(2).status().isEmpty());
    assertTrue(updates.stream().allMatch(u -> u.date().isEmpty()), "the meeting date is unknown");
  }

  @Test
  void reportsProgressOnRecommendation6FromTheCabinetMemberForSocialCare() {
    List<ProgressUpdate> updates = item.recommendations().get(1).progressUpdates();
    assertEquals(1, updates.size(), "what the recommendation is about is its subject, not an update");
    assertEquals(Optional.of(Person.ofPost("Cabinet Member for Social Care and Health Integration")),
        updates.get(0).reportedBy());
    assertTrue(updates.get(0).text().startsWith("The Council had a system to challenge"));
  }

  @Test
  void recordsTheUndertakingsAndReportsToComeBackWithTheirOwners() {
    List<Action> actions = item.actions();
    assertEquals(List.of(ActionKind.UNDERTAKING, ActionKind.OFFER,
            ActionKind.FUTURE_REPORT, ActionKind.UNDERTAKING, ActionKind.FUTURE_REPORT),
        actions.stream().map(Action::kind).toList());
    assertEquals(List.of("Commercial Director", "Director of Policy and Participation", "",
            "Cabinet Member for Social Care and Health Integration",
            "Cabinet Member for Social Care and Health Integration"),
        actions.stream().map(a -> a.owner().map(Party::displayName).orElse("")).toList());
    assertEquals(Optional.of("once they were in circulation"), actions.get(0).dueWhen());
    assertEquals(Optional.of("March 2021"), actions.get(2).dueWhen());
    assertTrue(actions.stream().allMatch(a -> a.dueDate().isEmpty()), "no day is given");
    assertTrue(actions.stream().allMatch(a -> a.involving().isEmpty()));
  }

  @Test
  void recordsTheMockDashboardsAsAnOfferNotACommitment() {
    Action mockDashboards = item.actions().get(1);
    assertEquals(ActionKind.OFFER, mockDashboards.kind());
    assertEquals("the Committee could be provided with some mock dashboards to better understand "
        + "their structure", mockDashboards.description());
    assertTrue(mockDashboards.dueWhen().isEmpty(), "the offer has no date");
  }

  @Test
  void recordsNoResolution() {
    assertTrue(item.resolutions().isEmpty());
  }

  @Test
  void quotesTheMinutesExactly() {
    Verbatim.assertQuotedFrom(meeting, seed);
    assertTrue(Verbatim.countQuotedFields(meeting, seed) >= 38,
        () -> "only " + Verbatim.countQuotedFields(meeting, seed) + " quoted fields");
  }

  @Test
  void quotesActionsAndProgressUpdatesExactly() {
    item.actions().forEach(a -> seed.assertQuotes(a.description()));
    item.actions().forEach(a -> a.dueWhen().ifPresent(seed::assertQuotes));
    item.recommendations().forEach(
        r -> r.progressUpdates().forEach(u -> seed.assertQuotes(u.text())));
    meeting.attendance().forEach(a -> seed.assertQuotes(a.person().post().orElseThrow()));
  }
}
