package io.github.minutebook.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * NDJSON as the reader should see it: a line holding only white space is blank, carriage returns
 * included. The reader takes one {@code \r} before the line end as part of it, and a line of
 * spaces and tabs as blank, but a line holding only {@code \r} (or {@code \r\r\n}) was a record,
 * reported as an empty document. Here the carriage returns of a line that holds nothing but
 * spaces, tabs and carriage returns become spaces; every other byte passes unchanged, and no byte
 * is added or removed, so lines and byte offsets stay those of the input.
 *
 * <p>Whether a line is blank is known only at its end, so its leading white space is held until
 * then, up to {@value #MOST_HELD} bytes: a line with more leading white space than that may be
 * passed as it is (and if it has a lone carriage return, be reported as an empty record).
 */
final class BlankLines extends FilterInputStream {
  /** The most leading white space held back to decide whether a line is blank. */
  static final int MOST_HELD = 64 * 1024;

  private final byte[] buffer = new byte[2 * MOST_HELD];
  /** What the caller has not yet read: {@code buffer[position, decided)}. */
  private int position;
  private int decided;
  /** Bytes read from the input: {@code buffer[0, limit)}; {@code [decided, limit)} is the current line's leading white space. */
  private int limit;
  /** Whether the current line has held only white space so far. */
  private boolean blankSoFar = true;
  private boolean ended;

  BlankLines(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    if (!ready()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!ready()) {
      return -1;
    }
    int n = Math.min(len, decided - position);
    System.arraycopy(buffer, position, b, off, n);
    position += n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n && ready()) {
      int step = (int) Math.min(n - skipped, decided - position);
      position += step;
      skipped += step;
    }
    return skipped;
  }

  @Override
  public int available() {
    return decided - position;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Reads until some bytes are decided; false at the end of the input. */
  private boolean ready() throws IOException {
    while (position == decided) {
      if (ended) {
        return false;
      }
      // keep only the undecided white space, at the front
      int held = limit - decided;
      System.arraycopy(buffer, decided, buffer, 0, held);
      position = 0;
      decided = 0;
      limit = held;
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        ended = true;
        if (blankSoFar) {
          blank(0, limit); // the last line, without a line end, is blank
        }
        decided = limit;
        continue;
      }
      scan(limit, limit + read);
      limit += read;
      if (blankSoFar && limit - decided >= MOST_HELD) {
        blankSoFar = false; // too much white space to hold: pass it on as it is
        decided = limit;
      }
    }
    return true;
  }

  /** Looks at newly read bytes, deciding each line as its end or its first other byte comes. */
  private void scan(int from, int to) {
    int lineStart = decided;
    for (int i = from; i < to; i++) {
      byte c = buffer[i];
      if (c == '\n') {
        if (blankSoFar) {
          blank(lineStart, i);
        }
        blankSoFar = true;
        lineStart = i + 1;
      } else if (blankSoFar && c != ' ' && c != '\t' && c != '\r') {
        blankSoFar = false;
      }
    }
    decided = blankSoFar ? lineStart : to;
  }

  /** Turns the carriage returns of a blank line into spaces. */
  private void blank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == '\r') {
        buffer[i] = ' ';
      }
    }
  }
}
