package io.github.minutebook.beam;

import io.github.minutebook.json.MinutebookJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * A record that could not be read as a Minutebook document (malformed JSON, bad UTF-8, a value the
 * format refuses, a record over the size limit), or a file that could not be read at all: where,
 * and why.
 *
 * @param origin the record's file, starting line and number
 * @param problem what is wrong, in words
 * @param line the line of the file where the problem is, from 1; 0 when unknown
 * @param column the column (in characters) of that line, from 1; 0 when unknown
 * @param pointer the JSON Pointer into the record of the value at fault; empty for the record itself
 */
public record Unreadable(Origin origin, String problem, int line, int column, String pointer) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An unreadable record. */
  public Unreadable {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * The unreadable record for a codec error, whose line and column count within a part of the file
   * that starts at {@code firstLine}.
   */
  static Unreadable of(Origin origin, MinutebookJsonException error, long firstLine) {
    int line = error.line() > 0 ? (int) Math.min(Integer.MAX_VALUE, firstLine + error.line() - 1) : 0;
    return new Unreadable(origin, error.problem(), line, Math.max(0, error.column()), error.pointer());
  }

  @Override
  public String toString() {
    return origin.file() + ":" + (line > 0 ? line + ":" + column : origin.line()) + ": " + problem
        + (pointer.isEmpty() ? "" : " (at " + pointer + ")");
  }

  /** The deterministic coder of unreadable records. */
  public static Coder<Unreadable> coder() {
    return UnreadableCoder.INSTANCE;
  }

  /** The origin, then the problem, line, column and pointer. */
  static final class UnreadableCoder extends AtomicCoder<Unreadable> {
    private static final long serialVersionUID = 1L;
    static final UnreadableCoder INSTANCE = new UnreadableCoder();

    @Override
    public void encode(Unreadable value, OutputStream out) throws IOException {
      Origin.coder().encode(value.origin(), out);
      StringUtf8Coder.of().encode(value.problem(), out);
      VarIntCoder.of().encode(value.line(), out);
      VarIntCoder.of().encode(value.column(), out);
      StringUtf8Coder.of().encode(value.pointer(), out);
    }

    @Override
    public Unreadable decode(InputStream in) throws IOException {
      return new Unreadable(Origin.coder().decode(in), StringUtf8Coder.of().decode(in), VarIntCoder.of().decode(in),
          VarIntCoder.of().decode(in), StringUtf8Coder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean consistentWithEquals() {
      return true;
    }
  }
}
