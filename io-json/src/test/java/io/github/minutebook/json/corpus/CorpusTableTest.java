package io.github.minutebook.json.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The measured table: how much of the corpus's facts the model holds, per document, per kind of
 * document and in all, counted from the fact inventories. It is written into docs/model.md
 * ("Measured on real documents") between {@link #BEGIN} and {@link #END}, and this test fails when
 * the committed table differs from what the inventories say.
 *
 * <p>After adding or changing an inventory, rewrite the table with {@code mvn -pl io-json -am test
 * -Dtest=CorpusTableTest -Dsurefire.failIfNoSpecifiedTests=false -Dminutebook.updateDocs=true}
 * and review the diff.
 */
class CorpusTableTest {
  static final Path DOC = Path.of("../docs/model.md");
  static final String BEGIN = "<!-- generated: corpus-table -->";
  static final String END = "<!-- end of generated: corpus-table -->";

  /** The counts of one document's inventory. */
  record Row(String document, String authority, String country, String kind, int[] fits) {
    int facts() {
      int facts = 0;
      for (int count : fits) {
        facts += count;
      }
      return facts;
    }

    int fit(String fit) {
      return fits[Corpus.FITS.indexOf(fit)];
    }
  }

  @Test
  void theTableInModelMdIsWhatTheInventoriesSay() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertTrue(begin >= 0 && end > begin, DOC + " has no region between \"" + BEGIN + "\" and \"" + END + "\"");
    String expected = doc.substring(0, begin + BEGIN.length()) + "\n" + table(rows()) + doc.substring(end);
    if (Boolean.getBoolean("minutebook.updateDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
      doc = expected;
    }
    assertEquals(expected, doc, DOC + "'s corpus table is stale: regenerate it with mvn -pl io-json -am test"
        + " -Dtest=CorpusTableTest -Dsurefire.failIfNoSpecifiedTests=false -Dminutebook.updateDocs=true");
  }

  /** The README states the measured figure, not a claim: the same figure as the table. */
  @Test
  void theReadmeStatesTheMeasuredFigure() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<Row> rows = rows();
    int facts = 0;
    int exact = 0;
    for (Row row : rows) {
      facts += row.facts();
      exact += row.fit("exact");
    }
    String figure = percent(exact, facts) + "% of " + String.format(java.util.Locale.ROOT, "%,d", facts) + " facts";
    assertTrue(readme.contains(figure) && readme.contains(rows.size() + " real documents"),
        "README.md should state the corpus figure \"" + figure + "\" of " + rows.size() + " real documents");
  }

  @Test
  void everyFactIsCountedOnceUnderOneFit() {
    for (Row row : rows()) {
      assertEquals(FactInventoryTest.facts(documentNamed(row.document())).size(), row.facts(),
          row.document() + ": facts with a fit other than " + Corpus.FITS);
    }
  }

  private static Corpus.Document documentNamed(String name) {
    return Corpus.documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
  }

  /** One row a document, from its facts.json. */
  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Corpus.Document document : Corpus.documents()) {
      JsonNode facts = Corpus.readJson(document.facts());
      int[] fits = new int[Corpus.FITS.size()];
      for (JsonNode fact : facts.path("facts")) {
        int fit = Corpus.FITS.indexOf(fact.path("fit").asString(""));
        if (fit >= 0) {
          fits[fit]++;
        }
      }
      rows.add(new Row(document.name(), facts.path("authority").asString(""), facts.path("country").asString(""),
          facts.path("kind").asString(""), fits));
    }
    assertFalse(rows.isEmpty(), "the corpus has no documents");
    return rows;
  }

  /** The three tables: per document, per kind, and the totals. */
  static String table(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append("\n| document | authority | country | kind | facts | exact | lossy | words | impossible | exact % |\n")
        .append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Row row : rows) {
      out.append("| ").append(row.document()).append(" | ").append(escape(row.authority())).append(" | ")
          .append(row.country()).append(" | ").append(row.kind()).append(" | ").append(row.facts());
      for (String fit : Corpus.FITS) {
        out.append(" | ").append(row.fit(fit));
      }
      out.append(" | ").append(percent(row.fit("exact"), row.facts())).append(" |\n");
    }

    Map<String, List<Row>> byKind = new LinkedHashMap<>();
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt((Row row) -> kindOrder(row.kind())).thenComparing(Row::kind));
    for (Row row : sorted) {
      byKind.computeIfAbsent(row.kind(), kind -> new ArrayList<>()).add(row);
    }
    out.append("\n| kind | documents | facts | exact | lossy | words | impossible | exact % | exact + lossy % |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<String, List<Row>> kind : byKind.entrySet()) {
      int[] fits = sum(kind.getValue());
      int facts = total(fits);
      out.append("| ").append(kind.getKey()).append(" | ").append(kind.getValue().size()).append(" | ").append(facts);
      for (int count : fits) {
        out.append(" | ").append(count);
      }
      out.append(" | ").append(percent(fits[0], facts)).append(" | ").append(percent(fits[0] + fits[1], facts)).append(" |\n");
    }

    int[] fits = sum(rows);
    int facts = total(fits);
    TreeSet<String> authorities = new TreeSet<>();
    TreeSet<String> countries = new TreeSet<>();
    for (Row row : rows) {
      authorities.add(row.authority());
      countries.add(row.country());
    }
    out.append("\n| documents | authorities | countries | facts | exact % | exact + lossy % |\n")
        .append("| ---: | ---: | ---: | ---: | ---: | ---: |\n")
        .append("| ").append(rows.size()).append(" | ").append(authorities.size()).append(" | ").append(countries.size())
        .append(" | ").append(facts).append(" | ").append(percent(fits[0], facts)).append(" | ")
        .append(percent(fits[0] + fits[1], facts)).append(" |\n\n");
    return out.toString();
  }

  private static int kindOrder(String kind) {
    int order = Corpus.KINDS.indexOf(kind);
    return order < 0 ? Integer.MAX_VALUE : order;
  }

  private static int[] sum(List<Row> rows) {
    int[] fits = new int[Corpus.FITS.size()];
    for (Row row : rows) {
      for (int i = 0; i < fits.length; i++) {
        fits[i] += row.fits()[i];
      }
    }
    return fits;
  }

  private static int total(int[] fits) {
    int total = 0;
    for (int count : fits) {
      total += count;
    }
    return total;
  }

  /** A share in percent with one decimal, rounded half up: "37.5". */
  static String percent(int part, int whole) {
    if (whole == 0) {
      return "–";
    }
    return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
