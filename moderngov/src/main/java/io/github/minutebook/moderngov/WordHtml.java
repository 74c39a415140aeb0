package io.github.minutebook.moderngov;

import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.exchange.ConversionNote.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The Word-exported HTML ModernGov keeps as an item's agenda text, minutes and decision text, read
 * into paragraphs: one per block ({@code p}, heading, list entry), with the number the paragraph
 * is written with ("1.", "(a)", "(iv)") as its number, list entries and the numbered parts after a
 * paragraph ending in a colon ("RESOLVED that:") as its points, and empty paragraphs dropped.
 */
final class WordHtml {
  private static final Pattern DOUBLE_ESCAPED = Pattern.compile("&lt;\\s*/?[a-zA-Z][a-zA-Z0-9]*[\\s&/]");
  private static final Pattern NUMBER = Pattern.compile(
      "^(\\(?\\d{1,3}(?:\\.\\d{1,3})*[.)]|\\(\\d{1,3}\\)|\\(?[a-zA-Z][.)]|\\([ivxlcIVXLC]{1,6}\\)|[ivxlc]{1,6}[.)])\\s+(\\S.*)$",
      Pattern.DOTALL);
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, td, th, dd, dt, pre, blockquote";

  private WordHtml() {}

  /**
   * The HTML held as text (the XML already decoded once) read into paragraphs. Text escaped twice
   * ({@code &amp;lt;p&amp;gt;} in the XML, so {@code &lt;p&gt;} once decoded) is decoded once more,
   * with a note.
   */
  static List<Paragraph> paragraphs(String html, String path, Xml notes) {
    String text = html;
    if (text.indexOf('<') < 0 && DOUBLE_ESCAPED.matcher(text).find()) {
      text = Parser.unescapeEntities(text, false);
      notes.note(Kind.HANDLED, "moderngov.double-escaped", path,
          "the HTML was escaped twice (&amp;lt;p&amp;gt; in the XML); decoded once more and read as HTML");
    } else if (text.indexOf('<') >= 0) {
      notes.noteOnce("moderngov.escaped-html", path,
          "HTML held as escaped text in the XML (&lt;p&gt;) read as HTML after the XML is decoded once");
    }
    return paragraphs(Jsoup.parseBodyFragment(text).body());
  }

  /** The paragraphs of an HTML element already parsed (a decision page's Word text). */
  static List<Paragraph> paragraphs(Element root) {
    List<Block> blocks = new ArrayList<>();
    collect(root, blocks, false);
    List<Paragraph> out = new ArrayList<>();
    Paragraph.@Nullable Builder open = null;
    boolean openTakesNumbered = false;
    for (Block block : blocks) {
      Paragraph paragraph = block.paragraph();
      boolean point = block.listEntry() || (openTakesNumbered && paragraph.number().isPresent());
      if (point && open != null) {
        open.addPoints(paragraph);
        continue;
      }
      if (open != null) {
        out.add(open.build());
      }
      open = Paragraph.builder().from(paragraph);
      openTakesNumbered = paragraph.text().endsWith(":");
    }
    if (open != null) {
      out.add(open.build());
    }
    return out;
  }

  /** The text of paragraphs, one a line, with their numbers and points, for a single string. */
  static String flatten(List<Paragraph> paragraphs) {
    StringBuilder out = new StringBuilder();
    for (Paragraph p : paragraphs) {
      line(out, p);
      for (Paragraph point : p.points()) {
        line(out, point);
      }
    }
    return out.toString().strip();
  }

  private static void line(StringBuilder out, Paragraph p) {
    out.append(p.number().map(n -> n + " ").orElse("")).append(p.text()).append('\n');
  }

  private record Block(Paragraph paragraph, boolean listEntry) {}

  private static void collect(Element element, List<Block> blocks, boolean inList) {
    StringBuilder loose = new StringBuilder();
    for (Node node : element.childNodes()) {
      if (node instanceof Element child && (child.is(BLOCKS) || child.isBlock() || blockInside(child))) {
        flush(loose, blocks, inList);
        boolean entry = inList || child.is("li");
        if (blockInside(child)) {
          collect(child, blocks, entry);
        } else {
          flush(new StringBuilder(child.text()), blocks, entry);
        }
      } else if (node instanceof TextNode t) {
        loose.append(t.text());
      } else if (node instanceof Element inline) {
        loose.append(' ').append(inline.text()).append(' ');
      }
    }
    flush(loose, blocks, inList);
  }

  /** Whether a block ({@code p}, {@code li}, ...) is inside the element, not counting the element itself. */
  private static boolean blockInside(Element element) {
    for (Element e : element.select(BLOCKS)) {
      if (e != element) {
        return true;
      }
    }
    return false;
  }

  private static void flush(StringBuilder text, List<Block> blocks, boolean listEntry) {
    String clean = text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    text.setLength(0);
    if (clean.isEmpty()) {
      return;
    }
    Matcher m = NUMBER.matcher(clean);
    Optional<String> number = Optional.empty();
    if (m.matches()) {
      number = Optional.of(m.group(1));
      clean = m.group(2).strip();
    }
    blocks.add(new Block(Paragraph.builder().number(number).text(clean).build(), listEntry));
  }
}
