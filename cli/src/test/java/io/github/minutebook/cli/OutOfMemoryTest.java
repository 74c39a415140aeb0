package io.github.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.Rule;
import io.github.minutebook.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * No path of the command line ends in a stack trace when the heap runs out: a record whose
 * decoding, validation or summary does not fit is reported as a located error for that record
 * (exit 1), and the run goes on with the next.
 */
class OutOfMemoryTest {
  private static final String EXHAUSTS = "exhausts the heap";

  @TempDir
  Path dir;

  /** The default rules, and one that runs out of memory on a meeting titled {@value #EXHAUSTS}. */
  private static final MeetingValidator EXHAUSTIBLE = MeetingValidator.builder().addDefaultRules()
      .addRule(Rule.of(Meeting.class, "test.exhausts-the-heap", Severity.ERROR, "Runs out of memory on purpose.",
          (meeting, context) -> {
            if (meeting.title().filter(EXHAUSTS::equals).isPresent()) {
              throw new OutOfMemoryError("Java heap space");
            }
          }))
      .build();

  private static String leeds(String title) {
    MinutebookJson json = MinutebookJson.standard();
    return json.encodeToString(json.decode(Cli.seed("leeds-strategic-commissioning.json")).withTitle(title));
  }

  private String validate(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = new ValidationRun(Inputs.expand(List.of(file.toString()), new ArrayList<>()),
        new ByteArrayInputStream(new byte[0]), new HumanReport(new PrintWriter(out)), new PrintWriter(err), false, null,
        Progress.NONE, 2, EXHAUSTIBLE).run();
    return "exit " + exitCode + "\n" + out + err;
  }

  private static String outOfMemoryLine(Path file, long line, long record) {
    return file + ":" + line + ": record " + record + ": ERROR validation.out-of-memory at (root): The record could not "
        + "be validated in the memory given to Java (" + (Runtime.getRuntime().maxMemory() >> 20) + " MiB): its "
        + "findings do not fit; run java with a larger -Xmx";
  }

  @Test
  void aDocumentWhoseValidationRunsOutOfMemoryIsALocatedErrorNotAStackTrace() {
    Path file = Cli.write(dir.resolve("exhausting.json"), leeds(EXHAUSTS));

    String report = validate(file);

    assertEquals(List.of("exit 1", outOfMemoryLine(file, 1, 1), ValidateCommandTest.fileLine(file, 1, 0, 1, 1, 0)),
        Cli.lines(report).subList(0, 3));
  }

  @Test
  void inAnArrayOrAStreamTheRunGoesOnWithTheNextRecord() {
    Path array = Cli.write(dir.resolve("array.json"), "[\n" + leeds("first") + ",\n" + leeds(EXHAUSTS) + ",\n"
        + leeds("third") + "\n]\n");
    Path ndjson = Cli.write(dir.resolve("stream.ndjson"), leeds("first") + "\n" + leeds(EXHAUSTS) + "\n"
        + leeds("third") + "\n");

    List<String> fromArray = Cli.lines(validate(array));
    List<String> fromStream = Cli.lines(validate(ndjson));

    assertEquals(List.of("exit 1", outOfMemoryLine(array, 3, 2), ValidateCommandTest.fileLine(array, 3, 2, 1, 1, 0)),
        fromArray.subList(0, 3));
    assertEquals(List.of("exit 1", outOfMemoryLine(ndjson, 2, 2), ValidateCommandTest.fileLine(ndjson, 3, 2, 1, 1, 0)),
        fromStream.subList(0, 3));
  }

  @Test
  void aSummaryThatDoesNotFitIsALocatedErrorAndTheOtherRecordsAreSummarised() {
    byte[] ndjson = (leeds("first") + "\n" + leeds(EXHAUSTS) + "\n" + leeds("third") + "\n")
        .getBytes(StandardCharsets.UTF_8);
    SummarizeCommand command = new SummarizeCommand(new ByteArrayInputStream(ndjson));
    command.summarizer = meeting -> {
      if (meeting instanceof Meeting m && m.title().filter(EXHAUSTS::equals).isPresent()) {
        throw new OutOfMemoryError("Java heap space");
      }
      return MeetingSummary.lines(meeting);
    };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));

    int exitCode = commandLine.execute("-");

    assertEquals(1, exitCode);
    assertEquals(List.of("<stdin>:2: record 2: the summary does not fit in the memory given to Java ("
        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); run java with a larger -Xmx"), Cli.lines(err.toString()));
    assertEquals(List.of("== <stdin>, record 1 (line 1)", "== <stdin>, record 3 (line 3)"),
        Cli.lines(out.toString()).stream().filter(line -> line.startsWith("== ")).toList());
  }

  // --- the case of issue 16, in a virtual machine of 128 MiB ---

  /** About 4.6 MB: a third of a million agenda items with blank titles, one error each. */
  private Path manyFindings() {
    return Cli.write(dir.resolve("many-findings.json"), FindingsCapTest.blankTitles(330_000));
  }

  private static void assertNoStackTrace(ChildJvm.Result result) {
    assertFalse(result.err().contains("\tat ") || result.err().contains("Exception in thread")
        || result.out().contains("\tat "), result.err());
  }

  @Test
  void validatingADocumentWithAThirdOfAMillionFindingsIn128MiBEndsInAReport() {
    Path file = manyFindings();

    ChildJvm.Result text = ChildJvm.run(new ProcessBuilder(ChildJvm.command("128m", "validate", "--no-progress",
        file.toString())), dir);

    assertNoStackTrace(text);
    assertEquals(1, text.exitCode(), text.err());
    List<String> lines = Cli.lines(text.out());
    assertTrue(lines.get(lines.size() - 1).startsWith("Total: files 1, records 1, valid 0, invalid 1, errors "),
        lines.get(lines.size() - 1));
    // the validator keeps the first thousand findings as it finds them and counts the rest, so all
    // are counted in a heap that could never hold them
    assertTrue(lines.contains(file + ":1: record 1: 329000 more findings not shown (at most 1000 are shown for a "
        + "record; all are counted)"), String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size())));
    assertFalse(text.out().contains("validation.out-of-memory"));
  }

  @Test
  void summarizingItIn128MiBEndsInASummaryOrALocatedError() {
    Path file = manyFindings();

    ChildJvm.Result result = ChildJvm.run(new ProcessBuilder(ChildJvm.command("128m", "summarize", file.toString())),
        dir);

    assertNoStackTrace(result);
    assertTrue(result.exitCode() == 0 && result.out().startsWith("Authority: (not stated)\n")
        || result.exitCode() == 1 && result.err().contains(": record 1: "), result.exitCode() + " " + result.err());
  }

  @Test
  void aRecordTooLongToHoldInTheHeapIsSkippedAndTheNextRecordsAreRead() throws java.io.IOException {
    // 40 MB is under the 64 MiB record limit, but a 48 MiB heap cannot grow the read buffer to
    // hold it: the record is reported and skipped, keeping none of it, on both streaming paths
    String leeds = Cli.compact("leeds-strategic-commissioning.json");
    String huge = "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"title\":\"" + "x".repeat(40_000_000) + "\"}";
    Path ndjson = dir.resolve("huge.ndjson");
    java.nio.file.Files.writeString(ndjson, leeds + "\n" + huge + "\n" + leeds + "\n");
    Path array = dir.resolve("huge-array.json");
    java.nio.file.Files.writeString(array, "[" + leeds + ",\n" + huge + ",\n" + leeds + "]");

    for (Path file : List.of(ndjson, array)) {
      ChildJvm.Result result = ChildJvm.run(new ProcessBuilder(ChildJvm.command("48m", "validate", "--no-progress",
          file.toString())), dir);

      assertNoStackTrace(result);
      assertEquals(1, result.exitCode(), result.out() + result.err());
      List<String> lines = Cli.lines(result.out());
      assertTrue(lines.get(0).startsWith(file + ":2") && lines.get(0).contains(": record 2: ") && lines.get(0).contains(
          "the record is too large to decode in the memory given to Java"), lines.get(0));
      assertTrue(lines.contains(ValidateCommandTest.fileLine(file, 3, 2, 1, 1, 0)), String.join("\n", lines));
    }
  }
}
