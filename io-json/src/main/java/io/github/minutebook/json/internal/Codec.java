package io.github.minutebook.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes one type of value as JSON.
 *
 * @param <T> the type of value
 */
public interface Codec<T> {
  /** Reads the value whose first token is the parser's current token; leaves the parser on its last token. */
  T read(JsonParser parser);

  /** Writes the value. */
  void write(T value, JsonGenerator generator);

  /** The value's JSON Schema (draft 2020-12), as a map to be written as JSON. */
  Schema schema();

  /** The Java type the codec reads and writes, where it is a named type of the model; else {@code Object}. */
  default Class<?> valueType() {
    return Object.class;
  }

  /** The name of the type under {@code $defs} where it has one, else {@code ""}. */
  default String definitionName() {
    return "";
  }

  /** What a property of this type writes in the schema: a {@code $ref} for a named type, the schema itself otherwise. */
  default java.util.Map<String, Object> use() {
    return definitionName().isEmpty()
        ? schema().keywords()
        : new java.util.LinkedHashMap<>(java.util.Map.of("$ref", "#/$defs/" + definitionName()));
  }

  /** A codec that looks up {@code codec} when first used: for recursive types. */
  static <T> Codec<T> lazy(String name, java.util.function.Supplier<Codec<T>> codec) {
    return new Codec<>() {
      @Override
      public T read(JsonParser parser) {
        return codec.get().read(parser);
      }

      @Override
      public void write(T value, JsonGenerator generator) {
        codec.get().write(value, generator);
      }

      @Override
      public Schema schema() {
        return codec.get().schema();
      }

      @Override
      public String definitionName() {
        return name;
      }

      @Override
      public Class<?> valueType() {
        return codec.get().valueType();
      }
    };
  }
}
