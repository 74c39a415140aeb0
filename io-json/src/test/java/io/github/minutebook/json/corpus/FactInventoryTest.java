package io.github.minutebook.json.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Every fact inventory of the corpus keeps its contract (corpus/README.md), on plain JSON trees and
 * with no help from Minutebook's codecs, so that it holds whatever format version the fixtures are
 * written in:
 *
 * <ol>
 *   <li>facts.json is well formed: its {@code document} is its directory, its country, kind, fits
 *       and comparisons are known, exact and lossy facts have a pointer and impossible ones none,
 *       lossy and impossible facts say in a note what is missing, code and boolean facts give the
 *       expected value;
 *   <li>every quote is in the source, once both are normalised ({@link SourceText});
 *   <li>every pointer resolves in fixture.json;
 *   <li>the value at each pointer is what the quote says, compared as the fact's {@code as} says;
 *   <li>the family's SOURCES.md has a row for the source file.
 * </ol>
 *
 * <p>Each failure names the document, the fact's index in {@code facts} (from 0) and its quote,
 * and what did not match.
 */
class FactInventoryTest {
  private static final Set<String> DOCUMENT_PROPERTIES = Set.of("document", "authority", "country", "kind", "facts");
  private static final Set<String> FACT_PROPERTIES = Set.of("quote", "fit", "pointer", "as", "value", "note", "dateOrder");
  private static final Set<String> SOURCE_TYPES = Set.of("xml", "html", "json", "csv");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @TestFactory
  Stream<DynamicContainer> everyDocumentOfTheCorpus() {
    List<Corpus.Document> documents = Corpus.documents();
    assertFalse(documents.isEmpty(), "the corpus has no documents under " + Corpus.root());
    return documents.stream().map(document -> dynamicContainer(document.name(), Stream.of(
        dynamicTest("facts.json is well formed", check(document, "facts.json is not well formed", FactInventoryTest::wellFormed)),
        dynamicTest("every quote is in the source", check(document, "quotes not found in the source", FactInventoryTest::quotesInSource)),
        dynamicTest("every pointer resolves in fixture.json", check(document, "pointers that do not resolve in fixture.json", FactInventoryTest::pointersResolve)),
        dynamicTest("every value matches its quote", check(document, "values that do not match their quotes", FactInventoryTest::valuesMatch)),
        dynamicTest("SOURCES.md lists the source", check(document, "the source is not in SOURCES.md", FactInventoryTest::sourceListed)))));
  }

  private static Executable check(Corpus.Document document, String heading, Function<Corpus.Document, List<String>> problems) {
    return () -> {
      List<String> found = problems.apply(document);
      if (!found.isEmpty()) {
        fail(document.name() + ": " + heading + " (" + found.size() + "):\n  " + String.join("\n  ", found));
      }
    };
  }

  // --- (a) well formed ---

  static List<String> wellFormed(Corpus.Document document) {
    List<String> problems = new ArrayList<>();
    for (Path file : new Path[] {document.facts(), document.fixture()}) {
      if (!Files.isRegularFile(file)) {
        problems.add("no " + file.getFileName() + " in " + document.dir());
      }
    }
    if (document.source().isEmpty()) {
      problems.add("not exactly one source.<xml|html|json|csv> in " + document.dir());
    } else {
      String name = document.source().get().getFileName().toString();
      if (!SOURCE_TYPES.contains(name.substring(name.indexOf('.') + 1))) {
        problems.add("the source is " + name + "; it must be source.xml, source.html, source.json or source.csv");
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    JsonNode facts;
    try {
      facts = Corpus.readJson(document.facts());
      Corpus.readJson(document.fixture());
    } catch (RuntimeException e) {
      return List.of("not JSON: " + e.getMessage());
    }
    if (!facts.isObject()) {
      return List.of("facts.json is not a JSON object");
    }
    for (String property : facts.propertyNames()) {
      if (!DOCUMENT_PROPERTIES.contains(property)) {
        problems.add("unknown property \"" + property + "\"; facts.json has " + DOCUMENT_PROPERTIES);
      }
    }
    if (!facts.path("document").isString() || !facts.path("document").stringValue().equals(document.name())) {
      problems.add("\"document\" is " + facts.path("document") + "; it must be \"" + document.name() + "\", its directory");
    }
    if (!facts.path("authority").isString() || facts.path("authority").stringValue().isBlank()) {
      problems.add("\"authority\" must name the authority");
    }
    if (!facts.path("country").isString() || !COUNTRY.matcher(facts.path("country").stringValue()).matches()) {
      problems.add("\"country\" is " + facts.path("country") + "; it must be an ISO 3166-1 alpha-2 code such as \"GB\"");
    }
    if (!Corpus.KINDS.contains(facts.path("kind").asString(""))) {
      problems.add("\"kind\" is " + facts.path("kind") + "; it must be one of " + Corpus.KINDS);
    }
    if (!facts.path("facts").isArray() || facts.path("facts").isEmpty()) {
      problems.add("\"facts\" must be a non-empty array");
      return problems;
    }
    JsonNode list = facts.get("facts");
    for (int i = 0; i < list.size(); i++) {
      JsonNode fact = list.get(i);
      String at = "fact " + i + describe(fact) + ": ";
      if (!fact.isObject()) {
        problems.add(at + "not an object");
        continue;
      }
      for (String property : fact.propertyNames()) {
        if (!FACT_PROPERTIES.contains(property)) {
          problems.add(at + "unknown property \"" + property + "\"; a fact has " + FACT_PROPERTIES);
        }
      }
      if (!fact.path("quote").isString() || fact.path("quote").stringValue().isBlank()) {
        problems.add(at + "no quote");
      }
      String fit = fact.path("fit").asString("");
      if (!Corpus.FITS.contains(fit)) {
        problems.add(at + "\"fit\" is " + fact.path("fit") + "; it must be one of " + Corpus.FITS);
      }
      boolean pointer = fact.has("pointer");
      boolean as = fact.has("as");
      if (pointer && !fact.get("pointer").isString()) {
        problems.add(at + "\"pointer\" must be a string");
      } else if (pointer) {
        try {
          JsonPointer.compile(fact.get("pointer").stringValue());
        } catch (IllegalArgumentException e) {
          problems.add(at + "\"pointer\" " + fact.get("pointer") + " is not a JSON Pointer: " + e.getMessage());
        }
      }
      switch (fit) {
        case "exact", "lossy" -> {
          if (!pointer) {
            problems.add(at + "an " + fit + " fact needs a pointer to the field that holds it");
          }
          if (!as) {
            problems.add(at + "an " + fit + " fact needs \"as\", how its value is compared");
          }
        }
        case "words" -> {
          if (pointer != as) {
            problems.add(at + (pointer ? "a pointer needs \"as\"" : "\"as\" needs a pointer"));
          }
        }
        case "impossible" -> {
          if (pointer || as || fact.has("value")) {
            problems.add(at + "an impossible fact has no place in the fixture: leave out pointer, as and value");
          }
        }
        default -> { }
      }
      if ((fit.equals("lossy") || fit.equals("impossible"))
          && (!fact.path("note").isString() || fact.path("note").stringValue().isBlank())) {
        problems.add(at + "a " + fit + " fact needs a note saying what " + (fit.equals("lossy") ? "is lost" : "the model lacks"));
      }
      if (fact.has("note") && !fact.get("note").isString()) {
        problems.add(at + "\"note\" must be a string");
      }
      if (as) {
        String comparison = fact.get("as").asString("");
        if (!Corpus.COMPARISONS.contains(comparison)) {
          problems.add(at + "\"as\" is " + fact.get("as") + "; it must be one of " + Corpus.COMPARISONS);
        }
        boolean valued = comparison.equals("code") || comparison.equals("boolean");
        if (valued && !fact.has("value")) {
          problems.add(at + "a " + comparison + " fact needs \"value\", the JSON value expected at its pointer");
        }
        if (!valued && fact.has("value")) {
          problems.add(at + "\"value\" is only for code and boolean facts");
        }
        if (comparison.equals("boolean") && fact.has("value") && !fact.get("value").isBoolean()) {
          problems.add(at + "a boolean fact's value must be true or false");
        }
        if (fact.has("dateOrder") && !comparison.equals("date")) {
          problems.add(at + "\"dateOrder\" is only for date facts");
        }
      }
      if (fact.has("dateOrder") && !Set.of("dmy", "mdy").contains(fact.get("dateOrder").asString(""))) {
        problems.add(at + "\"dateOrder\" must be \"dmy\" or \"mdy\"");
      }
    }
    return problems;
  }

  // --- (b) quotes in the source ---

  static List<String> quotesInSource(Corpus.Document document) {
    Path source = document.source().orElseThrow(() -> new AssertionError(document + ": no source to look in"));
    String raw = Corpus.readString(source);
    boolean json = document.jsonSource();
    String plain = SourceText.normalise(raw, json);
    String markup = SourceText.withMarkup(raw, json);
    List<String> problems = new ArrayList<>();
    List<JsonNode> facts = facts(document);
    for (int i = 0; i < facts.size(); i++) {
      JsonNode quote = facts.get(i).path("quote");
      if (!quote.isString()) {
        continue; // reported as not well formed
      }
      String inPlain = SourceText.normalise(quote.stringValue(), json);
      String inMarkup = SourceText.withMarkup(quote.stringValue(), json);
      if (inPlain.isEmpty() && inMarkup.isEmpty()) {
        problems.add("fact " + i + describe(facts.get(i)) + ": the quote is empty once normalised");
      } else if (!(!inPlain.isEmpty() && plain.contains(inPlain)) && !markup.contains(inMarkup)) {
        problems.add("fact " + i + describe(facts.get(i)) + ": not in " + source.getFileName()
            + " after normalisation (looked for \"" + inPlain + "\" in its text and \"" + inMarkup + "\" in its markup)");
      }
    }
    return problems;
  }

  // --- (c) pointers resolve ---

  static List<String> pointersResolve(Corpus.Document document) {
    JsonNode fixture = Corpus.readJson(document.fixture());
    List<String> problems = new ArrayList<>();
    List<JsonNode> facts = facts(document);
    for (int i = 0; i < facts.size(); i++) {
      JsonNode pointer = facts.get(i).path("pointer");
      if (!pointer.isString()) {
        continue;
      }
      String problem = resolve(fixture, pointer.stringValue()).problem;
      if (problem != null) {
        problems.add("fact " + i + describe(facts.get(i)) + ": " + problem);
      }
    }
    return problems;
  }

  private record Resolved(JsonNode node, String problem) {}

  private static Resolved resolve(JsonNode fixture, String pointer) {
    JsonNode node;
    try {
      node = fixture.at(pointer);
    } catch (IllegalArgumentException e) {
      return new Resolved(null, "\"" + pointer + "\" is not a JSON Pointer");
    }
    if (node.isMissingNode()) {
      String found = "";
      for (String step : pointer.substring(1).split("/", -1)) {
        String next = found + "/" + step;
        if (fixture.at(next).isMissingNode()) {
          break;
        }
        found = next;
      }
      return new Resolved(null, pointer + " is not in fixture.json"
          + (found.isEmpty() ? " (nothing below the root matches)" : " (it stops after " + found + ")"));
    }
    return new Resolved(node, null);
  }

  // --- (d) values match ---

  static List<String> valuesMatch(Corpus.Document document) {
    JsonNode fixture = Corpus.readJson(document.fixture());
    boolean json = document.jsonSource();
    List<String> problems = new ArrayList<>();
    List<JsonNode> facts = facts(document);
    for (int i = 0; i < facts.size(); i++) {
      JsonNode fact = facts.get(i);
      if (!fact.path("pointer").isString() || !fact.path("as").isString() || !fact.path("quote").isString()) {
        continue;
      }
      Resolved resolved = resolve(fixture, fact.get("pointer").stringValue());
      if (resolved.node == null) {
        continue; // reported by (c)
      }
      String problem = compare(fact, resolved.node, json);
      if (problem != null) {
        problems.add("fact " + i + describe(fact) + ": " + problem + " (at " + fact.get("pointer").stringValue() + ")");
      }
    }
    return problems;
  }

  /** Null if the value matches the quote as the fact's {@code as} says, else what is wrong. */
  static String compare(JsonNode fact, JsonNode value, boolean json) {
    String quote = SourceText.withMarkup(fact.get("quote").stringValue(), json);
    String as = fact.get("as").stringValue();
    switch (as) {
      case "text": {
        if (!value.isValueNode()) {
          return "text expected, fixture.json has " + kind(value);
        }
        String text = SourceText.plain(SourceText.decodeEntities(value.asString()));
        String words = SourceText.normalise(fact.get("quote").stringValue(), json); // the quote less any tags
        return (!words.isEmpty() && text.contains(words)) || text.contains(quote) ? null
            : "the fixture's text \"" + shorten(text) + "\" does not contain the quote";
      }
      case "name": {
        String name = nameOf(value);
        if (name == null) {
          return "a name expected, fixture.json has " + kind(value);
        }
        Set<String> quoted = QuoteValues.nameWords(quote);
        Set<String> held = QuoteValues.nameWords(SourceText.plain(name));
        return quoted.equals(held) ? null
            : "the name \"" + name + "\" has the words " + held + ", the quote " + quoted;
      }
      case "date": {
        LocalDate held = dateOf(value);
        if (held == null) {
          return "a date (YYYY-MM-DD) expected, fixture.json has " + value;
        }
        boolean monthFirst = fact.path("dateOrder").asString("dmy").equals("mdy");
        List<LocalDate> quoted = QuoteValues.dates(quote, monthFirst);
        return quoted.contains(held) ? null
            : "the quote holds the dates " + quoted + (monthFirst ? " (month first)" : "") + ", fixture.json has " + held;
      }
      case "time": {
        LocalTime held = timeOf(value);
        if (held == null) {
          return "a time (HH:mm[:ss]) expected, fixture.json has " + value;
        }
        List<LocalTime> quoted = QuoteValues.times(quote);
        return quoted.contains(held) ? null : "the quote holds the times " + quoted + ", fixture.json has " + held;
      }
      case "amount": {
        BigDecimal held = amountOf(value);
        if (held == null) {
          return "a decimal string (or an Amount or Money) expected, fixture.json has " + shorten(value.toString());
        }
        List<BigDecimal> quoted = QuoteValues.amounts(quote);
        for (BigDecimal sum : quoted) {
          if (sum.compareTo(held) == 0) {
            return null;
          }
        }
        return "the quote holds the sums " + quoted + ", fixture.json has " + held.toPlainString();
      }
      case "number": {
        BigInteger held = numberOf(value);
        if (held == null) {
          return "a whole number expected, fixture.json has " + value;
        }
        List<BigInteger> quoted = QuoteValues.numbers(quote);
        return quoted.contains(held) ? null : "the quote holds the numbers " + quoted + ", fixture.json has " + held;
      }
      case "code":
      case "boolean": {
        JsonNode expected = fact.get("value");
        if (expected == null) {
          return "no value to compare with";
        }
        return expected.equals(value) ? null : "value " + expected + " expected, fixture.json has " + shorten(value.toString());
      }
      default:
        return "unknown comparison \"" + as + "\"";
    }
  }

  /** A name held at the pointer: a string, or a person's honorific, name and post-nominals, or a body's name. */
  private static String nameOf(JsonNode value) {
    if (value.isString()) {
      return value.stringValue();
    }
    if (value.isObject() && value.path("name").isString()) {
      StringBuilder name = new StringBuilder();
      if (value.path("honorific").isString()) {
        name.append(value.get("honorific").stringValue()).append(' ');
      }
      name.append(value.get("name").stringValue());
      for (JsonNode postNominal : value.path("postNominals")) {
        name.append(' ').append(postNominal.asString());
      }
      return name.toString();
    }
    return null;
  }

  private static LocalDate dateOf(JsonNode value) {
    if (!value.isString() || value.stringValue().length() < 10 || !ISO_DATE.matcher(value.stringValue().substring(0, 10)).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(value.stringValue().substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalTime timeOf(JsonNode value) {
    if (!value.isString()) {
      return null;
    }
    String text = value.stringValue();
    int t = text.indexOf('T');
    if (t >= 0) { // an instant or a date-time: its time of day, less any zone
      text = text.substring(t + 1).replaceFirst("(Z|[+-]\\d{2}:\\d{2})$", "");
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A decimal string or number, or the sum inside an Amount ({@code money}) or a Money ({@code amount}). */
  private static BigDecimal amountOf(JsonNode value) {
    if (value.isString()) {
      try {
        return new BigDecimal(value.stringValue());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isObject()) {
      if (value.has("money")) {
        return amountOf(value.get("money"));
      }
      if (value.has("amount")) {
        return amountOf(value.get("amount"));
      }
    }
    return null;
  }

  private static BigInteger numberOf(JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue();
    }
    if (value.isString() && value.stringValue().matches("-?\\d+")) {
      return new BigInteger(value.stringValue());
    }
    return null;
  }

  // --- (e) SOURCES.md ---

  static List<String> sourceListed(Corpus.Document document) {
    Path sources = document.sourcesFile();
    if (!Files.isRegularFile(sources)) {
      return List.of("no SOURCES.md in corpus/" + document.family());
    }
    Path source = document.source().orElseThrow(() -> new AssertionError(document + ": no source"));
    String path = document.id() + "/" + source.getFileName();
    for (String line : Corpus.readString(sources).split("\n")) {
      if (line.trim().startsWith("|") && line.contains(path)) {
        return List.of();
      }
    }
    return List.of("corpus/" + document.family() + "/SOURCES.md has no table row naming " + path);
  }

  // --- helpers ---

  /** The facts of a document, or an error saying why they cannot be read. */
  static List<JsonNode> facts(Corpus.Document document) {
    JsonNode facts;
    try {
      facts = Corpus.readJson(document.facts());
    } catch (RuntimeException e) {
      throw new AssertionError(document + ": facts.json cannot be read: " + e.getMessage(), e);
    }
    List<JsonNode> list = new ArrayList<>();
    facts.path("facts").forEach(list::add);
    return list;
  }

  private static String describe(JsonNode fact) {
    return fact.path("quote").isString() ? " (\"" + shorten(fact.get("quote").stringValue()) + "\")" : "";
  }

  private static String kind(JsonNode value) {
    return value.isObject() ? "an object" : value.isArray() ? "an array" : value.toString();
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
