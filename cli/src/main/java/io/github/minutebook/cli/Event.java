package io.github.minutebook.cli;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.validation.ValidationReport;
import io.github.minutebook.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** What the reader of a validation run hands, in input order, to the report. */
sealed interface Event {
  /**
   * An input was opened.
   *
   * @param name its name
   * @param format how it holds its documents
   */
  record FileStarted(String name, InputFormat format) implements Event {}

  /**
   * One record was read and, if it could be, validated.
   *
   * @param number the record's number in its input, from 1
   * @param line the line on which it starts
   * @param error why it could not be read, or {@code null}
   * @param notConverted why the importer ({@code --from}) could not convert it, or {@code null}
   * @param violations what validation found, in document order, up to {@link #MOST_SHOWN}; empty
   *     when it could not be read or converted
   * @param leftOut the findings after the first {@link #MOST_SHOWN}: counted, not shown
   */
  record Checked(long number, long line, @Nullable MinutebookJsonException error, @Nullable NotConverted notConverted,
      List<Violation> violations, LeftOut leftOut) implements Event {
    /** The most findings reported for one record; the others are counted. */
    static final int MOST_SHOWN = 1000;

    /** A record with no findings left out, read as a Minutebook document. */
    Checked(long number, long line, @Nullable MinutebookJsonException error, List<Violation> violations) {
      this(number, line, error, null, violations, LeftOut.NONE);
    }

    /**
     * A record that an importer read but could not convert: it is unreadable, with the importer's
     * reasons as its findings.
     */
    static Checked notConverted(long number, NotConverted why) {
      return new Checked(number, 0, null, why, List.of(), LeftOut.NONE);
    }

    /**
     * A record that was read and validated: its first {@link #MOST_SHOWN} findings are kept, the
     * others counted by code, so that a record with a million findings holds a thousand. The
     * validator lists at most that many itself, so that they are never all held at once.
     */
    static Checked validated(long number, long line, ValidationReport report) {
      List<Violation> violations = report.violations();
      Map<String, Tally.CodeCount> byCode = new TreeMap<>();
      long count = 0;
      for (Violation v : violations.subList(Math.min(MOST_SHOWN, violations.size()), violations.size())) {
        byCode.computeIfAbsent(v.code(), c -> new Tally.CodeCount(v.severity())).count++;
        count++;
      }
      for (ValidationReport.LeftOut left : report.leftOut()) {
        byCode.computeIfAbsent(left.code(), c -> new Tally.CodeCount(left.severity())).count += left.count();
        count += left.count();
      }
      List<Violation> shown = violations.size() <= MOST_SHOWN ? violations : List.copyOf(violations.subList(0, MOST_SHOWN));
      return new Checked(number, line, null, null, shown, count == 0 ? LeftOut.NONE : new LeftOut(count, byCode));
    }
  }

  /**
   * Why an importer could not convert a record: its {@link ConversionNote.Kind#FAILED} notes, each
   * reported as an error with the importer's own code ({@code ocds.not-a-release}, {@code
   * oparl.deleted}).
   *
   * @param source where the record was in its input, as the importer names it
   * @param failed the importer's notes of kind {@code FAILED}, at least one, in the order met
   */
  record NotConverted(String source, List<ConversionNote> failed) {
    /** Checks that there is a reason. */
    public NotConverted {
      failed = List.copyOf(failed);
      if (failed.isEmpty() || failed.stream().anyMatch(note -> note.kind() != ConversionNote.Kind.FAILED)) {
        throw new IllegalArgumentException("a record not converted needs its FAILED notes, and only those: " + failed);
      }
    }
  }

  /**
   * The findings of a record that are counted but not reported.
   *
   * @param count how many
   * @param byCode how many of each code, with its severity
   */
  record LeftOut(long count, Map<String, Tally.CodeCount> byCode) {
    /** None left out. */
    static final LeftOut NONE = new LeftOut(0, Map.of());
  }

  /**
   * Consecutive records of an NDJSON input, read and validated together.
   *
   * @param records the records, numbered from 1 within the batch; their lines are in the whole input
   */
  record Batch(List<Checked> records) implements Event {}

  /**
   * The input was read to its end.
   *
   * @param name its name
   */
  record FileFinished(String name) implements Event {}

  /**
   * An input could not be read (before or while reading it).
   *
   * @param name its name
   * @param problem why
   */
  record InputFailed(String name, String problem) implements Event {}

  /**
   * The reader itself failed: a bug or the virtual machine running out of memory.
   *
   * @param failure what was thrown
   */
  record ReaderFailed(Throwable failure) implements Event {}

  /** The end of the inputs. */
  record End() implements Event {}
}
