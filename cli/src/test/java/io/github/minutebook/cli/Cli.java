package io.github.minutebook.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the command in-process, as the tests do, and keeps what it printed. */
final class Cli {
  /** The five golden files, by file name. */
  static final List<String> SEEDS = List.of(
      "a2020-scrutiny-update.json",
      "bromley-chief-executive-scrutiny.json",
      "bromley-executive-2016-09-14.json",
      "hackney-executive-response.json",
      "leeds-strategic-commissioning.json");

  /**
   * Bromley's Executive. The seeds validate with no finding, so {@link #seed(String)} gives this one
   * with a line of attendance added, for the tests to have a finding to report: the Director of
   * Corporate Services, who declares an interest at minute 70, also recorded as sending apologies.
   * {@link #golden(String)} gives the golden file itself.
   */
  static final String BROMLEY = "bromley-executive-2016-09-14.json";

  /** The finding in {@link #seed(String) seed(BROMLEY)}: the declarant recorded as sending apologies. */
  static final String BROMLEY_WARNING = "WARNING meeting.declarant-not-in-attendance at declarations[0].person: "
      + "Director of Corporate Services made a declaration at this meeting but is recorded as sending apologies";

  private Cli() {}

  /**
   * What one run printed, and its exit code.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return lines(out);
    }

    List<String> errLines() {
      return lines(err);
    }
  }

  /** The lines of {@code text}, without the empty string after a final line end. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (text.isEmpty() || text.endsWith("\n")) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  static Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  static Result runWithInput(byte[] stdin, String... args) {
    return runWithInput(new ByteArrayInputStream(stdin), args);
  }

  static Result runWithInput(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = MinutebookCli.run(args, stdin, new PrintWriter(out), new PrintWriter(err));
    return new Result(exitCode, out.toString().replace(System.lineSeparator(), "\n"),
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  /**
   * A golden file's text, except that Bromley's Executive has one finding (see {@link #BROMLEY}).
   */
  static String seed(String name) {
    if (!name.equals(BROMLEY)) {
      return golden(name);
    }
    io.github.minutebook.json.MinutebookJson json = io.github.minutebook.json.MinutebookJson.standard();
    io.github.minutebook.meeting.Meeting bromley = json.decode(golden(name));
    List<io.github.minutebook.meeting.Attendance> attendance = new ArrayList<>(bromley.attendance());
    attendance.add(io.github.minutebook.meeting.Attendance.of(
        io.github.minutebook.party.Person.ofPost("Director of Corporate Services"),
        io.github.minutebook.meeting.AttendanceRole.APOLOGIES));
    return new String(json.encodePretty(bromley.withAttendance(attendance)), StandardCharsets.UTF_8);
  }

  /** A golden file's text, as the library's tests have it. */
  static String golden(String name) {
    try (InputStream in = Cli.class.getResourceAsStream("seeds/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no seed " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A golden file as one compact line of NDJSON. */
  static String compact(String name) {
    return io.github.minutebook.json.MinutebookJson.standard().encodeToString(
        io.github.minutebook.json.MinutebookJson.standard().decode(seed(name)));
  }

  /**
   * Where and why the library rejects {@code json}: {@code "at POINTER: PROBLEM"}, as the text report
   * ends an unreadable record's line. The tests take Jackson's wording of syntax errors from the
   * library rather than repeat it.
   */
  static String rejection(String json) {
    try {
      io.github.minutebook.json.MinutebookJson.standard().decode(json);
    } catch (io.github.minutebook.json.MinutebookJsonException e) {
      return "at " + (e.pointer().isEmpty() ? "(root)" : e.pointer()) + ": " + e.problem();
    }
    throw new AssertionError("accepted: " + json);
  }

  /** Copies the five golden files into {@code folder}. */
  static Path copySeeds(Path folder) {
    try {
      Files.createDirectories(folder);
      for (String name : SEEDS) {
        Files.writeString(folder.resolve(name), seed(name));
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
