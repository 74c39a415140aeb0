package io.github.minutebook.validation;

import com.google.common.base.Ascii;
import java.util.Optional;

/**
 * The numbering styles of resolution parts: (1) (2) (3), (a) (b) (c), (i) (ii) (iii). The style is
 * set by the first label; "i" starts roman numbering.
 */
enum PartLabels {
  NUMBERS {
    @Override
    String label(int index) {
      return Integer.toString(index + 1);
    }
  },
  LETTERS {
    @Override
    String label(int index) {
      StringBuilder text = new StringBuilder();
      int n = index;
      do {
        text.insert(0, (char) ('a' + n % 26));
        n = n / 26 - 1;
      } while (n >= 0);
      return text.toString();
    }
  },
  ROMAN {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    @Override
    String label(int index) {
      StringBuilder text = new StringBuilder();
      int n = index + 1;
      for (int i = 0; i < VALUES.length; i++) {
        while (n >= VALUES[i]) {
          text.append(SYMBOLS[i]);
          n -= VALUES[i];
        }
      }
      return text.toString();
    }
  };

  /** The label of the part at {@code index} (from 0) in this style, lower case. */
  abstract String label(int index);

  /** The style a first label starts, if it is one of these styles' first labels. */
  static Optional<PartLabels> startedBy(String firstLabel) {
    String label = firstLabel.trim();
    if (label.length() == 1) {
      char c = Ascii.toLowerCase(label.charAt(0));
      if (c == 'i') {
        return Optional.of(ROMAN);
      }
      if (c >= 'a' && c <= 'z') {
        return Optional.of(LETTERS);
      }
    }
    if (label.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < label.length(); i++) {
      if (label.charAt(i) < '0' || label.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    return Optional.of(NUMBERS);
  }

  /** Whether {@code label} is this style's label at {@code index}, ignoring case and surrounding space. */
  boolean matches(String label, int index) {
    int start = 0;
    int end = label.length();
    while (start < end && label.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && label.charAt(end - 1) <= ' ') {
      end--;
    }
    if (this == NUMBERS) {
      // the common case, without building the expected label
      int value = 0;
      for (int i = start; i < end; i++) {
        char c = label.charAt(i);
        if (c < '0' || c > '9' || (i == start && c == '0') || value > 100_000_000) {
          return false;
        }
        value = value * 10 + (c - '0');
      }
      return end > start && value == index + 1;
    }
    String expected = label(index);
    if (end - start != expected.length()) {
      return false;
    }
    for (int i = 0; i < expected.length(); i++) {
      if (Ascii.toLowerCase(label.charAt(start + i)) != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
