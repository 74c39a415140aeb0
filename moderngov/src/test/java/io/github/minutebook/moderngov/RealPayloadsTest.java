package io.github.minutebook.moderngov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.NoneStated;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The real ModernGov responses of Manchester City Council (web service) and the decision pages of
 * Kirklees and a Policy Committee, as DemocracyClub/LGSF keeps them (see {@code lgsf/SOURCES.md}).
 */
class RealPayloadsTest {
  static InputStream open(String name) {
    InputStream in = RealPayloadsTest.class.getResourceAsStream("/lgsf/" + name);
    if (in == null) {
      throw new AssertionError("missing test resource " + name);
    }
    return in;
  }

  static String text(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Converted<Body>> committees() throws IOException {
    try (InputStream in = open("committees.xml")) {
      return ModernGovImport.committees(in);
    }
  }

  static List<Converted<Meeting>> meetings() throws IOException {
    try (InputStream in = open("meetings.xml")) {
      return ModernGovImport.meetings(in);
    }
  }

  static Converted<Meeting> meeting() throws IOException {
    try (InputStream in = open("meeting_with_minutes.xml")) {
      return ModernGovImport.meeting(in, "GetMeeting 4967", Body.builder().id("144").name("Audit Committee").build());
    }
  }

  static Converted<DecisionRecord> decision() {
    return ModernGovImport.decision(text("modgov_decision_detail.html"),
        "https://democracy.example.gov.uk/ieDecisionDetails.aspx?ID=7001");
  }

  static List<Converted<DecisionRecord>> decisionList() {
    return ModernGovImport.decisions(text("modgov_decisions_list.html"),
        "https://democracy.kirklees.gov.uk/mgDelegatedDecisions.aspx?bcr=1");
  }

  static Map<String, Integer> codes(List<? extends Converted<?>> all) {
    Map<String, Integer> codes = new TreeMap<>();
    for (Converted<?> c : all) {
      for (ConversionNote n : c.notes()) {
        codes.merge(n.kind() + " " + n.code(), 1, Integer::sum);
      }
    }
    return codes;
  }

  @Test
  void getCommitteesGivesEachCommitteeAsABodyAndListsExpiryAndCategory() throws IOException {
    List<Converted<Body>> all = committees();
    assertEquals(3, all.size());
    assertEquals(List.of("312", "163", "144"), all.stream().map(c -> c.value().orElseThrow().id().orElseThrow()).toList());
    assertEquals("Appointment Sub Committee for Director of Adult Social Services",
        all.get(0).value().orElseThrow().name().orElseThrow());
    assertEquals("Audit Committee", all.get(2).value().orElseThrow().name().orElseThrow());
    // nothing invented: the title does not say what kind of body it is
    assertTrue(all.get(2).value().orElseThrow().kind().isEmpty());
    assertTrue(all.get(0).notes().stream().anyMatch(n -> n.path().equals("/committees/committee[1]/committeeexpired")
        && n.kind() == ConversionNote.Kind.NOT_CARRIED && n.message().contains("True")));
    assertEquals(Map.of("HANDLED moderngov.padded-number", 1, "HANDLED moderngov.boolean", 3,
        "NOT_CARRIED moderngov.not-mapped", 6), codes(all));
  }

  @Test
  void getMeetingsGivesEachMeetingWithWhatTheListKnows() throws IOException {
    List<Converted<Meeting>> all = meetings();
    assertEquals(2, all.size());
    Meeting cancelled = all.get(0).value().orElseThrow();
    Meeting confirmed = all.get(1).value().orElseThrow();
    assertEquals("4966", cancelled.id().orElseThrow());
    assertEquals(LocalDate.of(2026, 1, 13), cancelled.date().orElseThrow());
    assertEquals(MeetingStatus.CANCELLED, cancelled.status().orElseThrow());
    assertEquals("4967", confirmed.id().orElseThrow());
    assertEquals(LocalDate.of(2026, 2, 10), confirmed.date().orElseThrow());
    assertEquals(MeetingStatus.CONFIRMED, confirmed.status().orElseThrow());
    // the list's time is when the meeting is arranged to start, not when it did
    assertEquals(LocalTime.of(10, 0), confirmed.plannedStartTime().orElseThrow());
    assertTrue(confirmed.startTime().isEmpty());
    assertFalse(confirmed.webcast().orElseThrow());
    assertEquals("Audit Committee", confirmed.body().orElseThrow().name().orElseThrow());
    assertEquals("144", confirmed.body().orElseThrow().id().orElseThrow());
    assertTrue(confirmed.agendaItems().isEmpty());
    // the three counts all carry a leading space; nothing is left unmapped
    assertEquals(Map.of("HANDLED moderngov.padded-number", 3, "HANDLED moderngov.uk-date", 2,
        "HANDLED moderngov.time", 2, "HANDLED moderngov.boolean", 2), codes(all));
  }

  @Test
  void getMeetingGivesTheMeetingWithItsItemsNumbersTextsAndDocuments() throws IOException {
    Converted<Meeting> converted = meeting();
    Meeting meeting = converted.value().orElseThrow(() -> new AssertionError(converted));
    assertEquals("4967", meeting.id().orElseThrow());
    assertEquals(LocalDate.of(2026, 2, 10), meeting.date().orElseThrow());
    assertEquals(MeetingStatus.CONFIRMED, meeting.status().orElseThrow());
    assertEquals(LocalTime.of(10, 0), meeting.plannedStartTime().orElseThrow());
    assertEquals(LocalTime.of(14, 0), meeting.plannedEndTime().orElseThrow());
    // the actual start and finish are whitespace-only elements: unknown
    assertTrue(meeting.startTime().isEmpty());
    assertTrue(meeting.endTime().isEmpty());
    assertEquals("Council Antechamber, Level 2, Town Hall Extension", meeting.location().orElseThrow());
    assertEquals(false, meeting.webcast().orElseThrow());
    assertEquals(true, meeting.published().orElseThrow().agenda().orElseThrow());
    assertEquals(true, meeting.published().orElseThrow().minutes().orElseThrow());
    assertEquals(false, meeting.published().orElseThrow().decisions().orElseThrow());
    assertEquals("Audit Committee", meeting.body().orElseThrow().name().orElseThrow());

    assertEquals(2, meeting.agendaItems().size());
    AgendaItem minutes = meeting.agendaItems().get(0);
    AgendaItem work = meeting.agendaItems().get(1);
    assertEquals("18831", minutes.id().orElseThrow());
    assertEquals("Minutes", minutes.title().orElseThrow());
    // the three numbers: agendaitemnumber the sort key, fulldisplaynumberformat "1." the agenda number,
    // minutesitemnumber the minute number
    assertEquals(4, minutes.order().orElseThrow());
    assertEquals("1", minutes.agendaNumber().orElseThrow());
    assertEquals("1", minutes.minuteNumber().orElseThrow());
    assertEquals(12, work.order().orElseThrow());
    assertEquals("9", work.agendaNumber().orElseThrow());
    assertEquals("9", work.minuteNumber().orElseThrow());
    assertEquals("Work Programme", work.title().orElseThrow());
    assertEquals("To approve as a correct record the minutes of the meeting held on 25 November 2025.",
        minutes.agendaDescription().orElseThrow());
    assertEquals(1, minutes.narrative().size());
    assertEquals("To approve the minutes of the meeting held on 25 November 2025 as a correct record.",
        minutes.narrative().get(0).text());
    assertEquals("The Committee considered a report of the Governance and Scrutiny Support Unit which set out its "
        + "future Work Programme for the remainder of 2025/26 municipal year.", work.narrative().get(0).text());
    assertEquals(Access.PUBLIC, minutes.access().orElseThrow());
    assertEquals(false, minutes.publicMaySpeak().orElseThrow());
    assertEquals(List.of(NoneStated.DECISIONS, NoneStated.CALL_IN), minutes.statedNone());
    assertEquals(true, minutes.published().orElseThrow().minutes().orElseThrow());

    assertEquals(1, minutes.documents().size());
    var doc = minutes.documents().get(0);
    assertEquals("60860", doc.id().orElseThrow());
    assertEquals("6 - CHAIR APPROVED  Minutes Audit Committee 25 Nov 2025", doc.title().orElseThrow());
    assertEquals("https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860", doc.address().orElseThrow());
    assertEquals(LocalDate.of(2026, 2, 2), doc.date().orElseThrow());
    assertEquals(Access.PUBLIC, doc.access().orElseThrow());
    assertEquals("1", doc.number().orElseThrow());

    // "Expected" is the list before the meeting, not proof that the councillor came
    assertEquals(1, meeting.attendance().size());
    var curley = meeting.attendance().get(0);
    assertEquals(AttendanceRole.EXPECTED, curley.role());
    assertFalse(curley.role().isPresent());
    assertEquals(AttendanceRole.MEMBER_PRESENT, curley.capacity().orElseThrow());
    assertEquals("Basil Curley", curley.person().name().orElseThrow());
    assertEquals("Councillor", curley.person().honorific().orElseThrow());
    assertEquals("192", curley.person().id().orElseThrow());
    assertEquals("Charlestown", curley.person().ward().orElseThrow());
    assertEquals("LAB", curley.person().party().orElseThrow().abbreviation().orElseThrow());
    assertEquals("https://democracy.manchester.gov.uk/mgUserInfo.aspx?UID=192", curley.person().web().orElseThrow());
  }

  @Test
  void everyValueOfGetMeetingIsMappedOrListedByPath() throws IOException {
    Converted<Meeting> converted = meeting();
    List<String> notCarried = converted.notes(ConversionNote.Kind.NOT_CARRIED).stream().map(ConversionNote::path)
        .toList();
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      String item = "/meeting/agendaitems/agendaitem[" + i + "]";
      String doc = item + "/linkeddocuments/linkeddoc[1]";
      expected.addAll(List.of(doc + "/decisiondate", doc + "/isdecisionattachment",
          item + "/declarationcount", item + "/iscomment", item + "/isdisplayallowed", item + "/preferreddate",
          item + "/refertocommittee"));
    }
    expected.addAll(List.of("/meeting/attendees/attendee[1]/@membertype", "/meeting/isdisplayallowed"));
    assertEquals(expected.stream().sorted().toList(), notCarried.stream().sorted().toList());
    assertEquals(Map.ofEntries(Map.entry("HANDLED moderngov.agenda-id", 1), Map.entry("HANDLED moderngov.boolean", 1),
        Map.entry("HANDLED moderngov.comment-label", 1), Map.entry("HANDLED moderngov.display-number", 1),
        Map.entry("HANDLED moderngov.empty-element", 15), Map.entry("HANDLED moderngov.escaped-html", 1),
        Map.entry("HANDLED moderngov.expected", 1), Map.entry("HANDLED moderngov.honorific", 1),
        Map.entry("HANDLED moderngov.is-url", 1), Map.entry("HANDLED moderngov.repeated", 1),
        Map.entry("HANDLED moderngov.repeated-title", 1),
        Map.entry("HANDLED moderngov.time", 1), Map.entry("HANDLED moderngov.uk-date", 1),
        Map.entry("NOT_CARRIED moderngov.not-mapped", 16)), codes(List.of(converted)));
  }

  @Test
  void theDecisionDetailsPageIsADecisionRecordWithItsResolution() {
    Converted<DecisionRecord> converted = decision();
    DecisionRecord record = converted.value().orElseThrow(() -> new AssertionError(converted));
    assertEquals("7001", record.id().orElseThrow());
    assertEquals("Minutes of Previous Meeting", record.title().orElseThrow());
    assertEquals("Recommendations Approved", record.status().orElseThrow());
    assertEquals(LocalDate.of(2015, 10, 22), record.publicationDate().orElseThrow());
    assertEquals(LocalDate.of(2015, 10, 19), record.decisionDate().orElseThrow());
    var at = record.decidedAt().orElseThrow();
    assertEquals("4832", at.meetingId().orElseThrow());
    assertEquals(LocalDate.of(2015, 10, 19), at.meetingDate().orElseThrow());
    assertEquals("Policy Committee", at.body().orElseThrow().name().orElseThrow());
    assertEquals("151", at.body().orElseThrow().id().orElseThrow());
    assertEquals("19/10/2015 - Policy Committee", at.asWritten().orElseThrow());
    // the page names no decision maker: none is made up
    assertTrue(record.decisionMaker().isEmpty());
    assertEquals(1, record.decisions().size());
    var resolution = record.decisions().get(0);
    assertEquals(false, resolution.keyDecision().orElseThrow());
    assertEquals(false, resolution.subjectToCallIn().orElseThrow());
    assertEquals(LocalDate.of(2015, 10, 19), resolution.decisionDate().orElseThrow());
    assertEquals(1, resolution.parts().size());
    assertEquals("The Minutes of the Policy Committee meeting on 23 September 2015 were approved as a correct record.",
        resolution.parts().get(0).text());
    assertEquals(1, record.documents().size());
    var doc = record.documents().get(0);
    assertEquals("polc2 - 23.09.2015", doc.title().orElseThrow());
    assertEquals("https://democracy.example.gov.uk/documents/s7942/polc2%20-%2023.09.2015.pdf", doc.address().orElseThrow());
    assertEquals("119 KB", doc.size().orElseThrow());
    assertEquals("application/pdf", doc.mediaType().orElseThrow());
    var issue = record.provenance().orElseThrow().identifiers().get(0);
    assertEquals("moderngov-issue", issue.scheme());
    assertEquals("6535", issue.id());
    assertEquals(List.of(), converted.notes(ConversionNote.Kind.NOT_CARRIED));
  }

  @Test
  void theDecisionsListGivesTheDecisionRowsAndRefusesTheRowThatIsNotADecision() {
    List<Converted<DecisionRecord>> rows = decisionList();
    assertEquals(3, rows.size());
    DecisionRecord first = rows.get(0).value().orElseThrow();
    assertEquals("13567", first.id().orElseThrow());
    assertEquals("Settlement Agreement with Network Rail Infrastructure Limited (NRIL) in respect of land adjacent to "
        + "the George Hotel, Railway Street, Huddersfield", first.title().orElseThrow());
    assertEquals(LocalDate.of(2025, 4, 1), first.publicationDate().orElseThrow());
    assertEquals(LocalDate.of(2025, 4, 1), first.effectiveFrom().orElseThrow());
    assertEquals("Not for call-in", first.status().orElseThrow());
    assertEquals("https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13567",
        first.provenance().orElseThrow().address().orElseThrow());
    DecisionRecord second = rows.get(1).value().orElseThrow();
    assertEquals("13149", second.id().orElseThrow());
    assertEquals("Admission of the Public", second.title().orElseThrow());
    assertEquals(LocalDate.of(2025, 11, 3), second.publicationDate().orElseThrow());
    assertFalse(rows.get(2).isConverted());
    assertEquals("moderngov.not-a-decision", rows.get(2).notes().get(0).code());
    assertTrue(rows.get(0).notes().stream().anyMatch(n -> n.code().equals("moderngov.hidden-ref")));
  }

  @Test
  void everyRecordPassesTheDefaultValidationAndEncodes() throws IOException {
    List<CouncilRecord> records = new ArrayList<>();
    meetings().forEach(c -> records.add(c.value().orElseThrow()));
    records.add(meeting().value().orElseThrow());
    records.add(decision().value().orElseThrow());
    decisionList().forEach(c -> c.value().ifPresent(records::add));
    assertEquals(6, records.size());
    List<String> findings = new ArrayList<>();
    for (CouncilRecord record : records) {
      ValidationReport report = MeetingValidator.defaults().validate(record);
      report.violations().forEach(v -> findings.add(record.id().orElse("?") + ": " + v));
      assertTrue(report.errors().isEmpty(), () -> record.id() + ": " + report.errors());
      byte[] json = MinutebookJson.standard().encode(record);
      assertEquals(record, MinutebookJson.standard().decodeRecord(json), "round trip of " + record.id());
    }
    assertEquals(List.of(), findings);
  }

  @Test
  void aCouncillorsNameKeepsItsHonorificApart() throws IOException {
    Person curley = meeting().value().orElseThrow().attendance().get(0).person();
    assertEquals("Councillor", curley.honorific().orElseThrow());
  }
}
