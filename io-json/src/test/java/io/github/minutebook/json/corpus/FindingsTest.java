package io.github.minutebook.json.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The precision of the rules, measured on real documents: every finding the rules of both profiles
 * (the defaults and the thorough profile's own) report on the corpus and on the five seed minutes
 * is labelled true or false, with a one-line
 * reason, in {@code corpus/findings.json}, and this test fails when a rule reports a finding that is
 * not labelled (so that a new rule is calibrated on real minutes when it arrives), when a label
 * names a finding no rule reports any more, or when the precision falls below {@link #TARGET}.
 *
 * <p>The measured precision per rule is written into docs/validation-rules.md ("Measured on real
 * documents") between {@link #BEGIN} and {@link #END}; rewrite it with {@code -Dtest=FindingsTest
 * -Dminutebook.updateDocs=true} and review the diff. A finding is keyed by its document, its code,
 * its JSON Pointer and its message, so that a label is for exactly the words a user would read.
 */
class FindingsTest {
  static final String LABELS = "findings.json";
  static final Path DOC = Path.of("../docs/validation-rules.md");
  static final String BEGIN = "<!-- generated: rule-precision -->";
  static final String END = "<!-- end of generated: rule-precision -->";
  /** The share of findings on real documents that must be true. */
  static final BigDecimal TARGET = new BigDecimal("0.95");

  private static final MinutebookJson JSON = MinutebookJson.standard();

  /** A finding of the default rules on a real document. */
  record Finding(String document, String code, String severity, String pointer, String message) {
    String key() {
      return document + " " + code + " " + pointer + " " + message;
    }

    String asLabel() {
      return "{\"document\": " + quote(document) + ", \"code\": " + quote(code) + ", \"severity\": " + quote(severity)
          + ", \"pointer\": " + quote(pointer) + ",\n \"message\": " + quote(message)
          + ",\n \"label\": \"?\", \"reason\": \"?\"}";
    }
  }

  /** A labelled finding. */
  record Label(Finding finding, boolean isTrue, String reason) {}

  /** The real documents the default rules are run over: the corpus's fixtures and the seed goldens. */
  static Map<String, byte[]> documents() {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    for (Corpus.Document document : Corpus.documents()) {
      documents.put(document.name(), Corpus.readBytes(document.fixture()));
    }
    Path seeds = resource("io/github/minutebook/json/seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
          documents.put("seeds/" + name.substring(0, name.length() - ".json".length()), Files.readAllBytes(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  /** Every finding of the default rules on every real document, in document order. */
  static List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    documents().forEach((name, bytes) -> {
      for (Violation v : MeetingValidator.thorough().validate(JSON.decodeRecord(bytes)).violations()) {
        findings.add(new Finding(name, v.code(), v.severity().name().toLowerCase(Locale.ROOT), v.pointer(), v.message()));
      }
    });
    return findings;
  }

  static List<Label> labels() {
    JsonNode root = Corpus.readJson(Corpus.root().resolve(LABELS));
    List<Label> labels = new ArrayList<>();
    for (JsonNode node : root.get("findings")) {
      String label = node.get("label").asString();
      assertTrue(label.equals("true") || label.equals("false"),
          "a label is \"true\" or \"false\", not \"" + label + "\": " + node);
      String reason = node.get("reason").asString();
      assertTrue(!reason.isBlank() && !reason.equals("?"), "a label gives its reason: " + node);
      labels.add(new Label(new Finding(node.get("document").asString(), node.get("code").asString(),
          node.get("severity").asString(), node.get("pointer").asString(), node.get("message").asString()),
          label.equals("true"), reason));
    }
    return labels;
  }

  @Test
  void everyFindingOnRealDocumentsIsLabelledAndEveryLabelIsAFinding() {
    Map<String, Label> labelled = new LinkedHashMap<>();
    for (Label label : labels()) {
      Label before = labelled.put(label.finding().key(), label);
      assertTrue(before == null, "labelled twice: " + label.finding().key());
    }
    List<String> unlabelled = new ArrayList<>();
    Map<String, Label> stale = new LinkedHashMap<>(labelled);
    for (Finding finding : findings()) {
      Label label = stale.remove(finding.key());
      if (label == null) {
        unlabelled.add(finding.asLabel());
      } else {
        assertEquals(label.finding().severity(), finding.severity(), "the severity changed: " + finding.key());
      }
    }
    if (!unlabelled.isEmpty() || !stale.isEmpty()) {
      fail(unlabelled.size() + " finding(s) on real documents have no label in corpus/" + LABELS
          + " (label each true or false, with a reason):\n" + String.join(",\n", unlabelled)
          + "\n" + stale.size() + " label(s) name a finding no rule reports any more:\n"
          + String.join("\n", stale.keySet()));
    }
  }

  @Test
  void theDefaultRulesArePreciseOnRealDocuments() {
    int all = 0;
    int correct = 0;
    for (Label label : labels()) {
      all++;
      correct += label.isTrue() ? 1 : 0;
    }
    assertTrue(all == 0 || BigDecimal.valueOf(correct).compareTo(TARGET.multiply(BigDecimal.valueOf(all))) >= 0,
        correct + " of " + all + " findings on real documents are true, under the target of " + TARGET);
  }

  @Test
  void thePrecisionTableInTheRulesDocIsWhatTheLabelsSay() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertTrue(begin >= 0 && end > begin, DOC + " has no region between \"" + BEGIN + "\" and \"" + END + "\"");
    String expected = doc.substring(0, begin + BEGIN.length()) + "\n" + table(labels()) + doc.substring(end);
    if (Boolean.getBoolean("minutebook.updateDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
      doc = expected;
    }
    assertEquals(expected, doc, DOC + "'s precision table is stale: regenerate it with mvn -pl io-json -am test"
        + " -Dtest=FindingsTest -Dsurefire.failIfNoSpecifiedTests=false -Dminutebook.updateDocs=true");
  }

  /** The table: per rule, its profile, its findings on real documents, how many are true, and the precision. */
  static String table(List<Label> labels) {
    Set<String> defaults = new HashSet<>();
    MeetingValidator.defaults().rules().forEach(rule -> defaults.add(rule.code()));
    Map<String, int[]> byRule = new TreeMap<>();
    int[] inDefaults = new int[2];
    int[] inAll = new int[2];
    for (Label label : labels) {
      int[] counts = byRule.computeIfAbsent(label.finding().code(), code -> new int[2]);
      for (int[] tally : defaults.contains(label.finding().code())
          ? List.of(counts, inDefaults, inAll) : List.of(counts, inAll)) {
        tally[0]++;
        tally[1] += label.isTrue() ? 1 : 0;
      }
    }
    int documents = documents().size();
    StringBuilder table = new StringBuilder();
    table.append("Measured on ").append(documents).append(" real documents (the development corpus and the five seeds).\n")
        .append("The default rules: ").append(inDefaults[0]).append(" findings, ").append(inDefaults[1])
        .append(" true, a precision of ").append(percent(inDefaults[1], inDefaults[0])).append("%. ")
        .append("The thorough profile (the defaults and its own rules): ").append(inAll[0]).append(" findings, ")
        .append(inAll[1]).append(" true, a precision of ").append(percent(inAll[1], inAll[0])).append("%.\n\n");
    table.append("| rule | profile | findings | true | false | precision |\n| --- | --- | --- | --- | --- | --- |\n");
    byRule.forEach((code, counts) -> table.append("| `").append(code).append("` | ")
        .append(defaults.contains(code) ? "default" : "thorough").append(" | ").append(counts[0]).append(" | ")
        .append(counts[1]).append(" | ").append(counts[0] - counts[1]).append(" | ").append(percent(counts[1], counts[0]))
        .append("% |\n"));
    table.append("\nRules not in the table reported nothing on these documents; their cases are in `DefaultRulesTest`.\n");
    return table.toString();
  }

  static String percent(int part, int whole) {
    if (whole == 0) {
      return "-";
    }
    return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        default -> {
          if (ch < 0x20) {
            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            quoted.append(ch);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  private static Path resource(String name) {
    URL url = FindingsTest.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new AssertionError("no " + name + " on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
