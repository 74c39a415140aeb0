package io.github.minutebook.validation;

import com.google.common.base.Ascii;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The numbering styles of resolution parts: (1) (2) (3), (a) (b) (c), (i) (ii) (iii). The style is
 * set by the first label, and by the second where the first is both a letter and a numeral.
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

  /**
   * A label as the minutes print it, reduced to its number: surrounding space, brackets and a
   * closing full stop or colon removed, lower case ("(a)", "a)", "A." and " a " are all "a").
   */
  static String normalise(String label) {
    int start = 0;
    int end = label.length();
    while (start < end && (label.charAt(start) <= ' ' || label.charAt(start) == '(' || label.charAt(start) == '[')) {
      start++;
    }
    while (end > start && (label.charAt(end - 1) <= ' ' || ")].:".indexOf(label.charAt(end - 1)) >= 0)) {
      end--;
    }
    return Ascii.toLowerCase(label.substring(start, end));
  }

  /** The index (from 0) of a normalised label in this style, or -1 if it is not one of its labels. */
  int indexOf(String label) {
    if (label.isEmpty() || label.length() > 9) {
      return -1;
    }
    switch (this) {
      case NUMBERS: {
        if (label.charAt(0) == '0') {
          return -1;
        }
        int value = 0;
        for (int i = 0; i < label.length(); i++) {
          char c = label.charAt(i);
          if (c < '0' || c > '9') {
            return -1;
          }
          value = value * 10 + (c - '0');
        }
        return value - 1;
      }
      case LETTERS: {
        int value = 0;
        for (int i = 0; i < label.length(); i++) {
          char c = label.charAt(i);
          if (c < 'a' || c > 'z') {
            return -1;
          }
          value = value * 26 + (c - 'a' + 1);
        }
        return label.length() > 3 ? -1 : value - 1; // "aa" follows "z"; longer runs of letters are words
      }
      default: {
        int value = 0;
        for (int i = 0; i < label.length(); i++) {
          int digit = romanDigit(label.charAt(i));
          if (digit == 0) {
            return -1;
          }
          int next = i + 1 < label.length() ? romanDigit(label.charAt(i + 1)) : 0;
          value += digit < next ? -digit : digit;
        }
        return value > 0 && label(value - 1).equals(label) ? value - 1 : -1; // only the canonical form
      }
    }
  }

  private static int romanDigit(char c) {
    switch (c) {
      case 'i': return 1;
      case 'v': return 5;
      case 'x': return 10;
      case 'l': return 50;
      case 'c': return 100;
      case 'd': return 500;
      case 'm': return 1000;
      default: return 0;
    }
  }

  /**
   * The style and starting index a numbering has, from its first label and, where that is
   * ambiguous ("v" is the fifth roman numeral or the 22nd letter), its second: "i" alone starts
   * roman numbering, "b" starts letters at the second. Empty if the first label is in no style.
   */
  static Optional<Start> start(String first, @Nullable String second) {
    int roman = ROMAN.indexOf(first);
    int letter = LETTERS.indexOf(first);
    int number = NUMBERS.indexOf(first);
    if (number >= 0) {
      return Optional.of(new Start(NUMBERS, number));
    }
    if (roman >= 0 && letter >= 0) {
      boolean romanFits = second != null && ROMAN.indexOf(second) == roman + 1;
      boolean letterFits = second != null && LETTERS.indexOf(second) == letter + 1;
      if (romanFits != letterFits) {
        return Optional.of(romanFits ? new Start(ROMAN, roman) : new Start(LETTERS, letter));
      }
      return Optional.of(first.equals("i") ? new Start(ROMAN, 0) : new Start(LETTERS, letter));
    }
    if (roman >= 0) {
      return Optional.of(new Start(ROMAN, roman));
    }
    if (letter >= 0) {
      return Optional.of(new Start(LETTERS, letter));
    }
    return Optional.empty();
  }

  /** A numbering style and the index its first label has in it. */
  record Start(PartLabels style, int offset) {}
}
