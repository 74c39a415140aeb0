package io.github.minutebook.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.ParagraphKind;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class Seed004BromleyChiefExecutiveScrutinyTest {
  private final Meeting meeting = Seed004BromleyChiefExecutiveScrutiny.meeting();
  private final AgendaItem item = meeting.agendaItems().get(0);
  private final SeedText seed = SeedText.load(Seed004BromleyChiefExecutiveScrutiny.FILE);

  private Stream<ResolutionPart> allParts() {
    return item.resolutions().stream()
        .flatMap(r -> r.parts().stream())
        .flatMap(this::withSubParts);
  }

  private Stream<ResolutionPart> withSubParts(ResolutionPart part) {
    return Stream.concat(Stream.of(part), part.parts().stream().flatMap(this::withSubParts));
  }

  private Optional<Paragraph> paragraphContaining(String words) {
    return item.narrative().stream().filter(p -> p.text().contains(words)).findFirst();
  }

  @Test
  void isTheQuestioningOfTheChiefExecutiveByAnUnnamedBromleyCommittee() {
    assertEquals(1, meeting.agendaItems().size());
    assertEquals("SCRUTINY OF THE CHIEF EXECUTIVE", item.title().orElseThrow());
    assertEquals(ItemKind.QUESTIONING, item.kind());
    assertEquals("L B Bromley", meeting.authority().orElseThrow().name().orElseThrow());
    assertTrue(meeting.body().isEmpty(), "the minutes do not name the PDS committee");
    assertTrue(meeting.date().isEmpty());
    assertEquals(List.of(Person.ofPost("Chief Executive")), item.presenters());
  }

  @Test
  void recordsTheChairmanViceChairmanAndChiefExecutiveWhoSpoke() {
    List<AttendanceRole> roles = meeting.attendance().stream().map(Attendance::role).toList();
    assertEquals(List.of(AttendanceRole.CHAIR, AttendanceRole.VICE_CHAIR,
        AttendanceRole.OFFICER_IN_ATTENDANCE), roles);
    assertEquals("Chief Executive", meeting.attendance().get(2).person().displayName());
  }

  @Test
  void keepsTheFourteenParagraphsOfTheMinutesInOrder() {
    List<Paragraph> narrative = item.narrative();
    assertEquals(14, narrative.size());
    assertEquals("The Chief Executive addressed Members and received questions.",
        narrative.get(0).text());
    assertTrue(narrative.get(13).text().startsWith("Following a Member enquiry"));
  }

  @Test
  void attributesToTheChiefExecutiveOnlyTheParagraphsThatNameHimAsSpeaker() {
    List<Paragraph> statements = item.narrative().stream()
        .filter(p -> p.kind() == ParagraphKind.STATEMENT)
        .toList();
    assertEquals(2, statements.size());
    assertTrue(statements.stream().allMatch(
        p -> p.speakers().get(0).equals(Person.ofPost("Chief Executive"))));
    assertTrue(item.narrative().stream()
        .filter(p -> p.kind() != ParagraphKind.STATEMENT)
        .allMatch(p -> p.speakers().isEmpty()));
  }

  @Test
  void recordsMembersQuestionsAndTheAnswersAsDiscussionAndAnswers() {
    assertEquals(Optional.of(ParagraphKind.DISCUSSION),
        paragraphContaining("He also asked how economic development").map(Paragraph::kind));
    assertEquals(Optional.of(ParagraphKind.ANSWER),
        paragraphContaining("At Director level, oversight").map(Paragraph::kind));
    assertEquals(Optional.of(ParagraphKind.ANSWER),
        paragraphContaining("Waste4fuel").map(Paragraph::kind));
    assertEquals(5, item.narrative().stream()
        .filter(p -> p.kind() == ParagraphKind.DISCUSSION).count());
  }

  @Test
  void keepsTheDatesMentionedInTheNarrative() {
    assertTrue(paragraphContaining("22nd and 23rd February 2017").isPresent());
    assertTrue(paragraphContaining("report to the Minister on 27th May 2017").isPresent());
    assertTrue(paragraphContaining("week beginning 23rd January 2017").isPresent());
    assertTrue(paragraphContaining("begin on 6th February 2017").isPresent());
    assertTrue(item.actions().stream().allMatch(a -> a.dueDate().isEmpty()));
  }

  @Test
  void keepsTheOverspendOutOfFundingAllocations() {
    assertTrue(item.resolutions().isEmpty(), "nothing was resolved");
    assertTrue(allParts().allMatch(p -> p.fundingAllocations().isEmpty()));
    Paragraph overspend = paragraphContaining("budget overspend for Adult Social Care").orElseThrow();
    assertTrue(overspend.text().contains("some £1.8m"));
    assertTrue(overspend.text().contains("now down to £1.2m"));
    assertTrue(overspend.text().contains("below £1m"));
    assertEquals(ItemOutcome.CONSIDERED, item.outcome().orElseThrow());
  }

  @Test
  void recordsThatTheConcernWouldBePassedToTheBoroughCommander() {
    Action action = item.actions().get(0);
    assertEquals(1, item.actions().size());
    assertEquals(ActionKind.UNDERTAKING, action.kind());
    assertTrue(action.owner().isEmpty(), "the minutes do not say who passes it on");
    assertTrue(action.description().contains("passed to the Borough Commander"));
    assertTrue(action.description().contains("Safer Bromley Partnership"));
  }

  @Test
  void involvesTheBoroughCommanderAndTheSaferBromleyPartnershipWithoutAnOwner() {
    Action action = item.actions().get(0);
    assertEquals(List.of(Person.ofPost("Borough Commander"),
            Body.of("Safer Bromley Partnership", BodyKind.PARTNERSHIP)),
        action.involving());
    assertTrue(action.owner().isEmpty());
    assertTrue(meeting.attendance().stream()
            .noneMatch(a -> action.involving().contains(a.person())),
        "neither attended the meeting");
    action.involving().forEach(p -> assertTrue(action.description().contains(p.displayName())));
  }

  @Test
  void quotesTheMinutesExactly() {
    Verbatim.assertQuotedFrom(meeting, seed);
    assertTrue(Verbatim.countQuotedFields(meeting, seed) >= 15,
        () -> "only " + Verbatim.countQuotedFields(meeting, seed) + " quoted fields");
  }

  @Test
  void quotesTheActionAndTheAuthorityExactly() {
    item.actions().forEach(a -> seed.assertQuotes(a.description()));
    seed.assertQuotes(meeting.authority().orElseThrow().name().orElseThrow());
    meeting.attendance().forEach(a -> seed.assertQuotes(a.person().post().orElseThrow()));
  }
}
