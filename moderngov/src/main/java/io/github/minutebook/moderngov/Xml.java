package io.github.minutebook.moderngov;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One ModernGov XML response being mapped: parses it safely, reads its values by element name,
 * remembers which nodes were used, and collects the notes, so that whatever was not used can be
 * listed by path at the end rather than dropped.
 */
final class Xml {
  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);
  /** "10.00 am", "2.00 pm", "10:30am", "12 noon", "14:00". */
  private static final Pattern TIME = Pattern.compile(
      "(\\d{1,2})(?:[.:](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|noon)?", Pattern.CASE_INSENSITIVE);

  private final Set<Node> used = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<ConversionNote> notes = new ArrayList<>();
  private final Set<String> noted = new HashSet<>();

  /**
   * Parses XML with the JAXP secure settings: a document type declaration is refused (so no
   * entity, internal or external, is ever expanded), and no external DTD or schema is fetched.
   */
  static Document parse(InputStream in) throws IOException, SAXException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
    }
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(false);
    DocumentBuilder builder;
    try {
      builder = factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    builder.setErrorHandler(null);
    return builder.parse(in);
  }

  List<ConversionNote> notes() {
    return notes;
  }

  void note(Kind kind, String code, String path, String message) {
    notes.add(new ConversionNote(kind, code, path, message));
  }

  /** A note given once per response for a quirk met on every value of a kind (the date format). */
  void noteOnce(String code, String path, String message) {
    if (noted.add(code)) {
      note(Kind.HANDLED, code, path, message);
    }
  }

  void use(Node node) {
    used.add(node);
  }

  /** The element children of {@code parent} named {@code name}, in order. */
  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  static @Nullable Element child(Element parent, String name) {
    List<Element> all = children(parent, name);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The trimmed text of a child, without marking it, for labels. */
  static Optional<String> childText(Element parent, String name) {
    Element e = child(parent, name);
    return e == null || e.getTextContent().isBlank() ? Optional.empty() : Optional.of(e.getTextContent().strip());
  }

  /**
   * The element named {@code name}: the root itself, or, in a SOAP response, the one inside the
   * envelope ({@code soap:Envelope/soap:Body/GetMeetingResponse/GetMeetingResult/meeting}).
   */
  static @Nullable Element find(Element root, String name) {
    String tag = root.getTagName();
    if (tag.equals(name) || tag.endsWith(":" + name)) {
      return root;
    }
    String local = tag.substring(tag.indexOf(':') + 1);
    if (!(local.equals("Envelope") || local.equals("Body") || local.endsWith("Response") || local.endsWith("Result"))) {
      return null;
    }
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        Element found = find(e, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Whether the element has element children. */
  static boolean hasElements(Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        return true;
      }
    }
    return false;
  }

  /**
   * The trimmed text of the child {@code name}, marked as used: absent when missing, and absent
   * with a note when it holds only whitespace (ModernGov writes a newline and indentation into an
   * element it has no value for).
   */
  Optional<String> text(Element parent, String at, String name) {
    Element e = child(parent, name);
    if (e == null) {
      return Optional.empty();
    }
    use(e);
    return value(e.getTextContent(), at + "/" + name);
  }

  Optional<String> value(String raw, String path) {
    String text = raw.strip();
    if (text.isEmpty()) {
      note(Kind.HANDLED, "moderngov.empty-element", path,
          "an element holding only whitespace read as not stated");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** An attribute's trimmed value, marked as used; blank is not stated. */
  Optional<String> attribute(Element e, String at, String name) {
    Attr attr = e.getAttributeNode(name);
    if (attr == null) {
      return Optional.empty();
    }
    use(attr);
    return value(attr.getValue(), at + "/@" + name);
  }

  /** ModernGov's {@code True} / {@code False}. */
  Optional<Boolean> bool(Element parent, String at, String name) {
    return bool(text(parent, at, name), at + "/" + name);
  }

  Optional<Boolean> bool(Optional<String> text, String path) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("yes")) {
      noteOnce("moderngov.boolean", path, "True/False (and Yes/No) read as booleans");
      return Optional.of(true);
    }
    if (t.equalsIgnoreCase("false") || t.equalsIgnoreCase("no")) {
      noteOnce("moderngov.boolean", path, "True/False (and Yes/No) read as booleans");
      return Optional.of(false);
    }
    note(Kind.NOT_CARRIED, "moderngov.not-a-boolean", path, "\"" + t + "\" is not True or False; not carried");
    return Optional.empty();
  }

  /** A whole number, read through the leading space ModernGov puts before counts. */
  Optional<Integer> integer(Element parent, String at, String name) {
    Element e = child(parent, name);
    if (e == null) {
      return Optional.empty();
    }
    use(e);
    String raw = e.getTextContent();
    Optional<String> text = value(raw, at + "/" + name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      int n = Integer.parseInt(text.get());
      if (!raw.equals(text.get())) {
        note(Kind.HANDLED, "moderngov.padded-number", at + "/" + name,
            "the number \"" + raw + "\" read without its surrounding whitespace");
      }
      return Optional.of(n);
    } catch (NumberFormatException ex) {
      note(Kind.NOT_CARRIED, "moderngov.not-a-number", at + "/" + name, "\"" + text.get()
          + "\" is not a whole number; not carried");
      return Optional.empty();
    }
  }

  /** A date written dd/MM/yyyy. */
  Optional<LocalDate> date(Element parent, String at, String name) {
    return date(text(parent, at, name), at + "/" + name);
  }

  Optional<LocalDate> date(Optional<String> text, String path) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = ukDate(text.get());
    if (date.isPresent()) {
      noteOnce("moderngov.uk-date", path, "dates written dd/MM/yyyy read as day, month, year");
    } else {
      note(Kind.NOT_CARRIED, "moderngov.bad-date", path, "\"" + text.get()
          + "\" is not a date (dd/MM/yyyy); not carried");
    }
    return date;
  }

  static Optional<LocalDate> ukDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip(), UK_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A time written "10.00 am", "2.00 pm", "12 noon" or "14:00". */
  Optional<LocalTime> time(Element parent, String at, String name) {
    Optional<String> text = text(parent, at, name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String path = at + "/" + name;
    Optional<LocalTime> time = clock(text.get());
    if (time.isPresent()) {
      noteOnce("moderngov.time", path, "times written \"10.00 am\" read as clock times");
    } else {
      note(Kind.NOT_CARRIED, "moderngov.bad-time", path, "\"" + text.get() + "\" is not a time; not carried");
    }
    return time;
  }

  static Optional<LocalTime> clock(String text) {
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    String half = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
    if (minute > 59) {
      return Optional.empty();
    }
    if (half.equals("noon")) {
      return hour == 12 && minute == 0 ? Optional.of(LocalTime.NOON) : Optional.empty();
    }
    if (half.isEmpty()) {
      // a 24-hour time needs its minutes ("14:00"); a bare "10" says nothing of morning or evening
      return m.group(2) != null && hour < 24 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
    if (hour < 1 || hour > 12) {
      return Optional.empty();
    }
    int h = hour % 12 + (half.equals("pm") ? 12 : 0);
    return Optional.of(LocalTime.of(h, minute));
  }

  /**
   * Lists every element and attribute under {@code e} (at {@code at}) that was not used: as
   * {@link Kind#NOT_CARRIED} notes with code {@code moderngov.not-mapped}, or, for an element
   * holding only whitespace, as not stated.
   */
  void leftovers(Element e, String at) {
    if (!used.contains(e)) {
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node a = attributes.item(i);
        if (!used.contains(a)) {
          notCarried(at + "/@" + a.getNodeName(), a.getNodeValue());
          used.add(a);
        }
      }
      if (hasElements(e)) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element c) {
            String name = c.getTagName();
            int index = seen.merge(name, 1, Integer::sum);
            String path = at + "/" + name + (children(e, name).size() > 1 ? "[" + index + "]" : "");
            leftovers(c, path);
          }
        }
      } else if (e.getTextContent().isBlank()) {
        note(Kind.HANDLED, "moderngov.empty-element", at,
            "an element holding only whitespace read as not stated");
      } else {
        notCarried(at, e.getTextContent().strip());
      }
    }
    used.add(e);
  }

  private void notCarried(String path, String value) {
    String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
    note(Kind.NOT_CARRIED, "moderngov.not-mapped", path, "the model has no place for \"" + shown + "\"");
  }
}
