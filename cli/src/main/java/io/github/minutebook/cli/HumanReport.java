package io.github.minutebook.cli;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.validation.Violation;
import java.io.PrintWriter;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The report for people: one line per finding, in the form compilers use
 * ({@code file:line: record n: SEVERITY code at path: message}), a line per file, then the
 * findings by code and the totals. Every line goes through {@link TerminalText#println}: names,
 * messages and file names are printed with their control characters escaped, and what a message
 * echoes from the data is shortened ({@link TerminalText#message}).
 */
final class HumanReport implements Report {
  private final PrintWriter out;

  HumanReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void fileStarted(String name, InputFormat format) {}

  @Override
  public void record(String file, Event.Checked record) {
    MinutebookJsonException error = record.error();
    if (error != null) {
      TerminalText.println(out, readErrorLine(file, record.number(), record.line(), error));
    }
    Event.NotConverted notConverted = record.notConverted();
    if (notConverted != null) {
      for (ConversionNote reason : notConverted.failed()) {
        TerminalText.println(out, file + ": record " + record.number() + ": ERROR " + reason.code() + " at "
            + (reason.path().isEmpty() ? "(root)" : TerminalText.shorten(reason.path(), TerminalText.MESSAGE_WIDTH))
            + ": " + TerminalText.shorten(notConverted.source(), TerminalText.MESSAGE_WIDTH) + ": "
            + TerminalText.message(reason.message()));
      }
    }
    for (Violation v : record.violations()) {
      TerminalText.println(out, file + ":" + record.line() + ": record " + record.number() + ": " + v.severity() + " "
          + v.code() + " at " + (v.path().isEmpty() ? "(root)" : TerminalText.shorten(v.path(), TerminalText.MESSAGE_WIDTH))
          + ": " + TerminalText.message(v.message()));
    }
    long leftOut = record.leftOut().count();
    if (leftOut > 0) {
      TerminalText.println(out, file + ":" + record.line() + ": record " + record.number() + ": " + leftOut
          + (leftOut == 1 ? " more finding" : " more findings") + " not shown (at most " + Event.Checked.MOST_SHOWN
          + " are shown for a record; all are counted)");
    }
  }

  /**
   * The line reporting a record that could not be read, at its exact place where known; not yet
   * escaped, but with what it echoes from the data shortened.
   */
  static String readErrorLine(String file, long number, long recordLine, MinutebookJsonException error) {
    String where = error.line() <= 0 ? (recordLine > 0 ? ":" + recordLine : "")
        : error.column() > 0 ? ":" + error.line() + ":" + error.column() : ":" + error.line();
    String at = !error.pointer().isEmpty() ? TerminalText.shorten(error.pointer(), TerminalText.MESSAGE_WIDTH)
        : error.column() <= 0 && error.byteOffset() >= 0 ? "byte " + error.byteOffset() : "(root)";
    return file + where + ": record " + number + ": ERROR " + Tally.UNREADABLE_CODE + " at " + at + ": "
        + TerminalText.message(error.problem());
  }

  @Override
  public void fileFinished(String name, Tally tally) {
    TerminalText.println(out, name + ": " + counts(tally));
  }

  @Override
  public void inputFailed(String name, String problem, @Nullable Tally tally) {
    if (tally != null) {
      TerminalText.println(out, name + ": " + counts(tally) + ", then could not be read further");
    }
  }

  @Override
  public void finished(Summary summary) {
    Tally total = summary.total();
    if (summary.stopped()) {
      long counted = total.errorsCounted();
      out.println("Stopped after " + counted + (counted == 1 ? " error" : " errors") + " (--max-errors "
          + summary.maxErrors() + "): the rest of the input was not read.");
    }
    if (!total.byCode.isEmpty()) {
      out.println();
      out.println("Findings by code:");
      int width = total.byCode.keySet().stream().mapToInt(String::length).max().orElse(0);
      for (Map.Entry<String, Tally.CodeCount> entry : total.byCode.entrySet()) {
        TerminalText.println(out, "  " + pad(entry.getKey(), width) + "  " + pad(entry.getValue().severity.name(), 7) + "  "
            + entry.getValue().count);
      }
    }
    out.println();
    out.println("Total: files " + summary.files() + ", " + counts(total)
        + (summary.unreadable() > 0 ? ", unreadable inputs " + summary.unreadable() : ""));
    out.flush();
  }

  static String counts(Tally tally) {
    return "records " + tally.records + ", valid " + tally.valid + ", invalid " + tally.invalid + ", errors "
        + tally.errors + ", warnings " + tally.warnings + ", notes " + tally.notes;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
