package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.internal.shape.Cardinality;
import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import io.github.minutebook.internal.shape.TypeShape;
import io.github.minutebook.json.internal.Codec;
import io.github.minutebook.json.internal.ModelCodecs;
import io.github.minutebook.json.internal.ObjectCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every property of every type of the model, as the shapes generated from the model types declare
 * it, is in the codec (same name, order and cardinality), in the committed JSON Schema and in
 * docs/json-format.md, each time with the accessor's Javadoc as its description. Each failure
 * names the missing property.
 */
class ModelShapeCoverageTest {

  @Test
  void everyPropertyHasACodecRowOfTheSameNameOrderAndCardinality() {
    List<String> problems = new ArrayList<>();
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      Codec<?> codec = ModelCodecs.forType(shape.type());
      if (shape.isSealed()) {
        continue; // a sealed interface's codec is its subtypes' (checked through the schema below)
      }
      if (!(codec instanceof ObjectCodec<?, ?> object)) {
        problems.add(shape + " has no object codec");
        continue;
      }
      List<ObjectCodec.Row> rows = object.rows().stream().filter(row -> !row.kind().equals("constant")).toList();
      List<String> expected = new ArrayList<>();
      for (PropertyShape<?, ?, ?> property : shape.properties()) {
        expected.add(property.name() + " " + kind(property) + " " + property.description());
      }
      List<String> actual = rows.stream().map(row -> row.name() + " " + row.kind() + " " + row.description()).toList();
      for (String row : expected) {
        if (!actual.contains(row)) {
          problems.add(shape + ": no codec row \"" + row + "\"");
        }
      }
      for (String row : actual) {
        if (!expected.contains(row)) {
          problems.add(shape + ": a codec row no property declares: \"" + row + "\"");
        }
      }
      if (problems.isEmpty()) {
        assertEquals(expected, actual, shape + ": codec rows out of the accessors' order");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyPropertyIsInTheCommittedSchemaWithItsDescription() throws IOException {
    JsonNode definitions = new JsonMapper().readTree(
        Files.readString(SchemaFileTest.RESOURCE, StandardCharsets.UTF_8)).get("$defs");
    List<String> missing = new ArrayList<>();
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      JsonNode definition = definitions.get(shape.type().getSimpleName());
      if (definition == null) {
        missing.add(shape.toString());
        continue;
      }
      for (PropertyShape<?, ?, ?> property : shape.properties()) {
        JsonNode entry = definition.path("properties").get(property.name());
        if (entry == null || !property.description().equals(entry.path("description").asString())) {
          missing.add(shape + "." + property.name());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyPropertyIsInTheFormatDocsWithItsDescription() throws IOException {
    Map<String, String> sections = JsonFormatDocTest.sections(
        Files.readString(JsonFormatDocTest.DOC, StandardCharsets.UTF_8));
    List<String> missing = new ArrayList<>();
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      String section = sections.getOrDefault(shape.type().getSimpleName(), "");
      if (section.isEmpty()) {
        missing.add("section " + shape);
      }
      for (PropertyShape<?, ?, ?> property : shape.properties()) {
        if (!section.contains("| `" + property.name() + "` |")
            || !section.contains(JsonFormatDocTest.escape(property.description()))) {
          missing.add(shape + "." + property.name());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyOverrideNamesAPropertyOfTheModel() {
    List<String> stale = new ArrayList<>();
    for (String key : ModelCodecs.OVERRIDES.keySet()) {
      String type = key.substring(0, key.indexOf('.'));
      String name = key.substring(key.indexOf('.') + 1);
      boolean found = ModelShapes.ALL.stream().anyMatch(shape -> shape.type().getSimpleName().equals(type)
          && shape.property(name).isPresent());
      if (!found) {
        stale.add(key);
      }
    }
    assertEquals(List.of(), stale);
  }

  private static String kind(PropertyShape<?, ?, ?> property) {
    return property.cardinality() == Cardinality.MAP ? "optional"
        : property.cardinality().name().toLowerCase(java.util.Locale.ROOT);
  }
}
