package io.github.minutebook.ocds;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
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
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OCDS 1.1.5 schemas with the exporter's extensions applied, as OCDS's tooling applies them:
 * each extension's release-schema.json merged into the release schema as a JSON Merge Patch (RFC
 * 7386). Validated with networknt's validator as draft 4, formats asserted.
 */
final class OcdsSchemas {
  static final String RELEASE_SCHEMA_ID = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

  /** The extensions, by folder under schema/extensions, in the order they are applied. */
  static final List<String> EXTENSIONS =
      List.of("lots", "awardCriteria", "renewal", "techniques", "suitability", "partyDetails_scale", "uk");

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The release schema with every extension applied. */
  static final JsonNode EXTENDED_RELEASE_SCHEMA = extended();

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
      builder -> builder
          .schemas(Map.of(RELEASE_SCHEMA_ID, MAPPER.writeValueAsString(EXTENDED_RELEASE_SCHEMA)))
          .schemaRegistryConfig(SchemaRegistryConfig.builder()
              .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
              .formatAssertionsEnabled(true)
              .build()));

  /** The extended release schema. */
  static final Schema RELEASE = REGISTRY.getSchema(SchemaLocation.of(RELEASE_SCHEMA_ID));

  /** The release package schema, whose releases are checked against the extended release schema. */
  static final Schema PACKAGE = REGISTRY.getSchema(read("release-package-schema.json"), InputFormat.JSON);

  private OcdsSchemas() {}

  /** What the extended release schema finds wrong with {@code release}. */
  static List<Error> validateRelease(JsonNode release) {
    return RELEASE.validate(release);
  }

  /** What the package schema (and the extended release schema, for each release) finds wrong with {@code pkg}. */
  static List<Error> validatePackage(JsonNode pkg) {
    return PACKAGE.validate(pkg);
  }

  private static JsonNode extended() {
    JsonNode schema = MAPPER.readTree(read("release-schema.json"));
    for (String extension : EXTENSIONS) {
      schema = mergePatch(schema, MAPPER.readTree(read("extensions/" + extension + "/release-schema.json")));
    }
    return schema;
  }

  /** RFC 7386: an object patch merges member by member, null removes, anything else replaces. */
  static JsonNode mergePatch(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : MAPPER.createObjectNode();
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      if (member.getValue().isNull()) {
        result.remove(member.getKey());
      } else {
        JsonNode existing = result.get(member.getKey());
        result.set(member.getKey(), mergePatch(existing == null ? MAPPER.missingNode() : existing, member.getValue()));
      }
    }
    return result;
  }

  static String read(String name) {
    try (InputStream in = OcdsSchemas.class.getResourceAsStream("schema/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no schema/" + name + " beside " + OcdsSchemas.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
