package io.github.minutebook.ocd;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Popolo's JSON Schemas (draft 03, in {@code popolo/}), translated to draft 04 for networknt's
 * validator, which has no draft 03: a property's {@code "required": true} becomes its name in the
 * enclosing object's {@code required} array, {@code "required": false} is dropped, and {@code
 * $schema} names draft 04. Formats are asserted.
 */
final class PopoloSchemas {
  static final String BASE = "http://www.popoloproject.com/schemas/";
  static final List<String> NAMES = List.of("area", "contact_detail", "count", "event", "group_result",
      "identifier", "link", "membership", "motion", "organization", "other_name", "person", "post", "speech",
      "vote", "vote_event");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
      builder -> builder
          .schemas(schemas())
          .schemaRegistryConfig(SchemaRegistryConfig.builder()
              .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
              .formatAssertionsEnabled(true)
              .build()));

  static final Schema EVENT = REGISTRY.getSchema(SchemaLocation.of(BASE + "event.json#"));
  static final Schema VOTE_EVENT = REGISTRY.getSchema(SchemaLocation.of(BASE + "vote_event.json#"));

  private PopoloSchemas() {}

  /** What Popolo's schema for the object's {@code _type} finds wrong with it. */
  static List<Error> validate(JsonNode object) {
    String type = object.path("_type").asString("");
    return switch (type) {
      case "event" -> EVENT.validate(object);
      case "vote_event" -> VOTE_EVENT.validate(object);
      default -> throw new AssertionError("no Popolo schema for " + type);
    };
  }

  private static Map<String, String> schemas() {
    Map<String, String> schemas = new HashMap<>();
    for (String name : NAMES) {
      JsonNode schema = draft4(read(name + ".json"));
      String text = MAPPER.writeValueAsString(schema);
      schemas.put(BASE + name + ".json", text);
      schemas.put(BASE + name + ".json#", text);
    }
    return schemas;
  }

  /** Draft 03 to draft 04: per-property {@code required} booleans to the object's {@code required} array. */
  static JsonNode draft4(JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    if (copy.isObject()) {
      ((ObjectNode) copy).put("$schema", "http://json-schema.org/draft-04/schema#");
    }
    translate(copy);
    return copy;
  }

  private static void translate(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode properties = object.get("properties");
      if (properties != null && properties.isObject()) {
        ArrayNode required = MAPPER.createArrayNode();
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
          JsonNode flag = p.getValue().get("required");
          if (flag != null && flag.isBoolean()) {
            if (flag.asBoolean()) {
              required.add(p.getKey());
            }
            ((ObjectNode) p.getValue()).remove("required");
          }
        }
        if (!required.isEmpty()) {
          object.set("required", required);
        }
      }
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        translate(e.getValue());
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        translate(element);
      }
    }
  }

  private static JsonNode read(String name) {
    try (InputStream in = PopoloSchemas.class.getResourceAsStream("popolo/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing schema " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
