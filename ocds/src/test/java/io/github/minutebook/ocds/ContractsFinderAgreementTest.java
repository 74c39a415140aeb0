package io.github.minutebook.ocds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.exchange.Converted;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The twenty real Contracts Finder award notices in io-json's corpus, each beside the Minutebook
 * record curated from it: exporting the record comes back close to the notice it was made from.
 * For each notice, the key fields of its release are compared with the export's; the number of
 * notices on which each field agrees is pinned, so that a change to the mapping shows here.
 *
 * <p>All 224 of the key fields that the notices give come back equal (224 of the 260 compared):
 * the other 36 are fields the notices leave null or out, 16 procurement methods (12 of which the
 * curated records state, read from "Open procedure" and the like) and 20 main procurement
 * categories (which the curated records read from Contracts Finder's {@code ojeuContractType}).
 *
 * <p>Contracts Finder writes HTML entities in its text ("Tyres &amp;amp; Associated Services"),
 * which the curated records hold decoded, as meant; the notice's text is decoded the same way
 * before it is compared.
 */
class ContractsFinderAgreementTest {
  private static final OcdsExporter EXPORTER = OcdsExporter.builder("ocds-abc123").build();

  /** The fields compared, each read from a release the same way from the notice and the export. */
  private static final Map<String, Function<JsonNode, Optional<String>>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("tender.id", r -> text(r.at("/tender/id")));
    FIELDS.put("tender.title", r -> text(r.at("/tender/title")));
    FIELDS.put("tender.value.amount", r -> number(r.at("/tender/value/amount")));
    FIELDS.put("tender.value.currency", r -> text(r.at("/tender/value/currency")));
    FIELDS.put("tender.procurementMethod", r -> text(r.at("/tender/procurementMethod")));
    FIELDS.put("tender.procurementMethodDetails", r -> text(r.at("/tender/procurementMethodDetails")));
    FIELDS.put("tender.mainProcurementCategory", r -> text(r.at("/tender/mainProcurementCategory")));
    FIELDS.put("awards[0].suppliers names", r -> names(r.at("/awards/0/suppliers")));
    FIELDS.put("awards[0].value.amount", r -> number(r.at("/awards/0/value/amount")));
    FIELDS.put("awards[0].value.currency", r -> text(r.at("/awards/0/value/currency")));
    FIELDS.put("awards[0].contractPeriod.startDate", r -> text(r.at("/awards/0/contractPeriod/startDate")));
    FIELDS.put("awards[0].contractPeriod.endDate", r -> text(r.at("/awards/0/contractPeriod/endDate")));
    FIELDS.put("tender.items classification ids", ContractsFinderAgreementTest::classificationIds);
  }

  /** Of 20 notices, on how many each field comes out equal. */
  private static final Map<String, Integer> AGREEING = new LinkedHashMap<>();

  static {
    AGREEING.put("tender.id", 20);
    AGREEING.put("tender.title", 20);
    AGREEING.put("tender.value.amount", 20);
    AGREEING.put("tender.value.currency", 20);
    AGREEING.put("tender.procurementMethod", 4);
    AGREEING.put("tender.procurementMethodDetails", 20);
    AGREEING.put("tender.mainProcurementCategory", 0);
    AGREEING.put("awards[0].suppliers names", 20);
    AGREEING.put("awards[0].value.amount", 20);
    AGREEING.put("awards[0].value.currency", 20);
    AGREEING.put("awards[0].contractPeriod.startDate", 20);
    AGREEING.put("awards[0].contractPeriod.endDate", 20);
    AGREEING.put("tender.items classification ids", 20);
  }

  @Test
  void exportsOfTheCuratedRecordsAgreeWithTheNoticesTheyCameFrom() {
    List<Path> notices = Fixtures.contractsFinder();
    assertEquals(20, notices.size(), "the Contracts Finder corpus");
    Map<String, Integer> agreeing = new LinkedHashMap<>();
    FIELDS.keySet().forEach(field -> agreeing.put(field, 0));
    List<String> differences = new ArrayList<>();
    List<String> contradictions = new ArrayList<>();
    for (Path notice : notices) {
      JsonNode source =
          decodeEntities(OcdsSchemas.MAPPER.readTree(Fixtures.bytes(notice.resolve("source.json"))).at("/releases/0"));
      List<Converted<ObjectNode>> exported = EXPORTER.releases(Fixtures.record(notice.resolve("fixture.json")));
      assertEquals(1, exported.size(), notice + ": one contract award, one release");
      JsonNode release = exported.get(0).value().orElseThrow();
      assertTrue(OcdsSchemas.validateRelease(release).isEmpty(), () -> notice + ": " + OcdsSchemas.validateRelease(release));
      FIELDS.forEach((field, read) -> {
        Optional<String> expected = read.apply(source);
        Optional<String> actual = read.apply(release);
        if (expected.isPresent() && expected.equals(actual)) {
          agreeing.merge(field, 1, Integer::sum);
        } else {
          String difference = notice.getFileName() + " " + field + ": notice " + expected.orElse("(none)") + ", export "
              + actual.orElse("(none)");
          differences.add(difference);
          if (expected.isPresent()) {
            contradictions.add(difference);
          }
        }
      });
    }
    int total = agreeing.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("Contracts Finder agreement: " + total + " of " + FIELDS.size() * notices.size()
        + " key fields equal " + agreeing);
    assertEquals(List.of(), contradictions, "where the notice gives a field, the export gives the same");
    assertEquals(AGREEING, agreeing, () -> "fields agreeing changed; the differences:\n  " + String.join("\n  ", differences));
  }

  private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#\\d+|amp|quot|lt|gt|apos|pound);");

  /** The notice with the HTML entities in its strings decoded. */
  private static JsonNode decodeEntities(JsonNode node) {
    if (node.isString()) {
      return OcdsSchemas.MAPPER.getNodeFactory().stringNode(ENTITY.matcher(node.asString()).replaceAll(m -> {
        String name = m.group(1);
        String decoded = switch (name) {
          case "amp" -> "&";
          case "quot" -> "\"";
          case "lt" -> "<";
          case "gt" -> ">";
          case "apos" -> "'";
          case "pound" -> "\u00a3";
          default -> new String(Character.toChars(Integer.parseInt(name.substring(1))));
        };
        return java.util.regex.Matcher.quoteReplacement(decoded);
      }));
    }
    if (node.isObject()) {
      ObjectNode copy = OcdsSchemas.MAPPER.createObjectNode();
      node.properties().forEach(e -> copy.set(e.getKey(), decodeEntities(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      tools.jackson.databind.node.ArrayNode copy = OcdsSchemas.MAPPER.createArrayNode();
      node.forEach(e -> copy.add(decodeEntities(e)));
      return copy;
    }
    return node;
  }

  private static Optional<String> text(JsonNode node) {
    return node.isString() && !node.asString().isEmpty() ? Optional.of(node.asString()) : Optional.empty();
  }

  /** A number, compared by value: 120000 and 120000.00 are equal. */
  private static Optional<String> number(JsonNode node) {
    return node.isNumber() ? Optional.of(new BigDecimal(node.asString()).stripTrailingZeros().toPlainString())
        : Optional.empty();
  }

  /** The classification ids of the tender's items, main and additional, as a set. */
  private static Optional<String> classificationIds(JsonNode release) {
    TreeSet<String> ids = new TreeSet<>();
    for (JsonNode item : release.at("/tender/items")) {
      ids.add(item.at("/classification/id").asString(""));
      item.path("additionalClassifications").forEach(c -> ids.add(c.path("id").asString("")));
    }
    ids.remove("");
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.toString());
  }

  private static Optional<String> names(JsonNode suppliers) {
    List<String> names = new ArrayList<>();
    suppliers.forEach(s -> names.add(s.path("name").asString("")));
    return names.isEmpty() ? Optional.empty() : Optional.of(names.toString());
  }
}
