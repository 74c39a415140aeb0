package io.github.minutebook.processor;

import io.github.minutebook.processor.ModelShapeProcessor.ModelError;
import javax.lang.model.element.Element;

/**
 * Javadoc as plain text for the schema and the docs: the main description without block tags,
 * code examples or HTML, inline tags replaced by their text, white space collapsed.
 */
final class Javadoc {
  private Javadoc() {}

  /** The whole main description. */
  static String description(String doc, Element element) {
    if (doc == null || doc.isBlank()) {
      throw new ModelError(element, element.getSimpleName() + " has no Javadoc: its text is the description "
          + "in the schema and the docs");
    }
    String text = plain(mainDescription(doc));
    if (text.isEmpty()) {
      throw new ModelError(element, element.getSimpleName() + " has Javadoc with no description before its tags");
    }
    return text;
  }

  /** The first sentence of the main description, as javadoc's summary takes it, an ellipsis not ending it. */
  static String firstSentence(String doc, Element element) {
    String text = description(doc, element);
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

  static String plain(String doc) {
    String text = doc.replaceAll("(?s)<pre>.*?</pre>", " ");
    text = inlineTags(text);
    text = text.replaceAll("(?i)<li>", " ").replaceAll("<[^>]+>", " ");
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#64;", "@")
        .replace("&nbsp;", " ").replace("&amp;", "&");
    return text.replaceAll("\\s+", " ").strip();
  }

  /** Replaces the inline tags code, literal, link and linkplain (and any other) by their text. */
  private static String inlineTags(String text) {
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
      out.append(name.equals("link") || name.equals("linkplain") ? linkText(body) : body);
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
   * A link's label, else the member's name without parentheses (a constant of a code list as its
   * written value), else the class's simple name.
   */
  private static String linkText(String body) {
    int space = indexOfSpace(body);
    if (space >= 0) {
      String reference = body.substring(0, space);
      if (!reference.contains("(") || reference.contains(")")) {
        return body.substring(space + 1).strip();
      }
    }
    String reference = body;
    int paren = reference.indexOf('(');
    if (paren >= 0) {
      reference = reference.substring(0, paren);
    }
    int hash = reference.indexOf('#');
    if (hash >= 0) {
      String member = reference.substring(hash + 1);
      // a code-list value reads as the formats write it: ItemKind#OTHER is "other"
      return member.matches("[A-Z][A-Z0-9_]*")
          ? "\"" + member.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "\""
          : member;
    }
    return reference.substring(reference.lastIndexOf('.') + 1);
  }
}
