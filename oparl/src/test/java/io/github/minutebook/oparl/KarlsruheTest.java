package io.github.minutebook.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.ValidationReport;
import io.github.minutebook.validation.Violation;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.reference.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The importer on real OParl objects of the Stadt Karlsruhe (see {@code karlsruhe/SOURCES.md}): two
 * meetings with all their agenda items, three papers, a list of 272 consultations and one of 97
 * organizations. Counts are pinned, and every record must pass the default validation without an
 * error the mapping caused.
 */
class KarlsruheTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> RECORDS = List.of("meetings/9531.json", "meetings/10439.json",
      "papers/50649.json", "papers/50702.json", "papers/50703.json");

  private static InputStream open(String name) {
    InputStream in = KarlsruheTest.class.getResourceAsStream("/karlsruhe/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    return in;
  }

  private static List<Converted<CouncilRecord>> read(String name) {
    try (Stream<Converted<CouncilRecord>> records = OparlImport.read(open(name))) {
      return records.toList();
    }
  }

  private static Map<String, Integer> codes(List<? extends Converted<?>> converted) {
    Map<String, Integer> codes = new TreeMap<>();
    for (Converted<?> c : converted) {
      for (ConversionNote note : c.notes()) {
        codes.merge(note.kind() + " " + note.code(), 1, Integer::sum);
      }
    }
    return codes;
  }

  @Test
  void everyMeetingAndPaperIsMappedAndPassesValidation() {
    List<Converted<CouncilRecord>> all = new ArrayList<>();
    List<String> findings = new ArrayList<>();
    for (String name : RECORDS) {
      List<Converted<CouncilRecord>> records = read(name);
      assertEquals(1, records.size(), name);
      all.addAll(records);
      CouncilRecord record = records.get(0).value().orElseThrow(() -> new AssertionError(records.get(0)));
      ValidationReport report = MeetingValidator.defaults().validate(record);
      for (Violation v : report.violations()) {
        findings.add(name + ": " + v);
      }
      assertTrue(report.errors().isEmpty(), () -> name + ": " + report.errors());
    }
    // no findings at all, not even warnings, about the data
    assertEquals(List.of(), findings);
    // every value of the meetings and papers has a place: nothing is listed as not carried; the
    // empty numbers are the section headings (3 in 9531, 25 in 10439), the empty values the
    // address of 10439's room
    assertEquals(Map.of("HANDLED oparl.empty-number", 28, "HANDLED oparl.empty-value", 4), codes(all));
    Meeting gemeinderat = (Meeting) all.get(0).value().orElseThrow();
    Meeting haushalt = (Meeting) all.get(1).value().orElseThrow();
    assertEquals(111, gemeinderat.agendaItems().size());
    assertEquals(394, haushalt.agendaItems().size());
    assertEquals("https://web1.karlsruhe.de/oparl/bodies/0001/meetings/9531", gemeinderat.id().orElseThrow());
    assertEquals(LocalDate.of(2024, 9, 24), gemeinderat.date().orElseThrow());
    assertEquals(LocalTime.of(15, 30), gemeinderat.startTime().orElseThrow());
    assertEquals(LocalTime.of(22, 0), gemeinderat.endTime().orElseThrow());
    assertEquals(ZoneOffset.ofHours(2), gemeinderat.zone().orElseThrow());
    assertEquals(3, gemeinderat.documents().size());
    assertEquals(DocumentKind.DECISION_NOTICE, gemeinderat.documents().get(0).kind());
    assertEquals("Bürgersaal", haushalt.location().orElseThrow());
    assertTrue(haushalt.venue().orElseThrow().address().isEmpty(), "the room's address is all empty strings");
    long headings = haushalt.agendaItems().stream().filter(i -> i.kind() == ItemKind.HEADING).count();
    assertEquals(25, headings);
    DecisionRecord paper = (DecisionRecord) all.get(2).value().orElseThrow();
    assertEquals("2024/0262/1", paper.reference().orElseThrow());
    assertEquals(3, paper.consultations().size());
    assertEquals(2, paper.links().size());
    assertEquals(6, paper.documents().size());
  }

  @Test
  void theListsOfConsultationsAndOrganizationsAreMapped() throws IOException {
    List<Converted<?>> consultations = new ArrayList<>();
    try (InputStream in = open("consultations.json")) {
      for (JsonNode c : JSON.readTree(in)) {
        consultations.add(OparlImport.consultation(c));
      }
    }
    List<Converted<?>> organizations = new ArrayList<>();
    try (InputStream in = open("organizations.json")) {
      for (JsonNode o : JSON.readTree(in)) {
        organizations.add(OparlImport.organization(o));
      }
    }
    assertEquals(262, consultations.size());
    assertEquals(262, consultations.stream().filter(Converted::isConverted).count());
    assertEquals(Map.of(), codes(consultations));
    assertEquals(97, organizations.size());
    assertEquals(97, organizations.stream().filter(Converted::isConverted).count());
    // listed: memberships (1,344 URLs), the body and meeting-list URLs, created and modified,
    // start and end dates, classification, and the id and timestamps of each one's location;
    // the empty strings are the address parts most organizations leave empty
    assertEquals(Map.of("HANDLED oparl.empty-value", 129, "NOT_CARRIED oparl.not-mapped", 1782),
        codes(organizations));
  }
}
