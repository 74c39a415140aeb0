package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.json.internal.Codec;
import io.github.minutebook.json.internal.ModelCodecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed JSON Schema is the one the codecs describe: {@link MinutebookJson#SCHEMA_RESOURCE}
 * in the jar and its copy in docs/ are both exactly what {@link FormatSchema#text()} builds.
 *
 * <p>After a deliberate change to the format, rewrite both with {@code mvn -pl io-json -am test
 * -Dtest=SchemaFileTest -Dsurefire.failIfNoSpecifiedTests=false -Dminutebook.updateSchema=true}
 * and review the diff.
 */
class SchemaFileTest {
  static final Path RESOURCE = Path.of("src/main/resources" + MinutebookJson.SCHEMA_RESOURCE);
  static final Path DOCS_COPY = Path.of("../docs/minutebook-" + ModelCodecs.FORMAT_VERSION + ".schema.json");

  @Test
  void theCommittedSchemaAndItsDocsCopyAreWhatTheCodecsDescribe() throws IOException {
    String expected = FormatSchema.text();
    if (Boolean.getBoolean("minutebook.updateSchema")) {
      for (Path file : new Path[] {RESOURCE, DOCS_COPY}) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, expected, StandardCharsets.UTF_8);
      }
    }
    assertEquals(expected, Files.readString(RESOURCE, StandardCharsets.UTF_8),
        RESOURCE + " is stale: regenerate it with -Dminutebook.updateSchema=true");
    assertEquals(expected, Files.readString(DOCS_COPY, StandardCharsets.UTF_8),
        DOCS_COPY + " is stale: regenerate it with -Dminutebook.updateSchema=true");
  }

  @Test
  void theLibraryServesTheCommittedSchema() throws IOException {
    if (!Boolean.getBoolean("minutebook.updateSchema")) { // the class path holds the old copy while updating
      assertEquals(Files.readString(RESOURCE, StandardCharsets.UTF_8), MinutebookJson.schema());
    }
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    var errors = FormatSchema.metaSchema().validate(FormatSchema.tree(FormatSchema.text()));
    assertTrue(errors.isEmpty(), errors::toString);
  }

  @Test
  void theRootIsADocumentAndEveryNamedCodecHasADefinition() {
    Map<String, Object> root = FormatSchema.build();
    assertEquals("https://json-schema.org/draft/2020-12/schema", root.get("$schema"));
    assertEquals("https://minutebook.github.io/schema/minutebook-3.0.schema.json", root.get("$id"));
    assertEquals("#/$defs/CouncilRecord", root.get("$ref"));
    Map<?, ?> definitions = (Map<?, ?>) root.get("$defs");
    for (Codec<?> codec : ModelCodecs.named()) {
      assertTrue(definitions.containsKey(codec.definitionName()), codec.definitionName());
    }
    assertEquals(ModelCodecs.named().size(), definitions.size());
  }

  @Test
  void everyReferenceResolvesToADefinition() {
    String text = FormatSchema.text();
    Map<?, ?> definitions = (Map<?, ?>) FormatSchema.build().get("$defs");
    java.util.regex.Matcher ref = java.util.regex.Pattern.compile("\"\\$ref\": \"#/\\$defs/([A-Za-z]+)\"").matcher(text);
    int count = 0;
    while (ref.find()) {
      assertTrue(definitions.containsKey(ref.group(1)), "no definition for " + ref.group(0));
      count++;
    }
    assertTrue(count > 50, "only " + count + " references");
  }

  @Test
  void everyObjectIsClosedAndEveryListNonEmpty() {
    Map<?, ?> definitions = (Map<?, ?>) FormatSchema.build().get("$defs");
    definitions.forEach((name, definition) -> walk(String.valueOf(name), definition));
  }

  private static void walk(String where, Object node) {
    if (node instanceof Map<?, ?> map) {
      if ("object".equals(map.get("type"))) {
        assertEquals(false, map.get("additionalProperties"), where + " accepts unknown properties");
      }
      if ("array".equals(map.get("type"))) {
        assertEquals(1, map.get("minItems"), where + " accepts an empty list");
      }
      map.forEach((key, value) -> walk(where + "/" + key, value));
    } else if (node instanceof java.util.List<?> list) {
      list.forEach(value -> walk(where + "[]", value));
    }
  }
}
