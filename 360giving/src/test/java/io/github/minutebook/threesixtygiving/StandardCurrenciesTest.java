package io.github.minutebook.threesixtygiving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The currencies 360Giving accepts: {@link Standard#CURRENCIES} is kept in the code so that reading
 * and writing grants needs no schema, and this test holds it to the 360Giving schema the tests
 * ship, so that the fact lives in the schema and any difference is named.
 */
class StandardCurrenciesTest {
  @Test
  void theCurrenciesAreTheSchemasCurrencyEnumExactly() {
    JsonNode currency = JsonMapper.builder().build().readTree(GrantSchema.resource("schema/360-giving-schema.json"))
        .at("/$defs/currency");
    assertEquals("currency.csv", currency.path("codelist").asString());
    List<String> schema = new ArrayList<>();
    currency.path("enum").forEach(code -> schema.add(code.isString() ? code.asString() : code.toString()));
    assertEquals(schema.size(), Set.copyOf(schema).size(), "the schema lists each code once");

    assertEquals(Set.of(), minus(schema, Standard.CURRENCIES), "in the schema, not in Standard.CURRENCIES");
    assertEquals(Set.of(), minus(Standard.CURRENCIES, schema), "in Standard.CURRENCIES, not in the schema");
    assertEquals(schema, List.copyOf(Standard.CURRENCIES), "the same codes in the schema's order");
  }

  @Test
  void grantsAndTransactionsTakeTheirCurrencyFromThatEnum() {
    JsonNode schema = JsonMapper.builder().build().readTree(GrantSchema.resource("schema/360-giving-schema.json"));
    assertEquals("#/$defs/currency", schema.at("/properties/currency/$ref").asString());
    assertEquals("#/$defs/currency", schema.at("/$defs/Transaction/properties/currency/$ref").asString());
  }

  private static Set<String> minus(Collection<String> these, Collection<String> those) {
    Set<String> left = new LinkedHashSet<>(these);
    left.removeAll(those);
    return left;
  }
}
