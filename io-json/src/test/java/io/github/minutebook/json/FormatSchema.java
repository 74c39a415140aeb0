package io.github.minutebook.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import io.github.minutebook.json.internal.Codec;
import io.github.minutebook.json.internal.ModelCodecs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of the format, built from the codecs' {@code schema()} methods, written the one
 * way it is committed, and a 2020-12 validator for it.
 */
final class FormatSchema {
  static final String ID = "https://minutebook.github.io/schema/minutebook-" + ModelCodecs.FORMAT_VERSION + ".schema.json";
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private FormatSchema() {}

  /** The whole schema: the root refers to CouncilRecord (a meeting or a decision record), and every named codec has its definition. */
  static Map<String, Object> build() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", DIALECT);
    root.put("$id", ID);
    root.put("title", "Minutebook " + ModelCodecs.FORMAT_VERSION);
    root.put("description", "A Minutebook document: the minutes of one meeting of a local government body, or one"
        + " decision it published on its own, what was decided and what that commits. Generated from the codecs of minutebook-io-json; docs/json-format.md"
        + " says what the schema cannot: duplicate keys, lone surrogates, that \"minutebook\" comes first in a"
        + " document and \"type\" next, and \"type\" first in a party, currencies and time zones the reader does not know, the reader's"
        + " limits.");
    root.put("$ref", "#/$defs/CouncilRecord");
    Map<String, Object> definitions = new LinkedHashMap<>();
    for (Codec<?> codec : ModelCodecs.named()) {
      definitions.put(codec.definitionName(), codec.schema().keywords());
    }
    root.put("$defs", definitions);
    return root;
  }

  /** The schema as committed: two-space indents, "\n" line ends, a final line end. */
  static String text() {
    StringBuilder out = new StringBuilder();
    write(build(), out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    String inner = indent + "  ";
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "" : ",\n").append(inner);
        quote((String) entry.getKey(), out);
        out.append(": ");
        write(entry.getValue(), out, inner);
        first = false;
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",\n").append(inner);
        write(list.get(i), out, inner);
      }
      out.append('\n').append(indent).append(']');
    } else if (value instanceof String text) {
      quote(text, out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value in the schema: " + value);
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  // --- validation ---

  /**
   * The registry the tests validate with: draft 2020-12, ECMA-262 regular expressions (as the spec
   * asks, through joni), and whole numbers as the spec counts them (7.0 is an integer).
   */
  static SchemaRegistry registry() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder()
            .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
            .losslessNarrowing(true)
            .build()));
  }

  /** A validator for the committed schema, as the library ships it. */
  static Schema validator() {
    return registry().getSchema(MinutebookJson.schema(), InputFormat.JSON);
  }

  /** The draft 2020-12 meta-schema. */
  static Schema metaSchema() {
    return registry().getSchema(SchemaLocation.of(DIALECT));
  }

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** The text as a generic validator sees it: parsed by a plain Jackson mapper (the last of duplicate keys wins). */
  static JsonNode tree(String json) {
    return PLAIN.readTree(json);
  }

  /** The schema's complaints about {@code json}; empty if it is valid. */
  static List<Error> errors(Schema schema, String json) {
    return schema.validate(tree(json));
  }
}
