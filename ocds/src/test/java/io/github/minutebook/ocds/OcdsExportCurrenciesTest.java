package io.github.minutebook.ocds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The exporter's currencies are OCDS's: {@link OcdsExportCurrencies#CODES} is kept in the code so
 * that exporting needs no schema, and this test holds it to the release schema the tests ship, so
 * that the fact lives in the schema and any difference is named.
 */
class OcdsExportCurrenciesTest {
  @Test
  void theCodesAreTheReleaseSchemasClosedCurrencyCodeListExactly() {
    JsonNode currency = OcdsSchemas.MAPPER.readTree(OcdsSchemas.read("release-schema.json"))
        .at("/definitions/Value/properties/currency");
    assertEquals("currency.csv", currency.path("codelist").asString());
    assertFalse(currency.path("openCodelist").asBoolean(true), "a closed code list: a code not on it is invalid");
    List<String> schema = new ArrayList<>();
    List<JsonNode> others = new ArrayList<>();
    currency.path("enum").forEach(code -> {
      if (code.isString()) {
        schema.add(code.asString());
      } else {
        others.add(code);
      }
    });
    // the enum's null is the schema's "no currency" (its type is ["string", "null"]), not a code
    assertEquals("[null]", others.toString());
    assertEquals(schema.size(), Set.copyOf(schema).size(), "the schema lists each code once");

    assertEquals(Set.of(), minus(schema, OcdsExportCurrencies.CODES), "in the schema, not in OcdsExportCurrencies.CODES");
    assertEquals(Set.of(), minus(OcdsExportCurrencies.CODES, schema), "in OcdsExportCurrencies.CODES, not in the schema");
    assertEquals(schema, List.copyOf(OcdsExportCurrencies.CODES), "the same codes in the schema's order");
  }

  private static Set<String> minus(Collection<String> these, Collection<String> those) {
    Set<String> left = new LinkedHashSet<>(these);
    left.removeAll(those);
    return left;
  }
}
