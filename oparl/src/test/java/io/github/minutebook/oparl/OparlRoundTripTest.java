package io.github.minutebook.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * OParl → Minutebook → OParl on the Karlsruhe objects (two meetings with 505 agenda items, three
 * papers): every exported object is valid, and each value of the original survives or not, counted
 * field by field (array positions folded: {@code agendaItem[].name}). What is pinned here is the
 * documented table in {@code docs/oparl.md}.
 */
class OparlRoundTripTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> RECORDS = List.of("meetings/9531.json", "meetings/10439.json",
      "papers/50649.json", "papers/50702.json", "papers/50703.json");

  /** For each field: how many values the originals hold, and how many the export gives back unchanged. */
  private final Map<String, int[]> fields = new TreeMap<>();

  @Test
  void karlsruheSurvivesTheRoundTripFieldByField() {
    int objects = 0;
    for (String name : RECORDS) {
      JsonNode original = read(name);
      Converted<CouncilRecord> imported = OparlImport.record(original);
      CouncilRecord record = imported.value().orElseThrow();
      List<Converted<ObjectNode>> exported = OparlExporterTest.EXPORTER.objects(record);
      for (Converted<ObjectNode> object : exported) {
        assertEquals(List.of(), OparlSchemas.validate(object.value().orElseThrow()), name);
        objects++;
      }
      JsonNode back = exported.get(0).value().orElseThrow();
      compare(original, back, "");
      // what survives one round survives every further round: the export is a fixed point
      CouncilRecord again = OparlImport.record(back).value().orElseThrow();
      assertEquals(back, OparlExporterTest.EXPORTER.objects(again).get(0).value().orElseThrow(), name);
    }
    StringBuilder table = new StringBuilder("OParl round trip, Karlsruhe: " + objects + " objects exported\n");
    fields.forEach((field, n) -> table.append(String.format("  %-40s %5d of %5d%n", field, n[1], n[0])));
    System.out.println(table);
    // identity and the facts the model holds come back whole
    for (String kept : List.of("id", "type", "name", "start", "end", "organization[]", "agendaItem[].id",
        "agendaItem[].number", "agendaItem[].name", "agendaItem[].order", "agendaItem[].public",
        "agendaItem[].result", "agendaItem[].consultation", "reference", "paperType", "date", "body",
        "consultation[].id", "consultation[].organization[]", "consultation[].role",
        "consultation[].authoritative", "mainFile.accessUrl", "auxiliaryFile[].accessUrl", "created", "modified")) {
      int[] n = fields.get(kept);
      if (n != null) {
        assertEquals(n[0], n[1], kept + " survives");
      }
    }
  }

  /** Counts every leaf value of {@code original} and whether {@code back} has it at the same place. */
  private void compare(JsonNode original, JsonNode back, String field) {
    if (original.isObject()) {
      for (Map.Entry<String, JsonNode> e : original.properties()) {
        compare(e.getValue(), back.path(e.getKey()), field.isEmpty() ? e.getKey() : field + "." + e.getKey());
      }
    } else if (original.isArray()) {
      for (int i = 0; i < original.size(); i++) {
        compare(original.get(i), back.path(i), field + "[]");
      }
    } else if (!original.isNull() && !(original.isString() && original.asString().isEmpty())) {
      int[] n = fields.computeIfAbsent(field, f -> new int[2]);
      n[0]++;
      if (same(original, back)) {
        n[1]++;
      }
    }
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isString() && b.isString()) {
      String x = a.asString().strip();
      String y = b.asString().strip();
      return x.equals(y) || sameInstant(x, y);
    }
    return a.equals(b);
  }

  private static boolean sameInstant(String x, String y) {
    try {
      return java.time.OffsetDateTime.parse(x).isEqual(java.time.OffsetDateTime.parse(y));
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static JsonNode read(String name) {
    try (InputStream in = OparlRoundTripTest.class.getResourceAsStream("/karlsruhe/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyObjectOfTheRoundTripHasItsOparlUrl() {
    for (String name : RECORDS) {
      JsonNode original = read(name);
      CouncilRecord record = OparlImport.record(original).value().orElseThrow();
      JsonNode back = OparlExporterTest.EXPORTER.objects(record).get(0).value().orElseThrow();
      assertEquals(original.get("id"), back.get("id"));
      assertTrue(back.get("id").asString().startsWith("https://web1.karlsruhe.de/oparl/"), name);
    }
  }
}
