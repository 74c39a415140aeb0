package io.github.minutebook.threesixtygiving;

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
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 360Giving 1.4.3 package schema, loaded from the test resources by its {@code $id}: JSON Schema
 * 2020-12 with its formats asserted (the schema's {@code oneOf} of a date-time format and a date
 * pattern needs that to accept a plain date) and ECMA-262 regular expressions through joni.
 */
final class GrantSchema {
  private static final String BASE = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/";
  private static final Schema PACKAGE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          builder -> builder
              .schemas(Map.of(
                  BASE + "360-giving-package-schema.json", resource("schema/360-giving-package-schema.json"),
                  BASE + "360-giving-schema.json", resource("schema/360-giving-schema.json")))
              .schemaRegistryConfig(SchemaRegistryConfig.builder()
                  .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                  .formatAssertionsEnabled(true)
                  .build()))
      .getSchema(SchemaLocation.of(BASE + "360-giving-package-schema.json"));
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private GrantSchema() {}

  /** What the schema finds wrong with {@code json}, a package; empty when it is valid. */
  static List<Error> errors(byte[] json) {
    return PACKAGE.validate(MAPPER.readTree(json));
  }

  static String resource(String name) {
    try (InputStream in = GrantSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
