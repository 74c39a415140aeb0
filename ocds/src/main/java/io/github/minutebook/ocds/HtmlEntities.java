package io.github.minutebook.ocds;

import java.util.Map;

/**
 * Decodes the HTML character references that some publishers leave in OCDS strings
 * ({@code Children&#039;s}, {@code C&amp;C}, {@code &pound;}), once: text that names an entity
 * this table does not know is left as it is.
 */
final class HtmlEntities {
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("pound", "£"), Map.entry("euro", "€"),
      Map.entry("bull", "•"), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"),
      Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
      Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("middot", "·"),
      Map.entry("deg", "°"), Map.entry("frac12", "½"), Map.entry("eacute", "é"), Map.entry("egrave", "è"),
      Map.entry("agrave", "à"), Map.entry("ccedil", "ç"), Map.entry("uuml", "ü"), Map.entry("ouml", "ö"),
      Map.entry("auml", "ä"), Map.entry("szlig", "ß"));

  private HtmlEntities() {}

  /** The text with every character reference it holds decoded once; the same string if it holds none. */
  static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (amp >= 0) {
      int semi = text.indexOf(';', amp + 1);
      String replacement = semi < 0 || semi - amp > 12 ? null : reference(text.substring(amp + 1, semi));
      if (replacement == null) {
        out.append(text, from, amp + 1);
        from = amp + 1;
      } else {
        out.append(text, from, amp).append(replacement);
        from = semi + 1;
      }
      amp = text.indexOf('&', from);
    }
    return out.append(text, from, text.length()).toString();
  }

  private static @org.jspecify.annotations.Nullable String reference(String name) {
    if (name.startsWith("#")) {
      try {
        int code = name.startsWith("#x") || name.startsWith("#X")
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(code) && !(code >= 0xD800 && code <= 0xDFFF) && code != 0
            ? new String(Character.toChars(code)) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return NAMED.get(name);
  }
}
