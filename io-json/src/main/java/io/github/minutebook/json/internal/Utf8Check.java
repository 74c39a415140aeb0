package io.github.minutebook.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 checking: the well-formed byte sequences of the Unicode Standard (table 3-7), so
 * no overlong forms, no encoded surrogates, nothing above U+10FFFF. Runs of ASCII are skipped
 * 32 and then eight bytes at a time, and the fast path resumes after every multi-byte character.
 */
public final class Utf8Check {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8Check() {}

  /** The index of the first byte of the first ill-formed sequence in {@code bytes[from, to)}, or -1. */
  public static int firstMalformed(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      // runs of ASCII, which most of a document is, 32 bytes at a time, then 8, then straight to
      // the first byte that is not ASCII
      while (i + 32 <= to && (((long) LONGS.get(bytes, i) | (long) LONGS.get(bytes, i + 8)
          | (long) LONGS.get(bytes, i + 16) | (long) LONGS.get(bytes, i + 24)) & HIGH_BITS) == 0) {
        i += 32;
      }
      while (i + 8 <= to) {
        long nonAscii = (long) LONGS.get(bytes, i) & HIGH_BITS;
        if (nonAscii != 0) {
          i += Long.numberOfTrailingZeros(nonAscii) >>> 3; // little-endian: the lowest set bit is the first byte
          break;
        }
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int b = bytes[i] & 0xff;
      if (b < 0x80) { // in the last few bytes
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i, to);
      if (length < 0) { // ill-formed, or cut short by the end
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** What {@link #lineEnd} returns when an ill-formed sequence comes before any line end. */
  public static final int MALFORMED = -1;

  private static final long ONES = 0x0101010101010101L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  /** A high bit in each byte of {@code word} that is '\n' (exact for the lowest such byte, which is all that is used). */
  private static long newlines(long word) {
    long x = word ^ NEWLINES;
    return (x - ONES) & ~x & HIGH_BITS;
  }

  /**
   * Finds the first '\n' in {@code bytes[from, to)} and checks, in the same pass, that the bytes
   * before it are well-formed UTF-8, as {@link #firstMalformed} would: for NDJSON, where each line
   * is a document to be checked. Returns the index of the '\n'; or {@link #MALFORMED} if an
   * ill-formed sequence comes first; or, if the bytes end first, {@code -2 - i}, where {@code i}
   * is where to go on once more bytes follow (the start of a sequence the end cut short, or {@code
   * to}).
   */
  public static int lineEnd(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      while (i + 16 <= to) {
        long a = (long) LONGS.get(bytes, i);
        long b = (long) LONGS.get(bytes, i + 8);
        if ((((a | b) & HIGH_BITS) | newlines(a) | newlines(b)) != 0) {
          break;
        }
        i += 16;
      }
      while (i + 8 <= to) {
        long word = (long) LONGS.get(bytes, i);
        long special = (word & HIGH_BITS) | newlines(word);
        if (special != 0) {
          i += Long.numberOfTrailingZeros(special) >>> 3;
          break;
        }
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int b = bytes[i] & 0xff;
      if (b == '\n') {
        return i;
      }
      if (b < 0x80) { // in the last few bytes
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i, to);
      if (length == CUT_SHORT) {
        return -2 - i;
      }
      if (length < 0) {
        return MALFORMED;
      }
      i += length;
    }
    return -2 - to;
  }

  private static final int CUT_SHORT = -2;

  /** The length of the well-formed sequence at {@code i} (a lead byte); -1 if ill-formed; {@link #CUT_SHORT} if {@code to} cuts a sequence that is well-formed so far. */
  private static int sequenceLength(byte[] bytes, int i, int to) {
    int b = bytes[i] & 0xff;
    int length;
    int low = 0x80;
    int high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b == 0xe0) {
        low = 0xa0; // no overlong three-byte forms
      } else if (b == 0xed) {
        high = 0x9f; // no surrogates
      }
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b == 0xf0) {
        low = 0x90; // no overlong four-byte forms
      } else if (b == 0xf4) {
        high = 0x8f; // nothing above U+10FFFF
      }
    } else {
      return -1;
    }
    for (int k = 1; k < length; k++) {
      if (i + k >= to) {
        return CUT_SHORT;
      }
      int next = bytes[i + k] & 0xff;
      if (k == 1 ? next < low || next > high : next < 0x80 || next > 0xbf) {
        return -1;
      }
    }
    return length;
  }
}
