package io.github.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.json.MinutebookJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code minutebook schema}: the schema when the build has it, a clear failure when it does not. */
class SchemaCommandTest {
  @Test
  void printsTheSchemaOrFailsWithExitCode2() {
    boolean present = MinutebookJson.class.getResource(MinutebookJson.SCHEMA_RESOURCE) != null;

    Cli.Result result = Cli.run("schema");

    if (present) {
      assertEquals(0, result.exitCode(), result.err());
      assertEquals("", result.err());
      String schema = MinutebookJson.schema();
      assertEquals(schema.endsWith("\n") ? schema : schema + "\n", result.out());
      JsonNode parsed = JsonMapper.builder().build().readTree(result.out());
      assertTrue(parsed.isObject());
    } else {
      assertEquals(2, result.exitCode());
      assertEquals("", result.out());
      assertEquals("minutebook: the JSON Schema is not in this build (" + MinutebookJson.SCHEMA_RESOURCE
          + " is missing from the class path)\n", result.err());
    }
  }
}
