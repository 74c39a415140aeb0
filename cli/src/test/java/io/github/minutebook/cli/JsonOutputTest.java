package io.github.minutebook.cli;

import static io.github.minutebook.cli.Cli.BROMLEY;
import static io.github.minutebook.cli.Cli.SEEDS;
import static io.github.minutebook.cli.Cli.copySeeds;
import static io.github.minutebook.cli.Cli.run;
import static io.github.minutebook.cli.Cli.seed;
import static io.github.minutebook.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code validate --format json}: the report parsed back and checked field by field. */
class JsonOutputTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private static JsonNode parse(Cli.Result result) {
    return MAPPER.readTree(result.out());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void theGoldenFolderGivesOneFilePerSeedAndTheBromleyWarning() {
    Path folder = copySeeds(dir.resolve("minutes"));

    Cli.Result result = run("validate", "--format", "json", folder.toString());

    assertEquals(0, result.exitCode(), result.err());
    // laid out as the documents are (MinutebookJson.prettyPrinter())
    assertTrue(result.out().startsWith("{\n  \"report\": \"minutebook-validate\",\n  \"reportVersion\": 1,\n"),
        result.out());
    JsonNode report = parse(result);
    assertEquals(List.of("report", "reportVersion", "minutebookVersion", "warningsAsErrors", "files", "summary",
        "exitCode"), names(report));
    assertEquals("minutebook-validate", report.get("report").asString());
    assertEquals(1, report.get("reportVersion").asInt());
    assertFalse(report.get("warningsAsErrors").asBoolean());
    assertEquals(0, report.get("exitCode").asInt());
    JsonNode files = report.get("files");
    assertEquals(5, files.size());
    for (int i = 0; i < 5; i++) {
      JsonNode file = files.get(i);
      assertEquals(folder.resolve(SEEDS.get(i)).toString(), file.get("file").asString());
      assertEquals("document", file.get("format").asString());
      assertEquals(List.of("file", "format", "findings", "summary"), names(file));
      assertEquals(1, file.get("summary").get("records").asInt());
      assertEquals(1, file.get("summary").get("valid").asInt());
    }
    JsonNode bromley = files.get(2).get("findings");
    assertEquals(1, bromley.size());
    JsonNode warning = bromley.get(0);
    assertEquals(List.of("record", "recordLine", "severity", "code", "message", "path", "pointer", "parameters"),
        names(warning));
    assertEquals(1, warning.get("record").asInt());
    assertEquals(1, warning.get("recordLine").asInt());
    assertEquals("warning", warning.get("severity").asString());
    assertEquals("meeting.declarant-not-in-attendance", warning.get("code").asString());
    assertEquals("declarations[0].person", warning.get("path").asString());
    assertEquals("/declarations/0/person", warning.get("pointer").asString());
    assertEquals("Director of Corporate Services made a declaration at this meeting but is recorded as sending apologies",
        warning.get("message").asString());
    assertEquals("Director of Corporate Services", warning.get("parameters").get("person").asString());

    JsonNode summary = report.get("summary");
    assertEquals(5, summary.get("files").asInt());
    assertEquals(0, summary.get("unreadableInputs").asInt());
    assertEquals(5, summary.get("records").asInt());
    assertEquals(5, summary.get("valid").asInt());
    assertEquals(0, summary.get("invalid").asInt());
    assertEquals(0, summary.get("errors").asInt());
    assertEquals(1, summary.get("warnings").asInt());
    assertEquals(0, summary.get("notes").asInt());
    assertFalse(summary.get("stoppedEarly").asBoolean());
    assertEquals(1, summary.get("byCode").size());
    assertEquals("meeting.declarant-not-in-attendance", summary.get("byCode").get(0).get("code").asString());
    assertEquals("warning", summary.get("byCode").get(0).get("severity").asString());
    assertEquals(1, summary.get("byCode").get(0).get("count").asInt());
  }

  @Test
  void readErrorsRuleViolationsAndMissingFilesAreAllInTheReport() {
    Path mixed = ValidateCommandTest.mixedNdjson(dir);
    Path missing = dir.resolve("missing.ndjson");

    Cli.Result result = run("validate", "--format=json", "--max-errors", "10", mixed.toString(),
        missing.toString());

    assertEquals(2, result.exitCode());
    assertEquals(List.of("minutebook: cannot read " + missing + ": no such file or folder"), result.errLines());
    JsonNode report = parse(result);
    assertEquals(10, report.get("maxErrors").asInt());
    assertEquals(2, report.get("exitCode").asInt());
    JsonNode first = report.get("files").get(0);
    assertEquals("ndjson", first.get("format").asString());
    JsonNode findings = first.get("findings");
    assertEquals(4, findings.size());
    JsonNode negative = findings.get(1);
    assertEquals(2, negative.get("record").asInt());
    assertEquals("error", negative.get("severity").asString());
    assertEquals("contract.negative-value", negative.get("code").asString());
    assertEquals("agendaItems[12].resolutions[0].parts[1].contractAwards[0].values[0]", negative.get("path").asString());
    assertEquals("GBP -53000.00", negative.get("parameters").get("value").asString());
    JsonNode cut = findings.get(2);
    assertEquals(List.of("record", "recordLine", "severity", "code", "message", "pointer", "line", "column",
        "byteOffset"), names(cut));
    assertEquals(3, cut.get("record").asInt());
    assertEquals(3, cut.get("recordLine").asInt());
    assertEquals("json.unreadable", cut.get("code").asString());
    assertEquals(Cli.rejection(ValidateCommandTest.CUT_SHORT),
        "at " + cut.get("pointer").asString() + ": " + cut.get("message").asString());
    assertEquals(3, cut.get("line").asInt());
    assertEquals(45, cut.get("column").asInt());
    JsonNode unknown = findings.get(3);
    assertEquals(4, unknown.get("record").asInt());
    assertEquals(5, unknown.get("recordLine").asInt());
    assertEquals("/colour", unknown.get("pointer").asString());
    assertEquals(5, unknown.get("line").asInt());
    assertEquals(38, unknown.get("column").asInt());
    assertEquals(5, first.get("summary").get("records").asInt());
    assertEquals(3, first.get("summary").get("invalid").asInt());

    JsonNode second = report.get("files").get(1);
    assertEquals(List.of("file", "error"), names(second));
    assertEquals(missing.toString(), second.get("file").asString());
    assertEquals("no such file or folder", second.get("error").asString());

    JsonNode summary = report.get("summary");
    assertEquals(1, summary.get("files").asInt());
    assertEquals(1, summary.get("unreadableInputs").asInt());
    assertEquals(3, summary.get("errors").asInt());
    List<String> codes = new ArrayList<>();
    summary.get("byCode").forEach(code -> codes.add(code.get("code").asString() + "=" + code.get("count").asInt()));
    assertEquals(List.of("contract.negative-value=1", "json.unreadable=2", "meeting.declarant-not-in-attendance=1"),
        codes);
  }

  @Test
  void stoppingEarlyIsInTheReport() {
    Path file = write(dir.resolve(BROMLEY), seed(BROMLEY));

    Cli.Result result = run("validate", "--format", "json", "--warnings-as-errors", "--max-errors", "1",
        file.toString(), file.toString());

    assertEquals(1, result.exitCode());
    JsonNode report = parse(result);
    assertTrue(report.get("warningsAsErrors").asBoolean());
    assertTrue(report.get("summary").get("stoppedEarly").asBoolean());
    assertEquals(1, report.get("files").size());
    assertEquals(1, report.get("summary").get("invalid").asInt());
  }

  @Test
  void rulesAsJson() {
    Cli.Result result = run("validate", "--rules", "--format", "json");

    assertEquals(0, result.exitCode());
    JsonNode rules = parse(result).get("rules");
    assertEquals(70, rules.size());
    assertEquals("meeting.end-before-start", rules.get(0).get("code").asString());
    assertEquals("error", rules.get(0).get("severity").asString());
    assertFalse(rules.get(0).get("description").asString().isBlank());
  }
}
