package io.github.minutebook.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * Where a record was read: its file, the line of the file on which it starts (from 1), and its
 * number in the file (from 1; blank NDJSON lines are not records).
 *
 * @param file the file's resource id, as Beam's file system names it
 * @param line the line on which the record starts, from 1
 * @param number the record's number in its file, from 1
 */
public record Origin(String file, long line, long number) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An origin; the line and number count from 1. */
  public Origin {
    Objects.requireNonNull(file, "file");
    if (line < 1 || number < 1) {
      throw new IllegalArgumentException("lines and records count from 1: line " + line + ", record " + number);
    }
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }

  /** The deterministic coder of origins. */
  public static Coder<Origin> coder() {
    return OriginCoder.INSTANCE;
  }

  /** Writes the file as UTF-8 text, then the line and number as variable-length longs. */
  static final class OriginCoder extends AtomicCoder<Origin> {
    private static final long serialVersionUID = 1L;
    static final OriginCoder INSTANCE = new OriginCoder();

    @Override
    public void encode(Origin value, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(value.file(), out);
      VarLongCoder.of().encode(value.line(), out);
      VarLongCoder.of().encode(value.number(), out);
    }

    @Override
    public Origin decode(InputStream in) throws IOException {
      return new Origin(StringUtf8Coder.of().decode(in), VarLongCoder.of().decode(in), VarLongCoder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean consistentWithEquals() {
      return true;
    }
  }
}
