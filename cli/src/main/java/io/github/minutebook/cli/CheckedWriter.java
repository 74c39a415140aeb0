package io.github.minutebook.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Standard output or error as picocli wants it, a {@link PrintWriter}, but one that keeps the
 * first error of the stream under it. A {@code PrintWriter} swallows write errors, so that a
 * report written to a full disk or a closed pipe was lost while the command exited with 0; the
 * commands ask {@link #failure(PrintWriter)} as they go, stop when the output has failed, and
 * {@link MinutebookCli#run} then exits with 2 and says why.
 *
 * <p>Asking is cheap (a field read, no flush), so it can be done after every record. After the
 * first error nothing more is sent to the stream: a closed pipe costs no further system calls.
 */
final class CheckedWriter extends PrintWriter {
  private final Trap trap;

  private CheckedWriter(Trap trap, boolean autoFlush) {
    super(new BufferedWriter(new OutputStreamWriter(trap, StandardCharsets.UTF_8), 1 << 16), autoFlush);
    this.trap = trap;
  }

  /**
   * A writer of UTF-8 text to {@code stream}, buffered.
   *
   * @param stream standard output or error
   * @param autoFlush whether each line is flushed as it is written (for standard error)
   */
  static CheckedWriter of(OutputStream stream, boolean autoFlush) {
    return new CheckedWriter(new Trap(stream), autoFlush);
  }

  /**
   * Why writing to {@code out} failed, or {@code null} if it has not. For a {@link CheckedWriter},
   * what the stream said ("Broken pipe", "No space left on device"), without flushing; for
   * another writer, its {@link PrintWriter#checkError()}, which flushes it.
   */
  static @Nullable String failure(PrintWriter out) {
    if (out instanceof CheckedWriter checked) {
      IOException failure = checked.trap.failure;
      return failure == null ? null : describe(failure);
    }
    return out.checkError() ? "the output stream failed" : null;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Passes bytes on until the stream fails; then keeps the error and fails at once. */
  private static final class Trap extends FilterOutputStream {
    volatile @Nullable IOException failure;

    Trap(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      check();
      try {
        out.write(b);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      check();
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() throws IOException {
      check();
      try {
        out.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        flush();
      } finally {
        out.close();
      }
    }

    private void check() throws IOException {
      IOException earlier = failure;
      if (earlier != null) {
        throw new IOException(earlier.getMessage(), earlier);
      }
    }

    private IOException failed(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
