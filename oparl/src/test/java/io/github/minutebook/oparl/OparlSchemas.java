package io.github.minutebook.oparl;

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
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * OParl 1.1's JSON Schemas (the draft-07 branch of the specification, in {@code schema/}), checked
 * with networknt's validator as draft 7, formats asserted. A schema's {@code $ref} to {@code
 * File.json} resolves against its {@code $id} to {@code https://schema.oparl.org/1.1/File.json}, so
 * each schema is registered under its {@code $id} with and without {@code .json}.
 */
final class OparlSchemas {
  static final List<String> TYPES = List.of("AgendaItem", "Body", "Consultation", "File", "LegislativeTerm",
      "Location", "Meeting", "Membership", "Organization", "Paper", "Person", "System");

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
      builder -> builder
          .schemas(schemas())
          .schemaRegistryConfig(SchemaRegistryConfig.builder()
              .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
              .formatAssertionsEnabled(true)
              .build()));

  private static final Map<String, Schema> BY_TYPE = new HashMap<>();

  private OparlSchemas() {}

  /** What the schema of the object's type finds wrong with it; an unknown type is itself an error. */
  static List<String> validate(JsonNode object) {
    String type = object.path("type").asString("");
    String name = type.startsWith(OparlExporter.SCHEMA) ? type.substring(OparlExporter.SCHEMA.length()) : "";
    if (!TYPES.contains(name)) {
      return List.of("not an OParl 1.1 type: " + type);
    }
    Schema schema;
    synchronized (BY_TYPE) {
      schema = BY_TYPE.computeIfAbsent(name, n -> REGISTRY.getSchema(SchemaLocation.of(OparlExporter.SCHEMA + n)));
    }
    return schema.validate(object).stream()
        .map(Error::toString).toList();
  }

  private static Map<String, String> schemas() {
    Map<String, String> schemas = new HashMap<>();
    for (String type : TYPES) {
      String text = read(type + ".json");
      schemas.put(OparlExporter.SCHEMA + type, text);
      schemas.put(OparlExporter.SCHEMA + type + ".json", text);
    }
    return schemas;
  }

  private static String read(String name) {
    try (InputStream in = OparlSchemas.class.getResourceAsStream("schema/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing schema " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
