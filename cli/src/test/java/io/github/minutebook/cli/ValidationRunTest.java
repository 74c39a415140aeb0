package io.github.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.json.MeetingRecord;
import io.github.minutebook.json.MinutebookJson;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The reader, the pool and the ordered queue: the same report on one thread and on many. */
class ValidationRunTest {
  @TempDir
  Path dir;

  private static String report(List<Inputs.Source> sources, int threads, Integer maxErrors) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = new ValidationRun(sources, new ByteArrayInputStream(new byte[0]), new HumanReport(new PrintWriter(out)),
        new PrintWriter(err), false, maxErrors, Progress.NONE, threads,
        io.github.minutebook.validation.MeetingValidator.defaults()).run();
    return "exit " + exitCode + "\n" + out + err;
  }

  @Test
  void manyRecordsAreReportedInInputOrderWhateverTheNumberOfThreads() {
    StringBuilder ndjson = new StringBuilder();
    String negative = ValidateCommandTest.bromleyWithNegativeAward();
    for (int i = 0; i < 300; i++) {
      String name = Cli.SEEDS.get(i % Cli.SEEDS.size());
      ndjson.append(i % 7 == 3 ? negative : i % 11 == 5 ? "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"date\":1}" : Cli.compact(name))
          .append('\n');
    }
    Path file = Cli.write(dir.resolve("many.ndjson"), ndjson.toString());
    Path folder = Cli.copySeeds(dir.resolve("seeds"));
    List<Inputs.Source> sources = Inputs.expand(List.of(file.toString(), folder.toString()), new ArrayList<>());

    String one = report(sources, 1, null);
    String four = report(sources, 4, null);
    String stoppedOne = report(sources, 1, 25);
    String stoppedFour = report(sources, 4, 25);

    assertEquals(one, four);
    assertEquals(stoppedOne, stoppedFour);
    assertTrue(one.startsWith("exit 1\n"), one);
    List<String> lines = Cli.lines(one);
    assertEquals("Total: files 6, records 305, valid 239, invalid 66, errors 66, warnings 91, notes 0",
        lines.get(lines.size() - 1));
    assertTrue(stoppedOne.contains("Stopped after 25 errors (--max-errors 25)"), stoppedOne);
    long[] previous = {0};
    lines.stream().filter(line -> line.startsWith(file + ":") && line.contains(": record ")).forEach(line -> {
      long record = Long.parseLong(line.replaceAll(".*: record (\\d+): .*", "$1"));
      assertTrue(record >= previous[0], line);
      previous[0] = record;
    });
  }

  @Test
  void batchesGiveTheSameRecordNumbersLinesAndOffsetsAsReadingTheWholeFile() throws IOException {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      if (i % 50 == 49) {
        ndjson.append("  \r\n"); // a blank line: not a record
      }
      ndjson.append(i % 37 == 0 ? "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"date\":" + i + "}"
          : Cli.compact(Cli.SEEDS.get(i % Cli.SEEDS.size()))).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    Path file = Cli.write(dir.resolve("batches.ndjson"), ndjson.toString());
    assertTrue(Files.size(file) > 10L * ValidationRun.BATCH_BYTES);
    List<String> expected = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        Stream<MeetingRecord> records = MinutebookJson.standard().readNdjsonRecords(in)) {
      records.forEach(record -> record.error().ifPresent(e -> expected.add(record.number() + " " + record.line()
          + " " + e.line() + ":" + e.column() + " @" + e.byteOffset() + " " + e.pointer() + " " + e.problem())));
    }

    Cli.Result result = Cli.run("validate", "--format", "json", file.toString());

    List<String> actual = new ArrayList<>();
    JsonMapper.builder().build().readTree(result.out()).get("files").get(0).get("findings").forEach(finding -> {
      if (finding.get("code").asString().equals(Tally.UNREADABLE_CODE)) {
        actual.add(finding.get("record").asLong() + " " + finding.get("recordLine").asLong() + " "
            + finding.get("line").asInt() + ":" + finding.get("column").asInt() + " @"
            + finding.get("byteOffset").asLong() + " " + finding.get("pointer").asString() + " "
            + finding.get("message").asString());
      }
    });
    assertEquals(11, expected.size());
    assertEquals(expected, actual);
    assertTrue(result.out().contains("\"records\": 400"), result.out());
  }

  @Test
  void aLineLongerThanAnyDocumentIsReportedAndSkipped() throws IOException {
    Path file = dir.resolve("long.ndjson");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      out.write((Cli.compact("leeds-strategic-commissioning.json") + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) 'x');
      for (int i = 0; i < 65; i++) {
        out.write(spaces);
      }
      out.write('\n');
      out.write((Cli.compact("leeds-strategic-commissioning.json") + "\n").getBytes(StandardCharsets.UTF_8));
    }

    Cli.Result result = Cli.run("validate", file.toString());

    assertEquals(1, result.exitCode());
    long secondLine = Cli.compact("leeds-strategic-commissioning.json").getBytes(StandardCharsets.UTF_8).length + 1;
    assertEquals(List.of(
        file + ":2: record 2: ERROR json.unreadable at byte " + secondLine + ": the line has more than 67108864 bytes",
        ValidateCommandTest.fileLine(file, 3, 2, 1, 1, 0)), Cli.lines(result.out()).subList(0, 2));
  }

  @Test
  void standardInputCanBeReadTwiceWithoutClosingIt() {
    byte[] ndjson = (Cli.compact("leeds-strategic-commissioning.json") + "\n").getBytes(StandardCharsets.UTF_8);

    Cli.Result result = Cli.runWithInput(ndjson, "validate", "-", "-");

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("Total: files 2, records 1, valid 1, invalid 0, errors 0, warnings 0, notes 0",
        result.outLines().get(result.outLines().size() - 1));
  }
}
