package io.github.minutebook.cli;

import java.io.Console;
import java.lang.reflect.Method;

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
   * A progress bar when the process runs in a terminal ({@code System.console()} is not null and,
   * on Java 22 and later, is a terminal), otherwise {@link #NONE}.
   *
   * @param totalBytes the size of all inputs, or -1 when unknown (standard input)
   */
  static Progress forTerminal(long totalBytes) {
    Console console = System.console();
    if (console == null || !isTerminal(console)) {
      return NONE;
    }
    return new TerminalProgress(totalBytes);
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
