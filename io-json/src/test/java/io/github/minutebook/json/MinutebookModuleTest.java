package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Money;
import io.github.minutebook.seeds.SeedMinutes;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.Version;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link MinutebookModule} in a plain Jackson mapper, as a Jackson user meets it: found by {@code
 * findAndAddModules()}, its errors caught as {@link DatabindException}s, and the mapper settings
 * its Javadoc says the format overrides, or leaves to the mapper, each shown doing so.
 */
class MinutebookModuleTest {
  /** The properties an unknown-property message lists, in the format's order. */
  private static final String MEETING_PROPERTIES = "[minutebook, type, " + ModelShapes.MEETING.properties().stream().map(PropertyShape::name).collect(Collectors.joining(", ")) + "]";

  /** What a Jackson user writes: a mapper with every module on the class path, nothing else set. */
  private static final JsonMapper PLAIN = JsonMapper.builder().findAndAddModules().build();

  private static final String SMALL = """
      {"minutebook": "3.0", "type": "meeting", "title": "Executive", "agendaItems": [{"title": "Budget"}]}
      """;

  /** Line 5 holds an agenda item with a property the format does not have. */
  private static final String UNKNOWN_PROPERTY = """
      {
        "minutebook": "3.0", "type": "meeting",
        "title": "Executive",
        "agendaItems": [
          {"title": "Budget", "colour": "red"}
        ]
      }
      """;

  /** The properties an unknown-property message lists, in the format's order. */
  private static final String AGENDA_ITEM_PROPERTIES = ModelShapes.AGENDA_ITEM.properties().stream().map(PropertyShape::name).collect(Collectors.joining(", ", "[", "]"));

  private static Meeting read(JsonMapper mapper, String document) {
    return mapper.readValue(document.getBytes(StandardCharsets.UTF_8), Meeting.class);
  }

  private static MinutebookJsonException refused(JsonMapper mapper, String document) {
    return assertThrows(MinutebookJsonException.class, () -> read(mapper, document));
  }

  private static JsonMapper plainWith(UnaryOperator<JsonMapper.Builder> settings) {
    return settings.apply(JsonMapper.builder().findAndAddModules()).build();
  }

  private static void assertProblem(MinutebookJsonException e, String problem, int line, int column, String pointer) {
    assertAll(e.getMessage(),
        () -> assertEquals(problem, e.problem(), "problem"),
        () -> assertEquals(line, e.line(), "line"),
        () -> assertEquals(column, e.column(), "column"),
        () -> assertEquals(pointer, e.pointer(), "pointer"));
  }

  // --- a good Jackson citizen ---

  @Test
  void findAndAddModulesFindsTheModule() {
    assertTrue(PLAIN.registeredModules().stream().anyMatch(MinutebookModule.class::isInstance),
        PLAIN.registeredModules().toString());
    assertEquals(MinutebookJson.standard().decode(SMALL), read(PLAIN, SMALL));
  }

  @Test
  void aBadDocumentIsCaughtAsADatabindExceptionWithItsLineColumnPointerAndProblem() {
    try {
      PLAIN.readValue(UNKNOWN_PROPERTY.getBytes(StandardCharsets.UTF_8), Meeting.class);
      fail("the unknown property was accepted");
    } catch (DatabindException e) {
      MinutebookJsonException m = assertInstanceOf(MinutebookJsonException.class, e);
      String problem = "unknown property \"colour\" in AgendaItem; expected one of " + AGENDA_ITEM_PROPERTIES;
      assertProblem(m, problem, 5, 25, "/agendaItems/0/colour");
      // and where Jackson's own accessors keep them
      assertAll(
          () -> assertEquals(5, e.getLocation().getLineNr(), "getLocation().getLineNr()"),
          () -> assertEquals(25, e.getLocation().getColumnNr(), "getLocation().getColumnNr()"),
          () -> assertEquals(problem, e.getOriginalMessage(), "getOriginalMessage()"),
          () -> assertEquals(problem + " (line 5, column 25, at /agendaItems/0/colour)", e.getMessage()),
          () -> assertInstanceOf(JsonParser.class, e.processor(), "the mapper's parser, as for Jackson's own errors"));
    }
  }

  @Test
  void theSameErrorThroughMinutebookJsonIsTheSameException() {
    MinutebookJsonException e = assertThrows(MinutebookJsonException.class,
        () -> MinutebookJson.standard().decode(UNKNOWN_PROPERTY));
    assertInstanceOf(DatabindException.class, e);
    assertProblem(e, "unknown property \"colour\" in AgendaItem; expected one of " + AGENDA_ITEM_PROPERTIES,
        5, 25, "/agendaItems/0/colour");
  }

  /** A type of the caller's own that holds a meeting. */
  static final class Filing {
    public String reference;
    public Meeting meeting;
  }

  @Test
  void aBadMeetingInTheCallersOwnTypeIsADatabindExceptionPointingIntoTheWholeDocument() {
    String document = """
        {
          "reference": "F-1",
          "meeting": {"minutebook": "3.0", "type": "meeting", "agendaItems": [{"title": "Budget", "colour": "red"}]}
        }
        """;
    DatabindException e = assertThrows(DatabindException.class,
        () -> PLAIN.readValue(document, Filing.class));
    MinutebookJsonException m = assertInstanceOf(MinutebookJsonException.class, e);
    assertProblem(m, "unknown property \"colour\" in AgendaItem; expected one of " + AGENDA_ITEM_PROPERTIES,
        3, 91, "/meeting/agendaItems/0/colour");
  }

  @Test
  void aNullDocumentIsRefusedButANullInTheCallersOwnTypeIsTheCallers() {
    assertProblem(refused(PLAIN, "null"), "expected an object (Meeting), found null", 1, 1, "");
    assertNull(PLAIN.readValue("{\"reference\": \"F-1\", \"meeting\": null}", Filing.class).meeting);
  }

  @Test
  void nestingTooDeepForTheStackIsADatabindExceptionNotAStackOverflow() throws InterruptedException {
    StringBuilder deep = new StringBuilder("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"agendaItems\": [{\"title\": \"t\", \"narrative\": [");
    int levels = 3000;
    for (int i = 0; i < levels; i++) {
      deep.append("{\"text\": \"p\", \"points\": [");
    }
    deep.append("{\"text\": \"p\"}");
    deep.append("]}".repeat(levels)).append("]}]}");
    JsonMapper deepMapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build()).build())
        .findAndAddModules().build();
    Throwable[] thrown = new Throwable[1];
    Thread thread = new Thread(null, () -> {
      try {
        read(deepMapper, deep.toString());
      } catch (Throwable t) {
        thrown[0] = t;
      }
    }, "deep", 256 * 1024);
    thread.start();
    thread.join();
    MinutebookJsonException e = assertInstanceOf(MinutebookJsonException.class, thrown[0]);
    assertEquals("the document nests too deeply to read", e.problem());
  }

  @Test
  void theModuleReportsTheVersionThisBuildProduced() {
    String projectVersion = System.getProperty("minutebook.projectVersion");
    assertNotNull(projectVersion, "Maven's surefire passes the project's version as minutebook.projectVersion");
    Version version = new MinutebookModule().version();
    assertAll(
        () -> assertEquals(projectVersion, version.toString()),
        () -> assertFalse(version.isUnknownVersion()),
        () -> assertEquals("io.github.minutebook", version.getGroupId()),
        () -> assertEquals("minutebook-io-json", version.getArtifactId()),
        () -> assertSame(MinutebookModule.VERSION, version));
    JacksonModule found = PLAIN.registeredModules().stream().filter(MinutebookModule.class::isInstance)
        .findFirst().orElseThrow();
    assertEquals(version, found.version());
  }

  // --- what the format decides, whatever the mapper's settings ---

  @Test
  void unknownPropertiesAreErrorsWhateverFailOnUnknownPropertiesSays() {
    // Jackson 3 ignores unknown properties by default; the format never does
    assertFalse(PLAIN.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    // nor does a problem handler that would skip them get the chance
    JsonMapper skipping = plainWith(b -> b.addHandler(new DeserializationProblemHandler() {
      @Override
      public boolean handleUnknownProperty(DeserializationContext context, JsonParser p,
          ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
        context.getParser().skipChildren();
        return true;
      }
    }));
    for (JsonMapper mapper : new JsonMapper[] {PLAIN, skipping}) {
      assertProblem(refused(mapper, "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"colour\": \"red\"}"),
          "unknown property \"colour\" in Meeting; expected one of " + MEETING_PROPERTIES, 1, 42, "/colour");
    }
  }

  @Test
  void duplicateKeysAreErrorsWithoutStrictDuplicateDetection() {
    assertFalse(PLAIN.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    assertProblem(refused(PLAIN, "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"a\", \"title\": \"b\"}"),
        "duplicate property \"title\" in Meeting", 1, 56, "/title");
  }

  @Test
  void nullsAreRefusedWhateverTheMappersNullHandling() {
    JsonMapper skipping = plainWith(b -> b.changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.SKIP)));
    for (JsonMapper mapper : new JsonMapper[] {PLAIN, skipping}) {
      assertProblem(refused(mapper, "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": null}"),
          "\"title\" is null; leave an absent value out instead of writing null", 1, 51, "/title");
      assertProblem(refused(mapper, "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"agendaItems\": [null]}"),
          "a list holds no nulls", 1, 58, "/agendaItems/0");
    }
  }

  @Test
  void valuesAreNeverCoercedWhateverTheMappersCoercionSettings() {
    // ACCEPT_FLOAT_AS_INT and ALLOW_COERCION_OF_SCALARS are on by default in Jackson 3
    assertTrue(PLAIN.isEnabled(DeserializationFeature.ACCEPT_FLOAT_AS_INT));
    assertTrue(PLAIN.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS));
    JsonMapper lenient = plainWith(b -> b
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
            DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS));
    for (JsonMapper mapper : new JsonMapper[] {PLAIN, lenient}) {
      String votes = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"agendaItems\": [{\"title\": \"t\", \"resolutions\": "
          + "[{\"vote\": {\"counts\": {\"yes\": %s}}}]}]}";
      String yes = "/agendaItems/0/resolutions/0/vote/counts/yes";
      assertProblem(refused(mapper, votes.formatted("7.0")), "expected a whole number, found a number with a "
          + "fraction or exponent", 1, 117, yes);
      assertProblem(refused(mapper, votes.formatted("\"7\"")), "expected a whole number, found a string", 1, 117, yes);
      assertProblem(refused(mapper, "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"agendaItems\": {\"title\": \"t\"}}"),
          "expected an array for \"agendaItems\", found an object", 1, 57, "/agendaItems");
      assertProblem(refused(mapper, "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"agendaItems\": []}"),
          "\"agendaItems\" is an empty list; leave it out instead", 1, 58, "/agendaItems");
      assertProblem(refused(mapper, "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"status\": \"HELD\"}"),
          "\"HELD\" is not one of [scheduled, confirmed, held, adjourned, postponed, cancelled]", 1, 52, "/status");
      assertProblem(refused(mapper, "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"date\": \"\"}"),
          "\"\" is not a date such as \"2016-09-14\"", 1, 50, "/date");
      MinutebookJsonException number = assertThrows(MinutebookJsonException.class,
          () -> mapper.readValue("{\"amount\": 949000.10, \"currency\": \"GBP\"}", Money.class));
      assertProblem(number, "a decimal is written as a string, such as \"949000.00\", never as a JSON number",
          1, 12, "/amount");
    }
  }

  @Test
  void writingFollowsTheFormatWhateverTheMappersOrderAndInclusionSettings() {
    // SORT_PROPERTIES_ALPHABETICALLY is on by default in Jackson 3; the format keeps its own order
    JsonMapper reordering = plainWith(b -> b
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT,
            JsonInclude.Include.NON_DEFAULT)));
    SeedMinutes.all().forEach((file, meeting) -> {
      String expected = MinutebookJson.standard().encodeToString(meeting);
      assertEquals(expected, PLAIN.writeValueAsString(meeting), file);
      assertEquals(expected, reordering.writeValueAsString(meeting), file);
    });
  }

  // --- what the mapper decides ---

  @Test
  void theLayoutOfWhatIsWrittenIsTheMappers() {
    JsonMapper escaping = JsonMapper.builder(JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build())
        .findAndAddModules().build();
    SeedMinutes.all().forEach((file, meeting) -> {
      String indented = PLAIN.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(meeting);
      assertTrue(indented.startsWith("{\n  \"minutebook\" : \"3.0\",\n  \"type\" : \"meeting\",\n"), file); // Jackson's own layout
      assertEquals(meeting, MinutebookJson.standard().decode(indented), file);
      String escaped = escaping.writeValueAsString(meeting);
      assertTrue(escaped.chars().allMatch(c -> c < 0x80), file);
      assertEquals(meeting, MinutebookJson.standard().decode(escaped), file);
    });
  }

  @Test
  void thePrettyPrinterGivesAMapperTheLayoutOfEncodePretty() {
    SeedMinutes.all().forEach((file, meeting) -> {
      String pretty = new String(MinutebookJson.standard().encodePretty(meeting), StandardCharsets.UTF_8);
      assertEquals(pretty, PLAIN.writer().with(MinutebookJson.prettyPrinter()).writeValueAsString(meeting) + "\n", file);
    });
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("a", List.of(1, 2));
    other.put("b", Map.of());
    assertEquals("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": { }\n}",
        PLAIN.writer().with(MinutebookJson.prettyPrinter()).writeValueAsString(other));
  }

  @Test
  void theInputsEncodingAndItsColumnsAreTheParsers() {
    String document = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"Café\", \"colour\": 1}";
    String problem = "unknown property \"colour\" in Meeting; expected one of " + MEETING_PROPERTIES;
    // MinutebookJson counts characters; a mapper's parser counts bytes of bytes, chars of text
    assertProblem(assertThrows(MinutebookJsonException.class, () -> MinutebookJson.standard().decode(document)),
        problem, 1, 59, "/colour");
    assertProblem(refused(PLAIN, document), problem, 1, 60, "/colour");
    assertProblem(assertThrows(MinutebookJsonException.class, () -> PLAIN.readValue(document, Meeting.class)),
        problem, 1, 59, "/colour");
    // Jackson detects UTF-16, which MinutebookJson refuses
    byte[] utf16 = SMALL.getBytes(StandardCharsets.UTF_16LE);
    assertThrows(MinutebookJsonException.class, () -> MinutebookJson.standard().decode(utf16));
    assertEquals(MinutebookJson.standard().decode(SMALL), PLAIN.readValue(utf16, Meeting.class));
    // an empty input is Jackson's own error
    MismatchedInputException empty = assertThrows(MismatchedInputException.class, () -> read(PLAIN, ""));
    assertFalse(MinutebookJsonException.class.isInstance(empty), empty.toString());
  }

  @Test
  void trailingContentIsTheMappersToJudge() {
    String trailing = SMALL.strip() + " {}";
    assertTrue(PLAIN.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> read(PLAIN, trailing));
    assertFalse(MinutebookJsonException.class.isInstance(e), "Jackson's own check");
    JsonMapper tolerant = plainWith(b -> b.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    assertEquals(MinutebookJson.standard().decode(SMALL), read(tolerant, trailing));
  }

  @Test
  void whatIsWellFormedJsonAndTheLimitsAreTheMappers() {
    // malformed JSON is the tokenizer's own exception (not a DatabindException), as for any type
    assertThrows(StreamReadException.class, () -> read(PLAIN, "{\"minutebook\": \"3.0\", \"type\": \"meeting\" \"title\": \"t\"}"));
    // the mapper's read features: comments, refused by MinutebookJson, are JSON to a mapper that allows them
    String commented = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", /* the executive */ \"title\": \"Executive\"}";
    assertThrows(MinutebookJsonException.class, () -> MinutebookJson.standard().decode(commented));
    JsonMapper comments = JsonMapper.builder(JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build())
        .findAndAddModules().build();
    assertEquals("Executive", read(comments, commented).title().orElseThrow());
    // the mapper's limits: a string over MinutebookJson's 1 MiB is within Jackson's default 100 MB
    String longTitle = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"" + "x".repeat((1 << 20) + 1) + "\"}";
    assertThrows(MinutebookJsonException.class, () -> MinutebookJson.standard().decode(longTitle));
    assertEquals((1 << 20) + 1, read(PLAIN, longTitle).title().orElseThrow().length());
    JsonMapper strict = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(10).build()).build())
        .findAndAddModules().build();
    assertThrows(StreamConstraintsException.class, () -> read(strict, SMALL.replace("Executive", "The Executive")));
  }
}
