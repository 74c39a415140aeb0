package io.github.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report that cannot be written is never a success: with standard output on a full disk or a
 * closed pipe, every command exits with 2 and says why on standard error, and a run whose output
 * is gone stops reading its input.
 */
class OutputFailureTest {
  @TempDir
  Path dir;

  /** Accepts {@code capacity} bytes, then fails as a full disk or a closed pipe does. */
  static final class FailingStream extends OutputStream {
    private final long capacity;
    private final String why;
    long written;
    int failures;

    FailingStream(long capacity, String why) {
      this.capacity = capacity;
      this.why = why;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > capacity) {
        written = capacity; // as much as there was room for
        failures++;
        throw new IOException(why);
      }
      written += len;
    }
  }

  /** Gives {@code line} {@code times} over, made as it is read, and counts what was read. */
  static final class Repeating extends InputStream {
    private final byte[] line;
    private final long total;
    long read;

    Repeating(byte[] line, int times) {
      this.line = line;
      this.total = (long) line.length * times;
    }

    @Override
    public int read() {
      return read >= total ? -1 : line[(int) (read++ % line.length)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - read);
      for (int i = 0; i < n; i++) {
        b[off + i] = line[(int) ((read + i) % line.length)];
      }
      read += n;
      return n;
    }
  }

  private record Run(int exitCode, String err) {}

  private static Run run(InputStream stdin, OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = MinutebookCli.run(args, stdin, out, err);
    return new Run(exitCode, err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"schema", "validate FILE", "validate --format json FILE", "validate INVALID",
      "validate --rules", "validate --rules --format json", "summarize FILE", "--help", "--version",
      "validate --help"})
  void nothingWrittenIsExitCode2WithTheReason(String commandLine) {
    Path file = Cli.write(dir.resolve(Cli.BROMLEY), Cli.seed(Cli.BROMLEY));
    Path invalid = Cli.write(dir.resolve("invalid.json"), ValidateCommandTest.bromleyWithNegativeAward());
    String[] args = commandLine.replace("INVALID", invalid.toString()).replace("FILE", file.toString()).split(" ");
    FailingStream full = new FailingStream(0, "No space left on device");

    Run result = run(InputStream.nullInputStream(), full, args);

    assertEquals(2, result.exitCode(), result.err());
    assertEquals("minutebook: cannot write the report: No space left on device\n", result.err());
    assertEquals(1, full.failures, "nothing more is sent to a stream that failed");
  }

  @Test
  void aReportCutShortIsExitCode2Too() {
    Path file = Cli.write(dir.resolve("seeds.ndjson"), ValidateCommandTest.seedsAsNdjson());
    FailingStream out = new FailingStream(100, "No space left on device");

    Run result = run(InputStream.nullInputStream(), out, "validate", "--format", "json", file.toString());

    assertEquals(2, result.exitCode(), result.err());
    assertEquals(100, out.written);
    assertEquals("minutebook: cannot write the report: No space left on device\n", result.err());
  }

  @Test
  void quietWritesNoReportSoItsOutputCannotFail() {
    Path file = Cli.write(dir.resolve(Cli.BROMLEY), Cli.seed(Cli.BROMLEY));

    Run result = run(InputStream.nullInputStream(), new FailingStream(0, "Broken pipe"), "validate", "-q",
        file.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("", result.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "summarize"})
  void aClosedPipeStopsTheCommandReadingItsInput(String command) {
    byte[] line = (ValidateCommandTest.bromleyWithNegativeAward() + "\n").getBytes(StandardCharsets.UTF_8);
    Repeating stdin = new Repeating(line, 2000);
    FailingStream pipe = new FailingStream(0, "Broken pipe");

    Run result = run(stdin, pipe, command, "-");

    assertEquals(2, result.exitCode(), result.err());
    assertEquals("minutebook: cannot write the report: Broken pipe\n", result.err());
    assertTrue(stdin.read < stdin.total / 4, "read " + stdin.read + " of " + stdin.total + " bytes");
  }

  @Test
  void theProcessExitsWith2WhenStandardOutputIsAFullDisk() {
    File full = new File("/dev/full");
    Assumptions.assumeTrue(full.exists(), "no /dev/full here");

    ChildJvm.Result result = ChildJvm.run(new ProcessBuilder(ChildJvm.command("64m", "schema")).redirectOutput(full),
        dir);

    assertEquals(2, result.exitCode(), result.err());
    assertEquals("minutebook: cannot write the report: No space left on device\n", result.err());
  }

  @Test
  void theProcessExitsWith2WhenStandardOutputIsClosed() throws IOException {
    Assumptions.assumeTrue(new File("/bin/sh").canExecute(), "no /bin/sh here");
    Path file = Cli.write(dir.resolve(Cli.BROMLEY), Cli.seed(Cli.BROMLEY));

    // exec "$@" >&- : the child starts with file descriptor 1 closed
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("/bin/sh", "-c", "exec \"$@\" >&-", "sh"));
    command.addAll(ChildJvm.command("64m", "validate", file.toString()));
    ChildJvm.Result result = ChildJvm.run(new ProcessBuilder(command), dir);

    assertEquals(2, result.exitCode(), result.err());
    assertTrue(result.err().startsWith("minutebook: cannot write the report: "), result.err());
  }
}
