package io.github.minutebook.json.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import io.github.minutebook.json.MinutebookJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every fixture of the corpus is a Minutebook document: it is valid against the format's JSON
 * Schema (validated as {@code SchemaValidationTest} does), {@link MinutebookJson#standard()} reads
 * it, and what it writes back is the same JSON.
 *
 * <p>Each fixture, a meeting or a decision record, is read with {@link
 * MinutebookJson#decodeRecord(byte[])} and written back with {@link
 * MinutebookJson#encodePretty}.
 */
class CorpusFixturesTest {
  private static final MinutebookJson JSON = MinutebookJson.standard();

  /**
   * A validator for the schema the library serves: draft 2020-12 with ECMA-262 regular
   * expressions through joni, whole numbers counted as the specification counts them; the same
   * registry as the format's own schema tests.
   */
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
              .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
              .losslessNarrowing(true)
              .build()))
      .getSchema(MinutebookJson.schema(), InputFormat.JSON);

  @TestFactory
  Stream<DynamicTest> everyFixtureIsADocumentThatRoundTrips() {
    List<Corpus.Document> documents = Corpus.documents();
    assertFalse(documents.isEmpty(), "the corpus has no documents under " + Corpus.root());
    return documents.stream().map(document -> dynamicTest(document.name(), () -> check(document)));
  }

  private static void check(Corpus.Document document) {
    byte[] bytes = Corpus.readBytes(document.fixture());
    JsonNode tree = Corpus.PLAIN.readTree(bytes);
    List<String> problems = new ArrayList<>();

    List<Error> errors = SCHEMA.validate(tree);
    if (!errors.isEmpty()) {
      problems.add("the schema rejects it: " + errors.subList(0, Math.min(5, errors.size()))
          + (errors.size() > 5 ? " and " + (errors.size() - 5) + " more" : ""));
    }

    byte[] written = null;
    try {
      written = JSON.encodePretty(JSON.decodeRecord(bytes));
    } catch (RuntimeException e) {
      problems.add("MinutebookJson does not read it: " + e.getMessage());
    }
    if (written != null) {
      JsonNode again = Corpus.PLAIN.readTree(written);
      if (!again.equals(tree)) {
        problems.add("written back it is different JSON: " + firstDifference(tree, again, ""));
      }
    }
    if (!problems.isEmpty()) {
      fail(document.name() + "/fixture.json:\n  " + String.join("\n  ", problems));
    }
  }

  /** Where two trees first differ, as a JSON Pointer and the two values. */
  static String firstDifference(JsonNode expected, JsonNode actual, String at) {
    if (expected.isObject() && actual.isObject()) {
      for (String name : expected.propertyNames()) {
        String here = at + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!actual.has(name)) {
          return here + " is left out";
        }
        if (!expected.get(name).equals(actual.get(name))) {
          return firstDifference(expected.get(name), actual.get(name), here);
        }
      }
      for (String name : actual.propertyNames()) {
        if (!expected.has(name)) {
          return at + "/" + name + " is added: " + actual.get(name);
        }
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        if (!expected.get(i).equals(actual.get(i))) {
          return firstDifference(expected.get(i), actual.get(i), at + "/" + i);
        }
      }
    }
    return (at.isEmpty() ? "the document" : at) + " is " + actual + " where the fixture has " + expected;
  }
}
