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
        return i;
      }
      if (i + length > to) {
        return i;
      }
      int second = bytes[i + 1] & 0xff;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        int next = bytes[i + k] & 0xff;
        if (next < 0x80 || next > 0xbf) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }
}
