package io.github.minutebook.ocd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.json.testing.ExportInputs;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OCD exporter on the real-minutes corpus and on generated meetings: every object keeps to
 * OCD's code lists (pupa's schemas), is checked against Popolo's schemas, where the only failures
 * are the places OCD and Popolo disagree (listed in {@code docs/ocd.md}), and the same records give
 * the same bytes.
 */
class OcdExporterTest {
  static final OcdExporter EXPORTER = OcdExporter.builder().source("https://minutes.example.org/").build();

  /**
   * Where OCD (pupa) and Popolo give a field different shapes; OCD's is written, so Popolo's
   * schema fails these and only these: type and pointer (array positions folded) and keyword.
   */
  static final Set<String> OCD_NOT_POPOLO = Set.of(
      "event /location type",              // OCD: an object {name, url}; Popolo: a string
      "vote_event /organization type",     // OCD: a name; Popolo: an Organization object
      "vote_event /legislative_session type", // OCD: a name; Popolo: an Event object
      "vote_event /start_date format");    // OCD: a date or a date-time; Popolo: a date-time

  private static final Set<String> STATUS = Set.of("cancelled", "tentative", "confirmed", "passed");
  private static final Set<String> RESULTS = Set.of("pass", "fail");
  private static final Set<String> OPTIONS = Set.of("yes", "no", "absent", "abstain", "not voting", "paired",
      "excused", "other");
  private static final Set<String> ENTITIES = Set.of("bill", "organization", "person", "vote_event");

  static final class Tally {
    final Map<String, Integer> types = new TreeMap<>();
    final Map<String, Integer> codes = new TreeMap<>();
    final Map<String, Integer> popolo = new TreeMap<>();
    final List<String> wrong = new ArrayList<>();
    int records;

    void export(String name, CouncilRecord record) {
      records++;
      for (Converted<ObjectNode> object : EXPORTER.objects(record)) {
        ObjectNode json = object.value().orElseThrow(() -> new AssertionError(name + ": " + object.notes()));
        String type = json.get("_type").asString();
        types.merge(type, 1, Integer::sum);
        for (Error error : PopoloSchemas.validate(json)) {
          String rule = type + " " + error.getInstanceLocation().toString().replaceAll("/\\d+", "/[]") + " "
              + error.getKeyword();
          popolo.merge(rule, 1, Integer::sum);
          if (!OCD_NOT_POPOLO.contains(rule)) {
            wrong.add(name + ": " + rule + ": " + error);
          }
        }
        ocd(name, json);
        for (ConversionNote note : object.notes()) {
          codes.merge(note.kind() + " " + note.code(), 1, Integer::sum);
        }
      }
    }

    /** OCD's code lists and required sources, as pupa's schemas give them. */
    private void ocd(String name, JsonNode json) {
      check(name, json.path("sources").size() >= 1, "at least one source");
      if (json.has("status")) {
        check(name, STATUS.contains(json.get("status").asString()), "status " + json.get("status"));
      }
      if (json.has("result")) {
        check(name, RESULTS.contains(json.get("result").asString()), "result " + json.get("result"));
      }
      for (JsonNode c : json.path("counts")) {
        check(name, OPTIONS.contains(c.get("option").asString()) && c.get("value").asInt() >= 0, "count " + c);
      }
      for (JsonNode v : json.path("votes")) {
        check(name, !v.has("option") || OPTIONS.contains(v.get("option").asString()), "vote " + v);
        check(name, !v.path("voter_name").asString("").isEmpty() || v.has("voter_id"), "voter " + v);
      }
      for (JsonNode p : json.path("participants")) {
        check(name, Set.of("organization", "person").contains(p.path("type").asString()), "participant " + p);
      }
      for (JsonNode item : json.path("agenda")) {
        check(name, item.has("description"), "agenda description " + item);
        for (JsonNode e : item.path("related_entities")) {
          check(name, ENTITIES.contains(e.path("entity_type").asString()) && e.has("name"), "related entity " + e);
        }
      }
      for (JsonNode d : json.path("documents")) {
        check(name, OcdExporter.isUri(d.path("url").asString("")), "document url " + d);
      }
    }

    private void check(String name, boolean ok, String what) {
      if (!ok) {
        wrong.add(name + ": OCD " + what);
      }
    }

    String summary() {
      return records + " records, " + types + ", Popolo schema failures by rule " + popolo + "; notes " + codes;
    }
  }

  @Test
  void everyCorpusRecordExportsToOcdObjects() {
    Tally tally = new Tally();
    for (Path file : ExportInputs.corpus()) {
      tally.export(ExportInputs.name(file), ExportInputs.record(file));
    }
    System.out.println("OCD export, corpus: " + tally.summary());
    assertEquals(List.of(), tally.wrong);
    assertTrue(tally.types.getOrDefault("vote_event", 0) > 0, "the corpus records votes");
  }

  @Test
  void generatedRecordsExportToOcdObjectsAndNeverThrow() {
    Tally tally = new Tally();
    List<CouncilRecord> generated = ExportInputs.generated(200);
    for (int i = 0; i < generated.size(); i++) {
      tally.export("generated " + i, generated.get(i));
    }
    System.out.println("OCD export, generated: " + tally.summary());
    assertEquals(List.of(), tally.wrong.stream().limit(20).toList());
  }

  @Test
  void theSameRecordsGiveTheSameBytes() {
    List<CouncilRecord> records = new ArrayList<>();
    ExportInputs.corpus().forEach(file -> records.add(ExportInputs.record(file)));
    records.addAll(ExportInputs.generated(50));
    assertArrayEquals(write(records), write(records));
  }

  private static byte[] write(List<CouncilRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OcdWriter writer = EXPORTER.writer(out)) {
      records.forEach(writer::write);
    }
    return out.toByteArray();
  }

  @Test
  void aRecordedVoteBecomesAVoteEventWithCountsNamedVotesAndItsContext() {
    Meeting meeting = Meeting.builder().id("m1").title("Planning Committee").date(LocalDate.of(2024, 3, 5))
        .startTime(LocalTime.of(18, 30)).zone(ZoneId.of("Europe/London")).term("2022-2026")
        .status(MeetingStatus.HELD).body(Body.builder().name("Planning Committee").build())
        .addAgendaItems(AgendaItem.builder().agendaNumber("5").title("Land at Mill Lane")
            .addResolutions(Resolution.builder()
                .addParts(ResolutionPart.builder().label("1").text("That planning permission be refused.").effect(PartEffect.APPROVE).build())
                .vote(Vote.builder().result(VoteResult.CARRIED)
                    .putCount(VoteOption.YES, 7).putCount(VoteOption.NO, 2).putCount(VoteOption.ABSTAIN, 1)
                    .addNamedVotes(NamedVote.builder().voter(Person.builder().name("Cllr A. Jones").build())
                        .option(VoteOption.NO).build())
                    .build())
                .build())
            .build())
        .build();
    List<Converted<ObjectNode>> objects = EXPORTER.objects(meeting);
    assertEquals(2, objects.size());
    JsonNode event = objects.get(0).value().orElseThrow();
    assertEquals("2024-03-05T18:30:00Z", event.get("start_date").asString());
    assertEquals("passed", event.get("status").asString());
    assertEquals("5", event.get("agenda").get(0).get("order").asString());
    assertEquals("vote_event", event.get("agenda").get(0).get("related_entities").get(0).get("entity_type").asString());
    JsonNode vote = objects.get(1).value().orElseThrow();
    assertEquals("1 That planning permission be refused.", vote.get("motion_text").asString());
    assertEquals("pass", vote.get("result").asString());
    assertEquals("Planning Committee", vote.get("organization").asString());
    assertEquals("2022-2026", vote.get("legislative_session").asString());
    assertEquals("2024-03-05", vote.get("start_date").asString(), "the meeting's start is not the vote's time");
    assertEquals("[{\"option\":\"yes\",\"value\":7},{\"option\":\"no\",\"value\":2},{\"option\":\"abstain\",\"value\":1}]",
        vote.get("counts").toString());
    assertEquals("{\"option\":\"no\",\"voter_name\":\"Cllr A. Jones\"}", vote.get("votes").get(0).toString());
  }

  @Test
  void nothingMinutebookDoesNotKnowIsWritten() {
    Meeting meeting = Meeting.builder().date(LocalDate.of(2024, 3, 5)).startTime(LocalTime.of(18, 30)).build();
    Converted<ObjectNode> event = OcdExporter.builder().build().objects(meeting).get(0);
    ObjectNode json = event.value().orElseThrow();
    assertEquals("{\"_type\":\"event\",\"start_date\":\"2024-03-05\"}", json.toString(),
        "no name, status or source made up; no offset guessed for the time");
    assertTrue(event.notes().stream().anyMatch(n -> n.code().equals("ocd.no-zone") && n.path().equals("startTime")));
  }
}
