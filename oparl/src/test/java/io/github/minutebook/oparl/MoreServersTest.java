package io.github.minutebook.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The importer on real objects and list pages of five more councils and three vendors' servers
 * (SD.NET RIM at Hürtgenwald, ALLRIS at Leipzig, SOMACOS at Karlsruhe and Wuppertal; see {@code
 * servers/SOURCES.md}): what each file gives, and that every record it gives passes the default
 * rules and the Minutebook format.
 */
class MoreServersTest {
  private static final List<String> FILES = List.of(
      "huertgenwald/huertgenwald_system.json",
      "huertgenwald/huertgenwald_body_list.json",
      "huertgenwald/huertgenwald_organization_list_p1.json",
      "huertgenwald/huertgenwald_meeting_list_p15.json",
      "huertgenwald/huertgenwald_paper_list_p1.json",
      "huertgenwald/huertgenwald_person_list_p2.json",
      "karlsruhe/karlsruhe_meetings_10023.json",
      "karlsruhe/karlsruhe_meetings_1079.json",
      "karlsruhe/karlsruhe_papers_54241.json",
      "karlsruhe/karlsruhe_papers_54222.json",
      "meine-stadt-transparent/body_Stadt_Leipzig.json",
      "meine-stadt-transparent/system_Stadt_Leipzig.json",
      "meine-stadt-transparent/body_Gemeinde_Aldenhoven.json",
      "meine-stadt-transparent/wuppertal_system.json",
      "meine-stadt-transparent/wuppertal_body.json",
      "meine-stadt-transparent/wuppertal_meeting.json");

  private static List<Converted<CouncilRecord>> read(String file) {
    try (InputStream in = MoreServersTest.class.getResourceAsStream("/servers/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + file);
      }
      try (Stream<Converted<CouncilRecord>> records = OparlImport.read(in)) {
        return records.toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Long> failedCodes(List<Converted<CouncilRecord>> values) {
    Map<String, Long> codes = new TreeMap<>();
    for (Converted<CouncilRecord> value : values) {
      if (!value.isConverted()) {
        value.notes(ConversionNote.Kind.FAILED).forEach(n -> codes.merge(n.code(), 1L, Long::sum));
      }
    }
    return codes;
  }

  @Test
  void hurtgenwaldsLastMeetingPageIsSeventeenMeetingsWithTheirAgendas() {
    List<Meeting> meetings = read("huertgenwald/huertgenwald_meeting_list_p15.json").stream()
        .map(c -> (Meeting) c.value().orElseThrow()).toList();

    assertEquals(17, meetings.size());
    assertEquals(199, meetings.stream().mapToInt(m -> m.agendaItems().size()).sum());
  }

  @Test
  void hurtgenwaldsFirstPaperPageIsTwentyFivePapersWithTheirConsultations() {
    List<DecisionRecord> papers = read("huertgenwald/huertgenwald_paper_list_p1.json").stream()
        .map(c -> (DecisionRecord) c.value().orElseThrow()).toList();

    assertEquals(25, papers.size());
    assertEquals(24, papers.stream().filter(p -> !p.consultations().isEmpty()).count());
  }

  @Test
  void aDeletedPaperIsNoRecordAndSaysSo() {
    List<Converted<CouncilRecord>> tombstone = read("karlsruhe/karlsruhe_papers_54222.json");

    assertEquals(Map.of("oparl.deleted", 1L), failedCodes(tombstone));
  }

  @Test
  void everyFileGivesItsRecordsAndEveryOtherObjectIsSaidNotToBeOne() {
    Map<String, Long> records = new TreeMap<>();
    List<Converted<CouncilRecord>> all = new ArrayList<>();
    for (String file : FILES) {
      List<Converted<CouncilRecord>> values = read(file);
      all.addAll(values);
      records.put(file, values.stream().filter(Converted::isConverted).count());
    }

    assertEquals(46, all.stream().filter(Converted::isConverted).count(), records::toString);
    // Systems, Bodies, Organizations and Persons are not meetings or papers
    assertEquals(Map.of("oparl.deleted", 1L, "oparl.not-a-record", 53L), failedCodes(all));
  }

  @Test
  void everyRecordPassesTheDefaultRulesAndTheFormat() {
    MinutebookJson json = MinutebookJson.standard();
    int checked = 0;
    for (String file : FILES) {
      for (Converted<CouncilRecord> value : read(file)) {
        if (value.value().isEmpty()) {
          continue;
        }
        CouncilRecord record = value.value().get();
        ValidationReport report = MeetingValidator.defaults().validate(record);
        assertTrue(report.errors().isEmpty(), () -> file + " " + value.source() + ": " + report.errors());
        assertEquals(record, json.decodeRecord(json.encode(record)), file + " " + value.source());
        checked++;
      }
    }
    assertEquals(46, checked);
  }
}
