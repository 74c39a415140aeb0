package io.github.minutebook.json.corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalisation that corpus/README.md applies to a source and to each quote before looking for
 * the quote in the source: JSON string escapes undone (JSON sources only), XML and HTML entities
 * decoded twice (ModernGov escapes Word HTML inside its XML), tags dropped, whitespace collapsed
 * to one space. Case is kept.
 *
 * <p>Attribute values vanish with the tags, yet some facts live only there: a document's address
 * in {@code href}, a ModernGov attendee's {@code attendance="Expected"}. So a second form,
 * {@link #withMarkup}, does the same but keeps the tags; a quote is found when it is in either.
 */
final class SourceText {
  private SourceText() {}

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  /** A tag: "<" then a letter, "/", "!" or "?", up to the next ">"; "a < b" is not one. */
  private static final Pattern TAG = Pattern.compile("<[A-Za-z/!?][^<>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\ufeff]+");

  /** The text a quote is looked for in: escapes undone, entities decoded twice, tags dropped, spaces collapsed. */
  static String normalise(String raw, boolean json) {
    String text = json ? unescapeJson(raw) : raw;
    text = dropTags(text);
    text = decodeEntities(text);
    text = dropTags(text); // the HTML that the first decoding revealed
    text = decodeEntities(text);
    return collapseWhitespace(text);
  }

  /** As {@link #normalise}, but with the tags kept, so that attribute values can be quoted. */
  static String withMarkup(String raw, boolean json) {
    String text = json ? unescapeJson(raw) : raw;
    return collapseWhitespace(decodeEntities(decodeEntities(text)));
  }

  /** Text from a fixture: entities decoded, whitespace collapsed (corpus/README.md, {@code "as": "text"}). */
  static String plain(String text) {
    return collapseWhitespace(decodeEntities(text));
  }

  static String dropTags(String text) {
    return TAG.matcher(COMMENT.matcher(text).replaceAll(" ")).replaceAll(" ");
  }

  static String collapseWhitespace(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").trim();
  }

  /** Numeric references and the entities of HTML 4 (with XML's {@code &apos;}); unknown names are left as written. */
  static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher matcher = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement = null;
      if (name.charAt(0) == '#') {
        int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
            ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
        if (Character.isValidCodePoint(codePoint)) {
          replacement = new String(Character.toChars(codePoint));
        }
      } else {
        Integer codePoint = ENTITIES.get(name);
        if (codePoint != null) {
          replacement = new String(Character.toChars(codePoint));
        }
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? matcher.group() : replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Undoes JSON's string escapes: {@code \n}, {@code \"}, {@code \/}, {@code \u00e4} and the rest. */
  static String unescapeJson(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
            out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
            i += 4;
          } else {
            out.append("\\u");
          }
        }
        default -> out.append(next); // \" \\ \/ and anything else: the character itself
      }
    }
    return out.toString();
  }

  private static final Map<String, Integer> ENTITIES = new HashMap<>();

  static {
    String[] latin1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn"
        + " sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc"
        + " Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute"
        + " Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml"
        + " aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde"
        + " ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml").split(" ");
    for (int i = 0; i < latin1.length; i++) {
      ENTITIES.put(latin1[i], 160 + i);
    }
    String[] others = ("quot 34 amp 38 apos 39 lt 60 gt 62 OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376"
        + " fnof 402 circ 710 tilde 732 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207"
        + " ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 bdquo 8222 dagger 8224"
        + " Dagger 8225 bull 8226 hellip 8230 permil 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 oline 8254"
        + " frasl 8260 euro 8364 trade 8482 larr 8592 uarr 8593 rarr 8594 darr 8595 harr 8596 minus 8722"
        + " ne 8800 le 8804 ge 8805").split(" ");
    for (int i = 0; i < others.length; i += 2) {
      ENTITIES.put(others[i], Integer.parseInt(others[i + 1]));
    }
  }
}
