package io.github.minutebook.processor;

import io.github.minutebook.processor.ModelShapeProcessor.ModelError;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;

/**
 * Javadoc as plain text for the schema and the docs: the main description without block tags,
 * code examples or HTML, inline tags replaced by their text, white space collapsed.
 */
final class Javadoc {
  private Javadoc() {}

  /**
   * The whole main description. A link to a constant of one of {@code codeLists} (the model's enums,
   * by simple and qualified name) reads as the value the formats write: {@code ItemKind#OTHER} is
   * "other".
   */
  static String description(String doc, Element element, Set<String> codeLists) {
    if (doc == null || doc.isBlank()) {
      throw new ModelError(element, element.getSimpleName() + " has no Javadoc: its text is the description "
          + "in the schema and the docs");
    }
    String text = plain(mainDescription(withoutCode(doc)), codeLists);
    if (text.isEmpty()) {
      throw new ModelError(element, element.getSimpleName() + " has Javadoc with no description before its tags");
    }
    return text;
  }

  /** The first sentence of the main description, as javadoc's summary takes it, an ellipsis not ending it. */
  static String firstSentence(String doc, Element element, Set<String> codeLists) {
    String text = description(doc, element, codeLists);
    for (int i = 0; i < text.length() - 1; i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && (i == 0 || text.charAt(i - 1) != '.')
          && !abbreviation(text, i)) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  private static boolean abbreviation(String text, int period) {
    int start = text.lastIndexOf(' ', period) + 1;
    String word = text.substring(start, period + 1);
    while (word.startsWith("(") || word.startsWith("\"")) {
      word = word.substring(1);
    }
    return word.equals("e.g.") || word.equals("i.e.") || word.equals("etc.") || word.equals("p.a.")
        || word.equals("No.") || word.equals("Cllr.");
  }

  /** The text before the first block tag (a line starting with {@code @}). */
  private static String mainDescription(String doc) {
    StringBuilder main = new StringBuilder();
    for (String line : doc.split("\n", -1)) {
      if (line.strip().startsWith("@")) {
        break;
      }
      main.append(line).append('\n');
    }
    return main.toString();
  }

  /** Code examples ({@code <pre>} blocks, whatever their attributes) are left out of descriptions. */
  private static String withoutCode(String doc) {
    return doc.replaceAll("(?is)<pre\\b[^>]*>.*?</pre\\s*>", " ");
  }

  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
      Map.entry("nbsp", " "), Map.entry("pound", "\u00a3"), Map.entry("euro", "\u20ac"), Map.entry("ndash", "\u2013"),
      Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"),
      Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
      Map.entry("sect", "\u00a7"), Map.entry("amp", "&"));

  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");

  static String plain(String doc, Set<String> codeLists) {
    String text = inlineTags(doc, codeLists);
    text = text.replaceAll("(?i)<li>", " ").replaceAll("<[^>]+>", " ");
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      String name = entity.group(1);
      String replacement;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        replacement = new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
      } else if (name.startsWith("#")) {
        replacement = new String(Character.toChars(Integer.parseInt(name.substring(1))));
      } else {
        replacement = ENTITIES.getOrDefault(name, entity.group());
      }
      entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    entity.appendTail(out);
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** Text that must survive the removal of HTML tags: its markup characters as entities. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Replaces the inline tags code, literal, link and linkplain (and any other) by their text. */
  private static String inlineTags(String text, Set<String> codeLists) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int open = text.indexOf("{@", at);
      if (open < 0) {
        out.append(text, at, text.length());
        return out.toString();
      }
      out.append(text, at, open);
      int depth = 0;
      int close = open;
      for (; close < text.length(); close++) {
        char c = text.charAt(close);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          break;
        }
      }
      String tag = text.substring(open + 2, Math.min(close, text.length()));
      int space = indexOfSpace(tag);
      String name = space < 0 ? tag : tag.substring(0, space);
      String body = space < 0 ? "" : tag.substring(space + 1).strip();
      // code, literal, value and the rest read as their text; a link as its label or member
      if (name.equals("link") || name.equals("linkplain")) {
        out.append(linkText(body, codeLists));
      } else if (name.equals("code") || name.equals("literal")) {
        out.append(escaped(body));
      } else {
        out.append(body);
      }
      at = Math.min(close + 1, text.length());
    }
  }

  private static int indexOfSpace(String tag) {
    for (int i = 0; i < tag.length(); i++) {
      if (Character.isWhitespace(tag.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A link's label, else the member's name without parentheses (a constant of one of the model's
   * code lists as its written value), else the class's simple name.
   */
  private static String linkText(String body, Set<String> codeLists) {
    // the reference runs to the first space outside its parameter list; a label may follow
    int space = indexOfSpace(body);
    int paren = body.indexOf('(');
    int end;
    if (paren >= 0 && (space < 0 || paren < space)) {
      int close = body.indexOf(')', paren);
      end = close < 0 ? body.length() : close + 1;
    } else {
      end = space < 0 ? body.length() : space;
    }
    String label = body.substring(end).strip();
    if (!label.isEmpty()) {
      return label;
    }
    String reference = paren >= 0 && paren < end ? body.substring(0, paren) : body.substring(0, end);
    int hash = reference.indexOf('#');
    if (hash >= 0) {
      String member = reference.substring(hash + 1);
      // a code-list value reads as the formats write it (Scalars.name in io-json): ItemKind#OTHER is "other"
      return codeLists.contains(reference.substring(0, hash)) && member.matches("[A-Z][A-Z0-9_]*")
          ? "\"" + member.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "\""
          : member;
    }
    return reference.substring(reference.lastIndexOf('.') + 1);
  }
}
