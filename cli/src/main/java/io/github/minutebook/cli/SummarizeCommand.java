package io.github.minutebook.cli;

import io.github.minutebook.json.MeetingRecord;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minutebook summarize}: a readable summary of each meeting in a file. */
@Command(name = "summarize", aliases = "summarise", mixinStandardHelpOptions = true,
    versionProvider = MinutebookCommand.Version.class,
    description = {"Prints a readable summary of each meeting in a file.",
        "",
        "For each meeting: its items and outcomes, its decisions, funding totals by",
        "status, source and financial year, and contract decisions by stage, route and supplier.",
        ""},
    footer = {"", "Exit codes: 0 summarised, 1 a record could not be read or summarised,",
        "2 unreadable input, unwritable output or bad usage."})
final class SummarizeCommand implements Callable<Integer> {
  private static final MinutebookJson JSON = MinutebookJson.standard();

  private final InputStream stdin;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A .json, .ndjson or .jsonl file, or - for standard input.")
  String file = "-";

  /** Summarises one meeting; a field, so that a test can make it run out of memory. */
  Function<CouncilRecord, List<String>> summarizer = MeetingSummary::lines;

  SummarizeCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Writes the summary of one record (after a blank line and a heading, for a record of an array
   * or a stream), or, if the summary does not fit in the heap, says so on standard error.
   *
   * @return whether it was written
   */
  private boolean summarise(CouncilRecord meeting, String name, long number, long line, boolean many, boolean separated,
      PrintWriter out, PrintWriter err) {
    List<String> lines;
    try {
      lines = summarizer.apply(meeting);
    } catch (OutOfMemoryError e) {
      TerminalText.println(err, name + ":" + line + ": record " + number + ": the summary does not fit in the memory"
          + " given to Java (" + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); run java with a larger -Xmx");
      return false;
    }
    if (separated) {
      out.println();
    }
    if (many) {
      TerminalText.println(out, "== " + name + ", record " + number + " (line " + line + ")");
    }
    lines.forEach(text -> TerminalText.println(out, text));
    return true;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (file.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "An empty FILE names nothing: name a file, or - for standard input");
    }
    List<Inputs.Source> sources = Inputs.expand(List.of(file), new ArrayList<>());
    if (sources.size() != 1 || !(sources.get(0) instanceof Inputs.Input input)) {
      String problem = sources.size() == 1 && sources.get(0) instanceof Inputs.Unreadable u ? u.problem()
          : "summarize takes one file, not a folder";
      TerminalText.println(err, "minutebook: cannot read " + file + ": " + problem);
      err.flush();
      return MinutebookCli.EXIT_USAGE;
    }
    int exitCode = MinutebookCli.EXIT_VALID;
    try (Inputs.Opened opened = Inputs.open(input, stdin, new AtomicLong())) {
      if (opened.format() == InputFormat.DOCUMENT) {
        if (opened.size() > Inputs.MAX_DOCUMENT_BYTES) {
          TerminalText.println(err, input.name() + ": the document has " + opened.size() + " bytes; at most "
              + Inputs.MAX_DOCUMENT_BYTES + " are read as one document");
          exitCode = MinutebookCli.EXIT_INVALID;
        } else {
          CouncilRecord meeting = null;
          try {
            meeting = JSON.decodeRecord(Inputs.readDocument(opened.stream()));
          } catch (MinutebookJsonException e) {
            TerminalText.println(err, HumanReport.readErrorLine(input.name(), 1, opened.firstLine(), e));
          } catch (OutOfMemoryError e) {
            TerminalText.println(err, HumanReport.readErrorLine(input.name(), 1, opened.firstLine(),
                ValidationRun.outOfMemory()));
          }
          if (meeting == null || !summarise(meeting, input.name(), 1, opened.firstLine(), false, false, out, err)) {
            exitCode = MinutebookCli.EXIT_INVALID;
          }
        }
      } else {
        Stream<MeetingRecord> records = opened.format() == InputFormat.ARRAY
            ? JSON.readArrayRecords(opened.stream()) : JSON.readNdjsonRecords(opened.stream());
        try (records) {
          Iterator<MeetingRecord> it = records.iterator();
          boolean first = true;
          while (it.hasNext()) { // the readers report a record the heap cannot hold, and go on
            MeetingRecord record = it.next();
            MinutebookJsonException error = record.error().orElse(null);
            if (error != null) {
              TerminalText.println(err, HumanReport.readErrorLine(input.name(), record.number(), record.line(), error));
              exitCode = MinutebookCli.EXIT_INVALID;
              continue;
            }
            if (!summarise(record.recordOrThrow(), input.name(), record.number(), record.line(), true, !first, out,
                err)) {
              exitCode = MinutebookCli.EXIT_INVALID;
              continue;
            }
            first = false;
            if (CheckedWriter.failure(out) != null) {
              break; // a full disk or a closed pipe: MinutebookCli.run says so
            }
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // an UncheckedIOException always has its cause
      IOException cause = e instanceof UncheckedIOException u ? Objects.requireNonNull(u.getCause()) : (IOException) e;
      TerminalText.println(err, "minutebook: cannot read " + input.name() + ": " + Inputs.describe(cause));
      exitCode = MinutebookCli.EXIT_USAGE;
    }
    out.flush();
    err.flush();
    return exitCode;
  }
}
