package io.github.minutebook.examples;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.Severity;
import io.github.minutebook.validation.ValidationReport;
import io.github.minutebook.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one Minutebook JSON document, validates it with the default rules and prints the report:
 * every violation with its path, code, severity and message, then a one-line verdict.
 *
 * <p>A document that cannot be read at all (malformed JSON, an unknown property, a wrong type, a
 * missing required field) is not a validation problem: decoding throws one {@link
 * MinutebookJsonException}, which says what is wrong and where, by line, column and JSON Pointer.
 *
 * <p>Run it from the project's root after {@code mvn -q -DskipTests package}:
 *
 * <pre>
 * java -cp examples/target/minutebook-examples.jar io.github.minutebook.examples.ReadAndValidate \
 *     examples/data/bromley-executive-2016-09-14.json
 * </pre>
 *
 * <p>With no argument it reads {@code examples/data/bromley-executive-2016-09-14.json}. It exits
 * with status 0 for a valid document, 1 for an invalid one and 2 for one it cannot read.
 */
public final class ReadAndValidate {
  /** The document read when no path is given, relative to the project's root. */
  public static final Path DEFAULT_FILE = Path.of("examples/data/bromley-executive-2016-09-14.json");

  /** The exit status for a document with no errors (warnings allowed). */
  public static final int VALID = 0;
  /** The exit status for a document that was read but has errors. */
  public static final int INVALID = 1;
  /** The exit status for a document that could not be read or decoded. */
  public static final int UNREADABLE = 2;

  private ReadAndValidate() {}

  /** Validates the file named by the first argument, or {@link #DEFAULT_FILE}; exits with the verdict. */
  public static void main(String[] args) {
    Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
    int status = run(file, System.out);
    if (status != VALID) {
      System.exit(status);
    }
  }

  /**
   * Reads, decodes and validates {@code file}, printing the report to {@code out}.
   *
   * @return {@link #VALID}, {@link #INVALID} or {@link #UNREADABLE}
   */
  public static int run(Path file, PrintStream out) {
    // 1. Decode. MinutebookJson is immutable and thread-safe: share one instance.
    Meeting meeting;
    try (InputStream in = Files.newInputStream(file)) {
      // decode(InputStream) reads at most the document limit (64 MiB by default) and does not
      // close the stream; decode(byte[]) and decode(String) work the same way.
      meeting = MinutebookJson.standard().decode(in);
    } catch (MinutebookJsonException e) {
      // The only exception decoding throws. problem() is the sentence without the location;
      // line() and column() count from 1 and are 0 when the problem is not at a place in the text
      // (bytes that are not UTF-8, say, where byteOffset() says where); pointer() is the JSON
      // Pointer of the offending value, "" for the document itself.
      out.printf("%s: cannot read the document: %s%n", file, e.problem());
      out.printf("  at line %d, column %d, JSON Pointer %s%n", e.line(), e.column(),
          e.pointer().isEmpty() ? "\"\" (the document itself)" : e.pointer());
      out.println("UNREADABLE");
      return UNREADABLE;
    } catch (IOException e) {
      out.printf("%s: cannot read the file: %s%n", file, e);
      out.println("UNREADABLE");
      return UNREADABLE;
    }

    // 2. Validate. The default validator never throws; it reports every problem it finds.
    ValidationReport report = MeetingValidator.defaults().validate(meeting);
    print(file.toString(), report, out);
    return report.isValid() ? VALID : INVALID;
  }

  /**
   * Prints a header naming {@code what} was validated, each violation of {@code report} in document
   * order, then the verdict.
   */
  public static void print(String what, ValidationReport report, PrintStream out) {
    out.printf("%s: %s%n", what, count(report.violations().size(), "violation"));
    for (Violation v : report.violations()) {
      // path() is "" for the meeting itself; code() is stable, for filtering and for turning
      // rules off; message() is template() with parameters() filled in.
      out.printf("  %-7s %s%n", v.severity(), v.code());
      out.printf("          at %s%n", v.path().isEmpty() ? "(the meeting)" : v.path());
      out.printf("          %s%n", v.message());
    }
    // isValid() means "no errors": warnings and notes never make a document invalid.
    out.printf("%s: %s, %s, %s%n",
        report.isValid() ? "VALID" : "INVALID",
        count(report.errors().size(), "error"), count(report.warnings().size(), "warning"),
        count(report.withSeverity(Severity.INFO).size(), "note"));
  }

  /** "1 error", "2 errors". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
