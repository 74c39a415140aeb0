package io.github.minutebook.oparl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.json.testing.ExportInputs;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import io.github.minutebook.reference.Document;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OParl exporter on the real-minutes corpus and on generated meetings: every object it makes
 * is valid against OParl 1.1's schemas, every id is a URL, and the same records give the same
 * bytes.
 */
class OparlExporterTest {
  static final OparlExporter EXPORTER = OparlExporter.builder("https://ris.example.org/oparl").build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Exports records and checks every object; gives the counts of objects by type and notes by kind and code. */
  static final class Tally {
    final Map<String, Integer> types = new TreeMap<>();
    final Map<String, Integer> codes = new TreeMap<>();
    final List<String> invalid = new ArrayList<>();
    int records;

    void export(String name, CouncilRecord record) {
      records++;
      List<Converted<ObjectNode>> objects = EXPORTER.objects(record);
      assertFalse(objects.isEmpty(), name);
      for (Converted<ObjectNode> object : objects) {
        ObjectNode json = object.value().orElseThrow(() -> new AssertionError(name + ": " + object.notes()));
        String type = json.get("type").asString();
        types.merge(type.substring(type.lastIndexOf('/') + 1), 1, Integer::sum);
        for (String error : OparlSchemas.validate(json)) {
          invalid.add(name + " " + json.get("id").asString() + ": " + error + " in " + json.path("start") + " " + json.path("end"));
        }
        urls(json, "", name, invalid);
        for (ConversionNote note : object.notes()) {
          codes.merge(note.kind() + " " + note.code(), 1, Integer::sum);
        }
      }
    }

    int objects() {
      return types.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Every id and link of an object (any field named id or holding OParl references) is an absolute http(s) URL. */
  private static void urls(JsonNode node, String at, String name, List<String> invalid) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = field.getKey();
        JsonNode value = field.getValue();
        if (List.of("id", "meeting", "paper", "agendaItem", "body", "accessUrl", "downloadUrl", "web")
            .contains(key) && value.isString() && !OparlExporter.isUrl(value.asString())) {
          invalid.add(name + " " + at + "/" + key + ": not a URL: " + value.asString());
        }
        urls(value, at + "/" + key, name, invalid);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        urls(node.get(i), at + "/" + i, name, invalid);
      }
    }
  }

  @Test
  void everyCorpusRecordExportsToValidOparlObjects() {
    Tally tally = new Tally();
    for (Path file : ExportInputs.corpus()) {
      tally.export(ExportInputs.name(file), ExportInputs.record(file));
    }
    System.out.println("OParl export, corpus: " + tally.records + " records, " + tally.objects() + " objects "
        + tally.types + ", invalid " + tally.invalid.size() + "; notes " + tally.codes);
    assertEquals(List.of(), tally.invalid);
    assertTrue(tally.records >= 40, "the corpus has " + tally.records + " records");
  }

  @Test
  void generatedRecordsExportToValidOparlObjectsAndNeverThrow() {
    Tally tally = new Tally();
    List<CouncilRecord> generated = ExportInputs.generated(200);
    for (int i = 0; i < generated.size(); i++) {
      tally.export("generated " + i, generated.get(i));
    }
    System.out.println("OParl export, generated: " + tally.records + " records, " + tally.objects() + " objects "
        + tally.types + ", invalid " + tally.invalid.size() + "; notes " + tally.codes);
    assertEquals(List.of(), tally.invalid.stream().limit(20).toList());
  }

  @Test
  void theSameRecordsGiveTheSameBytes() {
    List<CouncilRecord> records = new ArrayList<>();
    ExportInputs.corpus().forEach(file -> records.add(ExportInputs.record(file)));
    records.addAll(ExportInputs.generated(50));
    byte[] first = page(records);
    byte[] second = page(records);
    assertArrayEquals(first, second);
    JsonNode page = JSON.readTree(first);
    assertEquals(page.get("data").size(), page.get("pagination").get("totalElements").asInt());
  }

  private static byte[] page(List<CouncilRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OparlListWriter writer = EXPORTER.writer(out)) {
      for (CouncilRecord record : records) {
        assertTrue(writer.write(record).stream().noneMatch(n -> n.kind() == ConversionNote.Kind.FAILED));
      }
    }
    return out.toByteArray();
  }

  @Test
  void anImportedOparlUrlIsKeptAndOtherIdsAreMintedUnderTheBaseUrl() {
    Meeting imported = Meeting.builder().id("https://ris.karlsruhe.de/oparl/meetings/9531")
        .addAgendaItems(AgendaItem.builder().id("https://ris.karlsruhe.de/oparl/agendaitems/1").title("A").build())
        .build();
    ObjectNode json = EXPORTER.objects(imported).get(0).value().orElseThrow();
    assertEquals("https://ris.karlsruhe.de/oparl/meetings/9531", json.get("id").asString());
    assertEquals("https://ris.karlsruhe.de/oparl/agendaitems/1", json.get("agendaItem").get(0).get("id").asString());

    Meeting minuted = Meeting.builder().id("bromley/executive 2016-09-14")
        .body(Body.builder().name("Executive").build())
        .addAgendaItems(AgendaItem.builder().title("Minutes").build())
        .build();
    List<Converted<ObjectNode>> objects = EXPORTER.objects(minuted);
    ObjectNode meeting = objects.get(0).value().orElseThrow();
    assertEquals("https://ris.example.org/oparl/meeting/bromley%2Fexecutive%202016-09-14", meeting.get("id").asString());
    assertEquals(meeting.get("id").asString() + "/agendaItem/1", meeting.get("agendaItem").get(0).get("id").asString());
    assertEquals(1, meeting.get("agendaItem").get(0).get("order").asInt(), "the item's position on the agenda");
    assertEquals("https://ris.example.org/oparl/organization/Executive", meeting.get("organization").get(0).asString());
    ObjectNode organization = objects.get(1).value().orElseThrow();
    assertEquals("Executive", organization.get("name").asString());
    assertEquals(EXPORTER.objects(minuted), objects, "minted the same way every time");
  }

  @Test
  void nothingMinutebookDoesNotKnowIsWritten() {
    Meeting meeting = Meeting.builder().id("m1").date(LocalDate.of(2024, 9, 24))
        .addDocuments(Document.builder().title("Agenda (paper copy only)").build())
        .build();
    Converted<ObjectNode> converted = EXPORTER.objects(meeting).get(0);
    ObjectNode json = converted.value().orElseThrow();
    assertEquals(List.of("id", "type"), List.copyOf(json.propertyNames()), "no start without a time, no file without an address");
    assertTrue(converted.notes().stream().anyMatch(n -> n.code().equals("oparl.date-only") && n.path().equals("date")));
    assertTrue(converted.notes().stream().anyMatch(n -> n.code().equals("oparl.file-no-url")
        && n.path().equals("documents[0]") && n.kind() == ConversionNote.Kind.LEFT_OUT));

    Meeting timed = Meeting.builder().id("m2").date(LocalDate.of(2024, 9, 24)).startTime(LocalTime.of(15, 30))
        .zone(ZoneId.of("Europe/Berlin")).build();
    assertEquals("2024-09-24T15:30:00+02:00", EXPORTER.objects(timed).get(0).value().orElseThrow().get("start").asString());
  }

  @Test
  void theBaseUrlMustBeAnHttpUrl() {
    assertThrows(IllegalArgumentException.class, () -> OparlExporter.builder("ris.example.org/oparl"));
    assertThrows(IllegalArgumentException.class, () -> OparlExporter.builder("ftp://ris.example.org/"));
    assertEquals("https://ris.example.org/oparl/", EXPORTER.baseUrl());
  }
}
