package io.github.minutebook.seeds;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.ParagraphKind;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.ProceduralNote;
import io.github.minutebook.meeting.ProceduralNoteKind;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class Seed003LeedsStrategicCommissioningTest {
  private final Meeting meeting = Seed003LeedsStrategicCommissioning.meeting();
  private final AgendaItem item = meeting.agendaItems().get(0);
  private final SeedText seed = SeedText.load(Seed003LeedsStrategicCommissioning.FILE);

  private List<Attendance> inRole(AttendanceRole role) {
    return meeting.attendance().stream().filter(a -> a.role() == role).toList();
  }

  private Paragraph narrativeOfKind(ParagraphKind kind) {
    return item.narrative().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void isOneItemOfLeedssScrutinyBoardStrategyAndResources() {
    assertEquals(1, meeting.agendaItems().size());
    assertEquals("Leeds", meeting.authority().orElseThrow().name().orElseThrow());
    assertEquals("Scrutiny Board (Strategy and Resources)", meeting.body().orElseThrow().name().orElseThrow());
    assertEquals("Strategic Commissioning", item.title().orElseThrow());
    assertEquals(ItemKind.SCRUTINY_REVIEW, item.kind());
    assertTrue(meeting.date().isEmpty());
  }

  @Test
  void considersTheReportPresentedByTheHeadOfScrutiny() {
    assertEquals(List.of(Person.ofPost("Head of Scrutiny")), item.presenters());
    assertTrue(item.narrative().get(0).text()
        .startsWith("The Scrutiny Board received a report from the Head of Scrutiny"));
  }

  @Test
  void keepsTheAgendasDescriptionApartFromTheMinutesNarrative() {
    assertEquals(Optional.of("To consider a report from the Head of Scrutiny, presenting "
            + "introducing Strategic Commissioning as a specific area for discussion at the "
            + "meeting."),
        item.agendaDescription());
    assertTrue(item.narrative().stream()
            .noneMatch(p -> p.text().startsWith("To consider a report")),
        "the agenda's description is not a paragraph of the minutes");
    assertEquals(7, item.narrative().size());
  }

  @Test
  void welcomesThreeVisitingMembersWithTheBoardsTheyRepresent() {
    List<Attendance> visiting = inRole(AttendanceRole.VISITING_MEMBER);
    assertEquals(List.of("Councillor Paul Truswell", "Councillor Pauleen Grahame",
            "Councillor Mary Harland"),
        visiting.stream().map(a -> a.person().displayName()).toList());
    assertEquals(List.of(List.of("City Development", "Adult Social Services, Public Health, NHS"),
            List.of("Housing & Regeneration"), List.of("Citizen’s & Communities")),
        visiting.stream().map(a -> a.representing().stream().map(b -> b.name().orElseThrow()).toList()).toList());
  }

  @Test
  void notesThatCouncillorSueBentleyAlsoChairsTheChildrensServicesBoard() {
    Attendance bentley = inRole(AttendanceRole.MEMBER_PRESENT).get(0);
    assertEquals(Person.councillor("Sue Bentley"), bentley.person());
    assertTrue(bentley.note().orElseThrow()
        .contains("also chaired the Scrutiny Board (Children’s Services)"));
  }

  @Test
  void recordsTheExecutiveMemberAndSevenOfficersInAttendanceWithTheirPosts() {
    List<Attendance> executive = inRole(AttendanceRole.EXECUTIVE_MEMBER_IN_ATTENDANCE);
    List<Attendance> officers = inRole(AttendanceRole.OFFICER_IN_ATTENDANCE);
    assertEquals(1, executive.size());
    Person lewis = executive.get(0).person();
    assertAll(
        () -> assertEquals(Optional.of("Councillor"), lewis.honorific()),
        () -> assertEquals(Optional.of("James Lewis"), lewis.name()),
        () -> assertEquals(Optional.of("Executive Member for Strategy and Resources"),
            lewis.post()));
    assertEquals(7, officers.size());
    assertEquals(List.of("Tom Riordan", "Alan Gay", "Cath Roff", "Sue Rumbold", "Mick Ward",
            "Chris Dickinson", "Angela Lawson"),
        officers.stream().map(a -> a.person().name().orElseThrow()).toList());
    assertEquals(Optional.of("Chief Executive"), officers.get(0).person().post());
    assertEquals(Optional.of("Head of Programme, Projects Programmes & Procurement Unit"),
        officers.get(6).person().post());
    assertTrue(officers.stream().allMatch(a -> a.person().honorific().isEmpty()));
  }

  @Test
  void recordsTheChiefExecutiveAndExecutiveMembersCommentsWithNestedSubPoints() {
    Paragraph comments = narrativeOfKind(ParagraphKind.STATEMENT);
    assertTrue(comments.text().startsWith("The Chief Executive and Executive Member addressed"));
    assertEquals(List.of("Chief Executive", "Executive Member for Strategy and Resources"),
        comments.speakers().stream().map(s -> ((Person) s).post().orElseThrow()).toList());
    assertEquals(7, comments.points().size());
    assertEquals(List.of(0, 0, 0, 2, 2, 0, 0),
        comments.points().stream().map(p -> p.points().size()).toList());
    assertTrue(comments.points().get(3).points().get(1).text()
        .startsWith("A potential loss, or dilution, of specialist commissioning knowledge"));
  }

  @Test
  void listsFifteenDiscussionPoints() {
    Paragraph discussion = narrativeOfKind(ParagraphKind.DISCUSSION);
    assertEquals(15, discussion.points().size());
    assertEquals("Pooled budgets and integrated commissioning.",
        discussion.points().get(14).text());
  }

  @Test
  void identifiesSevenPotentialAreasForImprovementAsFindings() {
    Paragraph findings = narrativeOfKind(ParagraphKind.FINDINGS);
    assertTrue(findings.text().endsWith("potential areas for improvement:"));
    assertEquals(7, findings.points().size());
    assertEquals("Assurance on the robustness of the commissioning approach.",
        findings.points().get(0).text());
  }

  @Test
  void resolvesInThreeLetteredParts() {
    assertEquals(1, item.resolutions().size());
    Resolution resolved = item.resolutions().get(0);
    assertEquals(Optional.of("RESOLVED –"), resolved.preamble());
    assertEquals(List.of("a", "b", "c"),
        resolved.parts().stream().map(p -> p.label().orElseThrow()).toList());
    assertEquals(List.of(PartEffect.NOTE, PartEffect.REQUEST, PartEffect.APPROVE),
        resolved.parts().stream().map(ResolutionPart::effect).toList());
    assertEquals("That the report and details presented at the meeting be noted.",
        resolved.parts().get(0).text());
    assertEquals(ItemOutcome.DECIDED, item.outcome().orElseThrow());
  }

  @Test
  void keepsNarrativeFiguresOutOfFundingAllocations() {
    List<ResolutionPart> parts = item.resolutions().stream()
        .flatMap(r -> r.parts().stream())
        .flatMap(p -> Stream.concat(Stream.of(p), p.parts().stream()))
        .toList();
    assertTrue(parts.stream().allMatch(p -> p.fundingAllocations().isEmpty()));
    assertTrue(parts.stream().allMatch(p -> p.contractAwards().isEmpty()));
    List<String> comments = narrativeOfKind(ParagraphKind.STATEMENT).points().stream()
        .map(Paragraph::text).toList();
    assertTrue(comments.stream().anyMatch(t -> t.contains("over £50M saved in the past 4 years")));
    assertTrue(comments.stream().anyMatch(t -> t.contains("over £90M")));
    assertTrue(comments.stream().anyMatch(t -> t.contains("a further £60M")));
  }

  @Test
  void recordsTheBoardsUndertakingToReviewTheComments() {
    Action action = item.actions().get(0);
    assertEquals(1, item.actions().size());
    assertEquals(ActionKind.UNDERTAKING, action.kind());
    assertEquals("Scrutiny Board (Strategy and Resources)",
        action.owner().map(Party::displayName).orElseThrow());
  }

  @Test
  void notesTheMinutesSilenceDuringTheItem() {
    ProceduralNote silence = meeting.proceduralNotes().get(0);
    assertEquals(1, meeting.proceduralNotes().size());
    assertEquals(ProceduralNoteKind.MINUTES_SILENCE, silence.kind());
    assertTrue(silence.text().contains("Nice, France"));
    assertEquals(item.id(), silence.duringItem());
    assertTrue(silence.time().isEmpty());
  }

  @Test
  void quotesTheMinutesExactly() {
    Verbatim.assertQuotedFrom(meeting, seed);
    assertTrue(Verbatim.countQuotedFields(meeting, seed) >= 48,
        () -> "only " + Verbatim.countQuotedFields(meeting, seed) + " quoted fields");
  }

  @Test
  void quotesTheAttendanceAndTheUndertakingExactly() {
    for (Attendance a : meeting.attendance()) {
      a.person().name().ifPresent(seed::assertQuotes);
      a.person().post().filter(post -> !post.equals("Chair")).ifPresent(seed::assertQuotes);
      a.representing().forEach(body -> seed.assertQuotes(body.name().orElseThrow()));
      a.note().ifPresent(seed::assertQuotes);
    }
    seed.assertQuotes("Councillor James Lewis – Executive Member for Strategy and Resources");
    seed.assertQuotes("Angela Lawson – Head of Programme, Projects Programmes & Procurement Unit");
    item.actions().forEach(a -> seed.assertQuotes(a.description()));
    seed.assertQuotes(meeting.body().orElseThrow().name().orElseThrow());
  }
}
