package io.github.minutebook.cli;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a long run, on standard error. Only {@link #forTerminal} draws anything, and only
 * when the run lasts more than a second; the progress bar library is loaded only then.
 */
interface Progress extends AutoCloseable {
  /** Draws nothing. */
  Progress NONE = new Progress() {
    @Override
    public void update(long bytes, long records) {}

    @Override
    public void close() {}
  };

  /**
   * Reports how far the run has got.
   *
   * @param bytes bytes read so far
   * @param records records checked so far
   */
  void update(long bytes, long records);

  @Override
  void close();

  /**
   * A progress bar when standard error, where it is drawn, is a terminal; otherwise {@link #NONE},
   * so that a log or a pipe never receives it.
   *
   * @param totalBytes the size of all inputs, or -1 when unknown (standard input)
   */
  static Progress forTerminal(long totalBytes) {
    return standardErrorIsTerminal() ? new TerminalProgress(totalBytes) : NONE;
  }

  /**
   * Whether standard error is a terminal. Java 17 cannot ask this of one stream ({@code
   * System.console()} describes standard input and output), so: on Linux, where file descriptor 2
   * leads; elsewhere on Unix, {@code test -t 2} run with our standard error; else the console.
   */
  @SuppressWarnings("SystemConsoleNull") // null means no terminal before Java 22; isTerminal() decides after
  static boolean standardErrorIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        return isTerminalDevice(Files.readSymbolicLink(fd).toString());
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    if (!System.getProperty("os.name", "").startsWith("Windows")) {
      try {
        Process test = new ProcessBuilder("sh", "-c", "test -t 2")
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        return test.waitFor(2, TimeUnit.SECONDS) && test.exitValue() == 0;
      } catch (IOException | RuntimeException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    Console console = System.console();
    return console != null && isTerminal(console);
  }

  /** Whether a file descriptor leading to {@code target} (as /proc shows it) is a terminal. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }

  private static boolean isTerminal(Console console) {
    try {
      Method isTerminal = Console.class.getMethod("isTerminal"); // Java 22+
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true; // before Java 22, a console exists only for a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
