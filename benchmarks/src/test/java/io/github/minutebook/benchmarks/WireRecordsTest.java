package io.github.minutebook.benchmarks;

import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.testing.RandomMeetings;
import io.github.minutebook.testing.ShapeValues;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;


/**
 * Baseline B is hand-written records that mirror the wire format; it measures something only if
 * it mirrors all of it. Meetings with every property set (from the model's shapes) and generated
 * meetings are read into the records with unknown properties refused (a property the records lack
 * fails here by name), and written back to the same JSON (times apart: databind writes their zero
 * seconds).
 */
class WireRecordsTest {
  private static final MinutebookJson JSON = MinutebookJson.builder().maxNestingDepth(2_000).build();
  // as deep as a generated meeting nests (a paragraph's points, hundreds of levels): Jackson's
  // default of 200 levels would stop the records before they are compared
  private static final JsonMapper STRICT = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2_000).build())
          .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(2_000).build()).build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
      .build();

  @Test
  void theRecordsReadAndWriteEveryPropertyOfTheFormat() {
    List<Meeting> meetings = new ArrayList<>();
    ShapeValues full = new ShapeValues(20261204L);
    for (int i = 0; i < 50; i++) {
      meetings.add(full.full(ModelShapes.MEETING));
    }
    RandomMeetings.stream(20261204L, RandomMeetings.Shape.WIRE_SAFE, 200).forEach(meetings::add);
    List<String> differences = new ArrayList<>();
    for (Meeting meeting : meetings) {
      byte[] document = JSON.encode(meeting);
      WireRecords.WMeeting record = STRICT.readValue(document, WireRecords.WMeeting.class);
      JsonNode original = STRICT.readTree(document);
      JsonNode again = STRICT.readTree(STRICT.writeValueAsBytes(record));
      difference("", original, again, differences);
    }
    assertEquals(List.of(), differences.stream().distinct().limit(20).toList());
  }

  /** Databind writes a time with its seconds ("19:00:00") where the format leaves zero seconds out. */
  private static boolean sameTime(JsonNode a, JsonNode b) {
    try {
      return a.isString() && b.isString() && LocalTime.parse(a.asString()).equals(LocalTime.parse(b.asString()));
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Where two trees differ, by JSON Pointer with indexes left out, so that one difference is named once. */
  private static void difference(String at, JsonNode a, JsonNode b, List<String> differences) {
    if (a.isObject() && b.isObject()) {
      Set<String> names = new TreeSet<>(a.propertyNames());
      names.addAll(b.propertyNames());
      for (String name : names) {
        if (!a.has(name) || !b.has(name)) {
          differences.add(at + "/" + name + (a.has(name) ? " is lost" : " is added"));
        } else {
          difference(at + "/" + name, a.get(name), b.get(name), differences);
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        difference(at + "/*", a.get(i), b.get(i), differences);
      }
    } else if (!a.equals(b) && !sameTime(a, b)) {
      differences.add(at + ": " + a + " became " + b);
    }
  }
}
