package io.github.minutebook.cli;

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

/**
 * A record reports at most 1,000 findings, in document order; the others are counted (in the
 * totals, the counts by code and {@code --max-errors}) and a line says how many were left out,
 * {@code findingsLeftOut} in the JSON report.
 */
class FindingsCapTest {
  @TempDir
  Path dir;

  /** A meeting of {@code items} agenda items with blank titles: one error each. */
  static String blankTitles(int items) {
    StringBuilder json = new StringBuilder(items * 16 + 64).append("{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"agendaItems\":[");
    for (int i = 0; i < items; i++) {
      json.append(i == 0 ? "" : ",").append("{\"title\":\" \"}");
    }
    return json.append("]}").toString();
  }

  private static List<String> blankTitleLines(List<String> lines) {
    return lines.stream().filter(line -> line.contains(": ERROR agenda.blank-title at agendaItems[")).toList();
  }

  @Test
  void aRecordShowsItsFirstThousandFindingsAndCountsTheRest() {
    Path file = Cli.write(dir.resolve("blank.json"), blankTitles(2500));

    Cli.Result result = Cli.run("validate", file.toString());

    assertEquals(1, result.exitCode());
    List<String> lines = result.outLines();
    List<String> shown = blankTitleLines(lines);
    assertEquals(1000, shown.size());
    assertTrue(shown.get(0).startsWith(file + ":1: record 1: ERROR agenda.blank-title at agendaItems[0].title: "),
        shown.get(0));
    assertTrue(shown.get(999).contains(" at agendaItems[999].title: "), shown.get(999));
    assertEquals(List.of(
        file + ":1: record 1: 1500 more findings not shown (at most 1000 are shown for a record; all are counted)",
        ValidateCommandTest.fileLine(file, 1, 0, 1, 2500, 0),
        "",
        "Findings by code:",
        "  agenda.blank-title  ERROR    2500",
        "",
        "Total: files 1, records 1, valid 0, invalid 1, errors 2500, warnings 0, notes 0"),
        lines.subList(1000, lines.size()));
  }

  @Test
  void theJsonReportSaysHowManyWereLeftOut() {
    Path file = Cli.write(dir.resolve("blank.json"), blankTitles(2500));
    Path small = Cli.write(dir.resolve("small.json"), blankTitles(3));

    Cli.Result result = Cli.run("validate", "--format", "json", file.toString(), small.toString());

    JsonNode report = JsonMapper.builder().build().readTree(result.out());
    JsonNode first = report.get("files").get(0);
    assertEquals(1000, first.get("findings").size());
    assertEquals(1500, first.get("findingsLeftOut").asLong());
    assertEquals(2500, first.get("summary").get("errors").asLong());
    JsonNode second = report.get("files").get(1);
    assertEquals(3, second.get("findings").size());
    assertFalse(second.has("findingsLeftOut"), second.toString());
    JsonNode summary = report.get("summary");
    assertEquals(1500, summary.get("findingsLeftOut").asLong());
    assertEquals(2503, summary.get("errors").asLong());
    assertEquals(2503, summary.get("byCode").get(0).get("count").asLong());
  }

  @Test
  void eachRecordOfAStreamHasItsOwnThousandAndMaxErrorsCountsThemAll() {
    String record = blankTitles(1200);
    Path file = Cli.write(dir.resolve("blank.ndjson"), record + "\n" + record + "\n" + record + "\n");

    Cli.Result all = Cli.run("validate", file.toString());
    Cli.Result stopped = Cli.run("validate", "--max-errors", "1500", file.toString());

    assertEquals(3000, blankTitleLines(all.outLines()).size());
    List<String> leftOut = new ArrayList<>(all.outLines().stream().filter(line -> line.contains(" more findings")).toList());
    assertEquals(List.of(
        file + ":1: record 1: 200 more findings not shown (at most 1000 are shown for a record; all are counted)",
        file + ":2: record 2: 200 more findings not shown (at most 1000 are shown for a record; all are counted)",
        file + ":3: record 3: 200 more findings not shown (at most 1000 are shown for a record; all are counted)"),
        leftOut);
    assertTrue(stopped.outLines().contains("Stopped after 2400 errors (--max-errors 1500): the rest of the input was "
        + "not read."), stopped.out());
    assertTrue(stopped.outLines().contains(ValidateCommandTest.fileLine(file, 2, 0, 2, 2400, 0)), stopped.out());
  }
}
