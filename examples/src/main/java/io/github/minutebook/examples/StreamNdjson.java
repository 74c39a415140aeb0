package io.github.minutebook.examples;

import io.github.minutebook.json.MeetingRecord;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.ValidationReport;
import io.github.minutebook.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Streams an NDJSON file (one Minutebook document a line) through the validator record by record,
 * in constant memory, carrying on past bad records: it prints each record that cannot be read or
 * is invalid, with its record number and line, and ends with a count.
 *
 * <p>{@link MinutebookJson#readNdjsonRecords} never throws for a bad record: each {@link
 * MeetingRecord} holds either its meeting or its error. (Its strict sibling {@link
 * MinutebookJson#readNdjson} throws at the first bad record instead.)
 *
 * <p>Run it from the project's root after {@code mvn -q -DskipTests package}:
 *
 * <pre>
 * java -cp examples/target/minutebook-examples.jar io.github.minutebook.examples.StreamNdjson \
 *     examples/data/meetings.ndjson
 * </pre>
 *
 * <p>With no argument it reads {@code examples/data/meetings.ndjson}. It exits with status 0 when
 * every record was read and is valid, 1 otherwise.
 */
public final class StreamNdjson {
  /** The file read when no path is given, relative to the project's root. */
  public static final Path DEFAULT_FILE = Path.of("examples/data/meetings.ndjson");

  private StreamNdjson() {}

  /** Streams the file named by the first argument, or {@link #DEFAULT_FILE}. */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
    Counts counts = run(file, System.out);
    if (counts.bad() > 0) {
      System.exit(1);
    }
  }

  /**
   * How many records were valid, invalid (read, with validation errors) and unreadable.
   *
   * @param valid records read with no validation errors (warnings allowed)
   * @param invalid records read that have validation errors
   * @param unreadable records that could not be decoded
   */
  public record Counts(long valid, long invalid, long unreadable) {
    /** The records that are invalid or unreadable. */
    public long bad() {
      return invalid + unreadable;
    }
  }

  /** Streams {@code file} through the default validator, printing each bad record and the count to {@code out}. */
  public static Counts run(Path file, PrintStream out) throws IOException {
    MeetingValidator validator = MeetingValidator.defaults();
    long valid = 0;
    long invalid = 0;
    long unreadable = 0;
    // Closing the stream closes the input: use try-with-resources on the stream.
    try (InputStream in = Files.newInputStream(file);
        Stream<MeetingRecord> records = MinutebookJson.standard().readNdjsonRecords(in)) {
      // A plain loop over the lazy stream: one record in memory at a time.
      for (Iterator<MeetingRecord> it = records.iterator(); it.hasNext(); ) {
        MeetingRecord record = it.next();
        // number() counts records from 1, skipping blank lines; line() is where the record starts.
        if (record.error().isPresent()) {
          MinutebookJsonException e = record.error().get();
          // The error's line and column are in the whole file, not in the line on its own.
          out.printf("record %d (line %d): cannot be read: %s%n", record.number(), record.line(), e.problem());
          out.printf("    at line %d, column %d, JSON Pointer %s%n", e.line(), e.column(),
              e.pointer().isEmpty() ? "\"\"" : e.pointer());
          unreadable++;
          continue;
        }
        Meeting meeting = record.meeting().orElseThrow();
        ValidationReport report = validator.validate(meeting);
        if (report.isValid()) {
          valid++;
          continue;
        }
        invalid++;
        out.printf("record %d (line %d): invalid, %s%n", record.number(), record.line(),
            ReadAndValidate.count(report.errors().size(), "error"));
        for (Violation v : report.errors()) {
          out.printf("    %s %s at %s: %s%n", v.severity(), v.code(), v.path().isEmpty() ? "(the meeting)" : v.path(),
              v.message());
        }
      }
    }
    Counts counts = new Counts(valid, invalid, unreadable);
    out.printf("%s: %d records: %d valid, %d invalid, %d unreadable%n", file, valid + invalid + unreadable, valid,
        invalid, unreadable);
    return counts;
  }
}
