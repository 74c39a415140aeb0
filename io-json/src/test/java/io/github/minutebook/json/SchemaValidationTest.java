package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.testing.RandomMeetings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema and the decoder agree: on real minutes and generated meetings (both accept), on
 * a catalogue of broken documents (both reject), and on mutants of generated meetings. Where they
 * cannot agree, {@link #theDecoderRejectsWhatTheSchemaCannotExpress} lists the documents and why.
 */
class SchemaValidationTest {
  private static final Schema SCHEMA = FormatSchema.validator();
  private final MinutebookJson json = MinutebookJson.standard();

  // --- valid documents ---

  @Test
  void everyGoldenFileIsValid() throws IOException {
    for (String file : GoldenFilesTest.files().keySet()) {
      String text = new String(GoldenFilesTest.read(file), StandardCharsets.UTF_8);
      assertValid(text, file);
    }
  }

  /**
   * A thousand generated meetings that the decoder reads are valid, and the schema rejects every
   * generated document that the decoder does not read back (the generator reaches further than the
   * format in places: see {@link #encodable}).
   */
  @Test
  void aThousandGeneratedMeetingsAreValid() {
    Iterator<Meeting> meetings = RandomMeetings.stream(20261122L, RandomMeetings.Shape.WIRE_SAFE, 2_000).iterator();
    int valid = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; valid < 1_000 && meetings.hasNext(); i++) {
      String text = encodable(meetings.next());
      if (text == null) {
        continue;
      }
      boolean decodes = accepts(text);
      List<Error> errors = FormatSchema.errors(SCHEMA, text);
      if (decodes != errors.isEmpty()) {
        disagreements.add("generated meeting " + i + ": decoder " + (decodes ? "accepts" : "rejects") + ", schema "
            + (errors.isEmpty() ? "accepts" : "rejects: " + errors.subList(0, Math.min(3, errors.size()))));
      }
      valid += decodes ? 1 : 0;
    }
    assertEquals(List.of(), disagreements);
    assertEquals(1_000, valid, "fewer than a thousand of 2,000 generated meetings were readable");
  }

  /**
   * The meeting as the encoder writes it, or null where the encoder refuses it (nesting deeper
   * than its limit).
   */
  private String encodable(Meeting meeting) {
    try {
      return json.encodeToString(meeting);
    } catch (RuntimeException e) {
      return null;
    }
  }

  static Stream<Arguments> edgesBothAccept() {
    return Stream.of(
        arguments("the smallest document", "{'minutebook': '3.0', 'type': 'meeting'}"),
        arguments("29 February of a leap year", meeting("'date': '2016-02-29'")),
        arguments("29 February 2000", meeting("'date': '2000-02-29'")),
        arguments("29 February of year 0", meeting("'date': '0000-02-29'")),
        arguments("31 December 9999", meeting("'date': '9999-12-31'")),
        arguments("a time to the nanosecond", meeting("'startTime': '23:59:59.999999999'")),
        arguments("a leap second", meeting("'provenance': {'retrievedAt': '2016-12-31T23:59:60Z'}")),
        arguments("24:00 as the end of a day", meeting("'provenance': {'retrievedAt': '2016-12-31T24:00:00Z'}")),
        arguments("a negative period", term("'duration': '-P1Y'")),
        arguments("a period of days alone", term("'duration': 'P0D'")),
        arguments("a financial year starting on 1 March",
            amount("'financialYear': {'firstYear': 2016, 'lastYear': 2017, 'yearStart': '--03-01'}")),
        arguments("a financial year that is not consecutive (validators report it)",
            amount("'financialYear': {'firstYear': 2016, 'lastYear': 2020}")),
        arguments("minus zero", money("'-0'", "'GBP'")),
        arguments("a sum at 64 characters", money("'" + "9".repeat(64) + "'", "'GBP'")),
        arguments("an empty object of counts", vote("'counts': {}")),
        arguments("the largest vote count", vote("'counts': {'yes': 2147483647}")),
        arguments("a zone offset", meeting("'zone': '+10:00'")),
        arguments("a person with nothing but a type", part("'addressee': {'type': 'person'}")),
        arguments("empty text", meeting("'title': ''")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgesBothAccept")
  void bothAccept(String name, String document) {
    json.decode(document);
    assertValid(document, name);
  }

  // --- invalid documents ---

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        arguments("an unknown property at the root", meeting("'colour': 'red'")),
        arguments("an unknown property in a body",
            meeting("'authority': {'type': 'body', 'name': 'X', 'website': 'https://example.org'}")),
        arguments("a body's property on a person",
            meeting("'attendance': [{'person': {'type': 'person', 'kind': 'council'}, 'role': 'chair'}]")),
        arguments("no format version", "{'title': 'x'}"),
        arguments("the previous format version", "{'minutebook': '1.0'}"),
        arguments("a later format version", "{'minutebook': '3.0'}"),
        arguments("the format version as a number", "{'minutebook': 1.0}"),
        arguments("a missing required property (an attendance's person)", meeting("'attendance': [{'role': 'chair'}]")),
        arguments("a missing required property (an attendance's role)",
            meeting("'attendance': [{'person': {'type': 'person', 'name': 'A'}}]")),
        arguments("a missing required property (a link's relation)", item("'links': [{'target': 'm86'}]")),
        arguments("null for an optional value", meeting("'title': null")),
        arguments("null in a list", meeting("'documents': [null]")),
        arguments("an empty list", meeting("'attendance': []")),
        arguments("text as a number", meeting("'title': 5")),
        arguments("an object where a list goes", meeting("'agendaItems': {'title': 'x'}")),
        arguments("a single value where a list goes", term("'extensionOptions': 'P1Y'")),
        arguments("a boolean as text", item("'urgent': 'yes'")),
        arguments("an unknown code", meeting("'status': 'abandoned'")),
        arguments("a code in capitals", meeting("'status': 'HELD'")),
        arguments("a code with underscores",
            meeting("'attendance': [{'person': {'type': 'person'}, 'role': 'member_present'}]")),
        arguments("29 February of a common year", meeting("'date': '2015-02-29'")),
        arguments("30 February", meeting("'date': '2016-02-30'")),
        arguments("31 April", meeting("'date': '2016-04-31'")),
        arguments("month 13", meeting("'date': '2016-13-01'")),
        arguments("a date written the British way", meeting("'date': '14/09/2016'")),
        arguments("a date with a five-digit year", meeting("'date': '12016-09-14'")),
        arguments("a date with a line break after it", meeting("'date': '2016-09-14\\n'")),
        arguments("24:00 as a time", meeting("'startTime': '24:00'")),
        arguments("a time with a one-digit hour", meeting("'startTime': '7:00'")),
        arguments("a time with ten decimal places", meeting("'startTime': '19:00:00.0000000001'")),
        arguments("a sum as a JSON number", money("949000", "'GBP'")),
        arguments("a sum as a JSON number with a fraction", money("949000.50", "'GBP'")),
        arguments("a sum with an exponent", money("'9.49E+5'", "'GBP'")),
        arguments("a sum with a leading zero", money("'0949'", "'GBP'")),
        arguments("a sum with a plus sign", money("'+1'", "'GBP'")),
        arguments("a sum with a thousands separator", money("'949,000'", "'GBP'")),
        arguments("a sum ending in a point", money("'1.'", "'GBP'")),
        arguments("a sum of 65 characters", money("'" + "9".repeat(65) + "'", "'GBP'")),
        arguments("a currency in lower case", money("'1'", "'gbp'")),
        arguments("a currency as a symbol", money("'1'", "'£'")),
        arguments("a party without a type", part("'addressee': {'name': 'Council'}")),
        arguments("an empty party", part("'addressee': {}")),
        arguments("a party of an unknown type", part("'addressee': {'type': 'organisation', 'name': 'X'}")),
        arguments("a party's type as a number", part("'addressee': {'type': 1, 'name': 'X'}")),
        arguments("a person where only a body can stand", meeting("'authority': {'type': 'person', 'name': 'X'}")),
        arguments("a body where only a person can stand",
            meeting("'attendance': [{'person': {'type': 'body', 'name': 'X'}, 'role': 'chair'}]")),
        arguments("a negative vote count", vote("'counts': {'yes': 7, 'no': -1}")),
        arguments("a count of an unknown vote option", vote("'counts': {'maybe': 1}")),
        arguments("a vote count as text", vote("'counts': {'yes': '7'}")),
        arguments("a vote count beyond 32 bits", vote("'counts': {'yes': 2147483648}")),
        arguments("a fractional vote count", vote("'counts': {'yes': 7.5}")),
        arguments("counts as a list", vote("'counts': [7, 3]")),
        arguments("a financial year as a label", amount("'financialYear': '2016/17'")),
        arguments("a financial year without its last year", amount("'financialYear': {'firstYear': 2016}")),
        arguments("a financial year starting on 29 February",
            amount("'financialYear': {'firstYear': 2016, 'lastYear': 2017, 'yearStart': '--02-29'}")),
        arguments("a financial year beyond the calendar",
            amount("'financialYear': {'firstYear': 999999999, 'lastYear': 1000000000}")),
        arguments("a year start that no year has",
            amount("'financialYear': {'firstYear': 2016, 'lastYear': 2017, 'yearStart': '--02-30'}")),
        arguments("an empty period", term("'duration': 'P'")),
        arguments("a period in weeks", term("'duration': 'P2W'")),
        arguments("a period in words", term("'duration': '1 year'")),
        arguments("a period with a time part", term("'duration': 'PT5H'")),
        arguments("a period in lower case", term("'duration': 'p5y'")),
        arguments("an instant without its Z", meeting("'provenance': {'retrievedAt': '2026-11-22T03:21:00'}")),
        arguments("an instant with an offset", meeting("'provenance': {'retrievedAt': '2026-11-22T03:21:00+01:00'}")),
        arguments("an instant at 23:58:60", meeting("'provenance': {'retrievedAt': '2016-12-31T23:58:60Z'}")),
        arguments("a zone with a space", meeting("'zone': 'Europe/ London'")),
        arguments("an empty zone", meeting("'zone': ''")),
        arguments("a list as the document", "[{'minutebook': '3.0', 'type': 'meeting'}]"),
        arguments("text as the document", "'minutebook'"),
        arguments("a weight in percent as a number",
            part("'contractAwards': [{'subject': 's', 'stage': 'award', 'evaluationCriteria': [{'name': 'price', 'weightPercent': 60}]}]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void bothReject(String name, String document) {
    assertThrows(MinutebookJsonException.class, () -> json.decode(document), "the decoder accepts " + document);
    assertFalse(FormatSchema.errors(SCHEMA, document).isEmpty(), "the schema accepts " + document);
  }

  @Test
  void theCatalogueOfInvalidDocumentsIsLarge() {
    assertTrue(invalidDocuments().count() >= 25);
  }

  // --- where they cannot agree ---

  /**
   * Documents the decoder rejects and the schema accepts, because JSON Schema cannot say it: it
   * sees a parsed value, not the text, and it knows no calendar of currencies or zones.
   */
  static Stream<Arguments> beyondTheSchema() {
    StringBuilder deep = new StringBuilder("{'text': 'deepest'}");
    for (int i = 0; i < 120; i++) {
      deep.insert(0, "{'text': 'level', 'points': [").append("]}");
    }
    return Stream.of(
        // A parsed value has one of each key: the validator never sees the first "title".
        arguments("a duplicate key", meeting("'title': 'a', 'title': 'b'")),
        // JSON Schema's strings are any sequence of code units a parser gives it; it has no test
        // for well-formed Unicode.
        arguments("a lone surrogate", meeting("'title': 'a\\ud800b'")),
        // JSON objects are unordered for JSON Schema. A document starts with its format version
        // (MinutebookJson's contract), so that a reader knows what it reads from the first bytes;
        // a reader tells a person from a body by the first property, so that it reads a party in
        // one pass.
        arguments("a document that does not start with its format version", "{'title': 'x', 'minutebook': '3.0', 'type': 'meeting'}"),
        arguments("a party whose type is not first", part("'addressee': {'name': 'Council', 'type': 'body'}")),
        arguments("a person whose type is not first, even where only a person can stand",
            meeting("'attendance': [{'person': {'name': 'A', 'type': 'person'}, 'role': 'chair'}]")),
        // The schema says three capital letters; only the reader's ISO 4217 table knows which exist.
        arguments("an unknown currency", money("'1'", "'XYZ'")),
        // Likewise the tz database, which changes with the reader's Java.
        arguments("an unknown time-zone region", meeting("'zone': 'Mars/Olympus_Mons'")),
        arguments("a zone offset beyond 18 hours", meeting("'zone': '+19:00'")),
        // JSON Schema counts 7.0 and 7e0 as the integer 7; the format writes whole numbers as digits only.
        arguments("a whole number with a fraction", vote("'counts': {'yes': 7.0}")),
        arguments("a whole number with an exponent", vote("'counts': {'yes': 7e0}")),
        // The reader's limits are settings of the reader, not of the format.
        arguments("nesting deeper than 200", item("'narrative': [" + deep + "]")),
        arguments("text longer than 1 MiB", meeting("'title': '" + "x".repeat(1024 * 1024 + 1) + "'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beyondTheSchema")
  void theDecoderRejectsWhatTheSchemaCannotExpress(String name, String document) {
    assertThrows(MinutebookJsonException.class, () -> json.decode(document), "the decoder accepts it");
    List<Error> errors = FormatSchema.errors(SCHEMA, document);
    assertTrue(errors.isEmpty(), "the schema now rejects it too (move it to invalidDocuments): " + errors);
  }

  // --- mutants ---

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** Values a mutation writes: none of them falls in a gap listed in beyondTheSchema. */
  private static final List<JsonNode> VALUES = Stream.of("null", "0", "-1", "2147483648", "1.5", "true", "\"\"",
      "\"x\"", "\"held\"", "\"2016-02-30\"", "\"2016-02-29\"", "\"19:00\"", "\"P\"", "\"P1Y\"", "\"-0\"", "\"1e3\"",
      "\"GBP\"", "[]", "[\"x\"]", "[1]", "{}", "{\"type\": \"person\"}", "{\"type\": \"body\", \"name\": \"X\"}",
      "{\"amount\": \"1\", \"currency\": \"GBP\"}").map(PLAIN::readTree).toList();

  @Test
  void theSchemaAndTheDecoderAgreeOnMutantsOfGeneratedMeetings() {
    SplittableRandom random = new SplittableRandom(42);
    Iterator<Meeting> meetings = RandomMeetings.stream(7L, RandomMeetings.Shape.WIRE_SAFE, 200).iterator();
    int mutants = 0;
    int rejected = 0;
    List<String> disagreements = new ArrayList<>();
    while (meetings.hasNext()) {
      String encoded = encodable(meetings.next());
      if (encoded == null) {
        continue;
      }
      JsonNode original = PLAIN.readTree(encoded);
      for (int m = 0; m < 10; m++) {
        JsonNode mutant = original.deepCopy();
        String where = mutate(mutant, random);
        if (where == null) {
          continue;
        }
        String text = PLAIN.writeValueAsString(mutant);
        boolean decoderAccepts = accepts(text);
        boolean schemaAccepts = SCHEMA.validate(mutant).isEmpty();
        mutants++;
        rejected += decoderAccepts ? 0 : 1;
        if (decoderAccepts != schemaAccepts) {
          disagreements.add(where + ": decoder " + (decoderAccepts ? "accepts" : "rejects") + ", schema "
              + (schemaAccepts ? "accepts" : "rejects"));
        }
      }
    }
    assertTrue(mutants > 1_000, "only " + mutants + " mutants");
    assertTrue(rejected > mutants / 4, "too few mutants were invalid to learn anything: " + rejected);
    assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())),
        disagreements.size() + " disagreements");
  }

  private boolean accepts(String text) {
    try {
      json.decode(text);
      return true;
    } catch (MinutebookJsonException e) {
      return false;
    }
  }

  /** Changes one node of {@code root}: removes, replaces or adds a property, or empties or grows a list. */
  private static String mutate(JsonNode root, SplittableRandom random) {
    List<Map.Entry<String, JsonNode>> containers = new ArrayList<>();
    collect("", root, containers);
    Map.Entry<String, JsonNode> target = containers.get(random.nextInt(containers.size()));
    String path = target.getKey();
    JsonNode value = VALUES.get(random.nextInt(VALUES.size())).deepCopy();
    if (target.getValue() instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      int op = random.nextInt(3);
      if (op == 0 && !names.isEmpty()) {
        String name = names.get(random.nextInt(names.size()));
        if (name.equals("type")) {
          return null; // removing a party's type moves the next property first: a gap of the schema's
        }
        object.remove(name);
        return path + "/" + name + " removed";
      }
      if (op == 1 && !names.isEmpty()) {
        String name = names.get(random.nextInt(names.size()));
        if (name.equals("zone") || name.equals("currency")) {
          return null; // text the pattern allows but the reader does not know: a gap of the schema's
        }
        object.replace(name, value);
        return path + "/" + name + " = " + value;
      }
      String name = random.nextBoolean() ? "unknown" : "title";
      if (object.has(name)) {
        return null;
      }
      object.set(name, value);
      return path + "/" + name + " added as " + value;
    }
    ArrayNode array = (ArrayNode) target.getValue();
    if (random.nextBoolean()) {
      array.removeAll();
      return path + " emptied";
    }
    array.add(value);
    return path + "/- = " + value;
  }

  private static void collect(String path, JsonNode node, List<Map.Entry<String, JsonNode>> containers) {
    if (node.isObject()) {
      containers.add(Map.entry(path, node));
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        collect(path + "/" + property.getKey(), property.getValue(), containers);
      }
    } else if (node.isArray()) {
      containers.add(Map.entry(path, node));
      int i = 0;
      for (JsonNode element : node.values()) {
        collect(path + "/" + i++, element, containers);
      }
    }
  }

  // --- documents ---

  private void assertValid(String text, String name) {
    List<Error> errors = FormatSchema.errors(SCHEMA, text);
    if (!errors.isEmpty()) {
      fail(name + " does not validate: " + errors.subList(0, Math.min(5, errors.size())));
    }
  }

  private static Arguments arguments(String name, String document) {
    return Arguments.of(name, document.replace('\'', '"'));
  }

  /** A meeting with {@code members} after the format version; ' stands for ". */
  static String meeting(String members) {
    return "{'minutebook': '3.0', 'type': 'meeting', " + members + "}";
  }

  static String item(String members) {
    return meeting("'agendaItems': [{'title': 'T', " + members + "}]");
  }

  static String part(String members) {
    return item("'resolutions': [{'parts': [{'text': 'x', 'effect': 'approve', " + members + "}]}]");
  }

  static String vote(String members) {
    return item("'resolutions': [{'vote': {" + members + "}}]");
  }

  static String money(String amount, String currency) {
    return part("'fundingAllocations': [{'amount': {'money': {'amount': " + amount + ", 'currency': " + currency + "}}}]");
  }

  static String amount(String members) {
    return part("'fundingAllocations': [{'amount': {'money': {'amount': '1', 'currency': 'GBP'}, " + members + "}}]");
  }

  static String term(String members) {
    return part("'contractAwards': [{'subject': 's', 'stage': 'award', 'term': {" + members + "}}]");
  }
}
