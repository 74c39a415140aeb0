package io.github.minutebook.cli;

import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.validation.Violation;
import java.util.List;
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
   * @param violations what validation found, in document order; empty when it could not be read
   */
  record Checked(long number, long line, @Nullable MinutebookJsonException error, List<Violation> violations)
      implements Event {}

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
