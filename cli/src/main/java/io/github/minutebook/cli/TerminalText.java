package io.github.minutebook.cli;

import java.io.PrintWriter;

/**
 * Makes text from the data, and file names, safe to print for a person: every line of human
 * output (the text report, {@code summarize}, messages on standard error) goes through {@link
 * #escape}, so that no value can move the cursor, clear the screen, plant a hyperlink, reorder
 * what is shown or forge a line of the report. The JSON report is not escaped: it is exact, and
 * Jackson escapes what JSON requires.
 *
 * <p>Escaped, each as {@code \}{@code uXXXX} ({@code \n}, {@code \r} and {@code \t} by their
 * short names): the C0 controls U+0000 to U+001F, DEL U+007F and the C1 controls U+0080 to
 * U+009F (escape sequences, carriage returns and line ends inside data); the bidirectional
 * controls U+202A to U+202E and U+2066 to U+2069, and the marks U+200E, U+200F and U+061C (which
 * reorder what a terminal shows); the line and paragraph separators U+2028 and U+2029; and a
 * surrogate without its pair. Everything else, every letter of every script included, is printed
 * as it is. A backslash is not escaped: the escapes are for the eye, and the JSON report has the
 * exact text.
 */
final class TerminalText {
  /** A value quoted in a message is cut to this many characters in human output. */
  static final int QUOTED_WIDTH = 200;

  /** A message, path or pointer is cut to this many characters in human output. */
  static final int MESSAGE_WIDTH = 2000;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private TerminalText() {}

  /** Prints one line of human output, escaped, with the line end the report itself writes. */
  static void println(PrintWriter out, String line) {
    out.println(escape(line));
  }

  /** {@code text} with every character that could act on a terminal escaped (see the class). */
  static String escape(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    escaped.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        escaped.append(c).append(text.charAt(++i));
      } else if (!isUnsafe(c)) {
        escaped.append(c);
      } else if (c == '\n') {
        escaped.append("\\n");
      } else if (c == '\r') {
        escaped.append("\\r");
      } else if (c == '\t') {
        escaped.append("\\t");
      } else {
        escaped.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
            .append(HEX[c & 0xF]);
      }
    }
    return escaped.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (isUnsafe(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code c}, not part of a surrogate pair, is escaped. */
  private static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029
        || Character.isSurrogate(c);
  }

  /**
   * A message for human output: each value it quotes ({@code "..."}) cut to {@value
   * #QUOTED_WIDTH} characters and the whole to {@value #MESSAGE_WIDTH}, each cut marked with
   * {@code …}. Decoding errors echo the value they refuse, which can be a mebibyte long.
   */
  static String message(String text) {
    StringBuilder shortened = null;
    int copied = 0;
    int open = text.indexOf('"');
    while (open >= 0) {
      int close = text.indexOf('"', open + 1);
      int end = close < 0 ? text.length() : close;
      if (end - open - 1 > QUOTED_WIDTH) {
        if (shortened == null) {
          shortened = new StringBuilder(Math.min(text.length(), MESSAGE_WIDTH + 16));
        }
        shortened.append(text, copied, cut(text, open + 1 + QUOTED_WIDTH)).append('…');
        copied = end;
      }
      if (close < 0) {
        break;
      }
      open = text.indexOf('"', close + 1);
    }
    String result = shortened == null ? text : shortened.append(text, copied, text.length()).toString();
    return shorten(result, MESSAGE_WIDTH);
  }

  /** {@code text} cut to {@code width} characters, with {@code …} where it was cut. */
  static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, cut(text, width)) + "…";
  }

  /** Where to cut so as not to split a surrogate pair. */
  private static int cut(String text, int at) {
    return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
        && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
  }
}
