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

import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.seeds.SeedMinutes;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link MinutebookModule} in a plain Jackson mapper, as a Jackson user meets it: found by {@code
 * findAndAddModules()}, its errors caught as {@link DatabindException}s.
 */
class MinutebookModuleTest {
  /** What a Jackson user writes: a mapper with every module on the class path, nothing else set. */
  private static final JsonMapper PLAIN = JsonMapper.builder().findAndAddModules().build();

  private static final String SMALL = """
      {"minutebook": "1.0", "title": "Executive", "agendaItems": [{"title": "Budget"}]}
      """;

  /** Line 5 holds an agenda item with a property the format does not have. */
  private static final String UNKNOWN_PROPERTY = """
      {
        "minutebook": "1.0",
        "title": "Executive",
        "agendaItems": [
          {"title": "Budget", "colour": "red"}
        ]
      }
      """;

  private static final String AGENDA_ITEM_PROPERTIES = "[id, minuteNumber, agendaNumber, title, agendaDescription, "
      + "kind, access, exemptionGrounds, urgent, urgencyReason, reportReferences, documents, presenters, links, "
      + "narrative, outcome, outcomeReason, resolutions, recommendations, actions, minuteReferences, postMeetingNotes]";

  private static Meeting read(JsonMapper mapper, String document) {
    return mapper.readValue(document.getBytes(StandardCharsets.UTF_8), Meeting.class);
  }

  private static MinutebookJsonException refused(JsonMapper mapper, String document) {
    return assertThrows(MinutebookJsonException.class, () -> read(mapper, document));
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
          "meeting": {"minutebook": "1.0", "agendaItems": [{"title": "Budget", "colour": "red"}]}
        }
        """;
    DatabindException e = assertThrows(DatabindException.class,
        () -> PLAIN.readValue(document, Filing.class));
    MinutebookJsonException m = assertInstanceOf(MinutebookJsonException.class, e);
    assertProblem(m, "unknown property \"colour\" in AgendaItem; expected one of " + AGENDA_ITEM_PROPERTIES,
        3, 72, "/meeting/agendaItems/0/colour");
  }

  @Test
  void aNullDocumentIsRefusedButANullInTheCallersOwnTypeIsTheCallers() {
    assertProblem(refused(PLAIN, "null"), "expected an object (Meeting), found null", 1, 1, "");
    assertNull(PLAIN.readValue("{\"reference\": \"F-1\", \"meeting\": null}", Filing.class).meeting);
  }

  @Test
  void nestingTooDeepForTheStackIsADatabindExceptionNotAStackOverflow() throws InterruptedException {
    StringBuilder deep = new StringBuilder("{\"minutebook\": \"1.0\", \"agendaItems\": [{\"title\": \"t\", \"narrative\": [");
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
}
