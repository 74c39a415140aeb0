package io.github.minutebook.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * A JSON object with named properties, read into a builder and written from a value's accessors.
 * The table of properties is the single description of the type's JSON form: the reader, the
 * writer and the JSON Schema all come from it.
 *
 * <p>Rules of the format: properties are written in table order; absent optional values and
 * empty lists are left out; {@code null} is never accepted; unknown properties are errors;
 * required properties must be present; a list, when present, has at least one element.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> implements Codec<T> {
  private final Class<T> type;
  private final String name;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B, ?>> properties = new ArrayList<>();
  private final Map<String, Property<T, B, ?>> byName = new HashMap<>();
  private long requiredMask;
  /** The constant properties written first, in order: the format version, then the type. */
  private final List<String> constants = new ArrayList<>();
  private final List<String> constantValues = new ArrayList<>();
  private final List<SerializedString> writtenConstants = new ArrayList<>();
  private final List<SerializedString> writtenConstantValues = new ArrayList<>();

  private ObjectCodec(Class<T> type, String description, Supplier<B> newBuilder, Function<B, T> build) {
    this.type = type;
    this.name = type.getSimpleName();
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /** A codec for {@code type}, read through a builder; its schema is named after the type. */
  public static <T, B> ObjectCodec<T, B> of(Class<T> type, String description, Supplier<B> newBuilder,
      Function<B, T> build) {
    return new ObjectCodec<>(type, description, newBuilder, build);
  }

  @Override
  public Class<?> valueType() {
    return type;
  }

  private enum Kind { REQUIRED, OPTIONAL, DEFAULTED, LIST }

  private static final class Property<T, B, V> {
    final String name;
    final Kind kind;
    final Codec<V> codec;
    final Function<T, ?> get;
    final BiConsumer<B, ?> set;
    /** This property's bit in the mask of properties present: its position in the table. */
    final long bit;
    /** The name, encoded once for writing. */
    final SerializedString written;
    final String description;

    Property(String name, Kind kind, Codec<V> codec, Function<T, ?> get, BiConsumer<B, ?> set, long bit, String description) {
      this.name = name;
      this.kind = kind;
      this.codec = codec;
      this.get = get;
      this.set = set;
      this.bit = bit;
      this.description = description;
      this.written = new SerializedString(name);
    }
  }

  private <V> ObjectCodec<T, B> add(String property, Kind kind, Codec<V> codec, Function<T, ?> get, BiConsumer<B, ?> set,
      String doc) {
    if (properties.size() == 64) {
      throw new IllegalStateException("more than 64 properties in " + name);
    }
    long bit = 1L << properties.size();
    if (kind == Kind.REQUIRED) {
      requiredMask |= bit;
    }
    Property<T, B, V> p = new Property<>(property, kind, codec, get, set, bit, doc);
    if (byName.put(property, p) != null) {
      throw new IllegalStateException("property " + property + " twice in " + name);
    }
    properties.add(p);
    return this;
  }

  /**
   * A constant property written first and required on reading, such as {@code "type": "person"}
   * or the format version {@code "minutebook": "3.0"}. Called twice, the constants come in the
   * order of the calls: a document starts with its format version, then its type.
   */
  public ObjectCodec<T, B> discriminator(String property, String value) {
    constants.add(property);
    constantValues.add(value);
    writtenConstants.add(new SerializedString(property));
    writtenConstantValues.add(new SerializedString(value));
    return this;
  }

  /** The last discriminator's value, such as {@code "person"} or {@code "meeting"}. */
  public String discriminatorValue() {
    return constantValues.isEmpty() ? "" : constantValues.get(constantValues.size() - 1);
  }

  /** A property that must be present. */
  public <V> ObjectCodec<T, B> required(String property, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set, String doc) {
    return add(property, Kind.REQUIRED, codec, get, set, doc);
  }

  /**
   * A property that may be left out. {@code getOrNull} gives the value or null, such as {@code x ->
   * x.title().orElse(null)}: written at each property, so that the JIT sees each accessor's
   * Optional die where it is made rather than allocating one for every value written.
   */
  public <V> ObjectCodec<T, B> optional(String property, Codec<V> codec, Function<T, @Nullable V> getOrNull,
      BiConsumer<B, V> set, String doc) {
    return add(property, Kind.OPTIONAL, codec, getOrNull, set, doc);
  }

  /** A property that is always written but may be left out, meaning its default. */
  public <V> ObjectCodec<T, B> defaulted(String property, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set, String doc) {
    return add(property, Kind.DEFAULTED, codec, get, set, doc);
  }

  /** A list property, left out when empty. */
  public <V> ObjectCodec<T, B> list(String property, Codec<V> codec, Function<T, List<V>> get, BiConsumer<B, List<V>> set,
      String doc) {
    return add(property, Kind.LIST, codec, get, set, doc);
  }

  @Override
  public String definitionName() {
    return name;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T read(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Decoding.expected(p, "an object (" + name + ")");
    }
    return readProperties(p, 0);
  }

  /**
   * What a wrong format version adds to its problem: the one version this decoder reads and, for
   * a document of an earlier version, where docs/json-format.md says how to migrate it. Empty for
   * any other discriminator.
   */
  static String formatVersionAdvice(String property, String value) {
    if (!property.equals(ModelCodecs.VERSION_PROPERTY)) {
      return "";
    }
    String advice = ": this decoder reads format " + ModelCodecs.FORMAT_VERSION + " only";
    if (value.equals("2.0")) {
      advice += "; migrate the document as \"Migrating from 2.0 to 3.0\" in docs/json-format.md says";
    } else if (value.equals("1.0")) {
      advice += "; migrate the document as \"Migrating from 1.0 to 2.0\" and then \"Migrating from 2.0 to 3.0\" "
          + "in docs/json-format.md say";
    }
    return advice;
  }

  /** Reads the rest of an object whose discriminators the caller has read already. */
  public T readAfterDiscriminator(JsonParser p) {
    return readProperties(p, constants.size());
  }

  /** Matches property names straight from the parser's symbols: index 0 is the discriminator, if any. */
  private static final class Names {
    final PropertyNameMatcher matcher;
    final Property<?, ?, ?>[] byIndex;

    Names(PropertyNameMatcher matcher, Property<?, ?, ?>[] byIndex) {
      this.matcher = matcher;
      this.byIndex = byIndex;
    }
  }

  private static final JsonFactory MATCHERS = new JsonFactory();
  private volatile @Nullable Names matcher;

  /** Built on first use: the tables of recursive types are completed after the codec is made. */
  private Names nameMatcher() {
    Names result = matcher;
    if (result == null) {
      List<Named> all = new ArrayList<>();
      List<Property<?, ?, ?>> byIndex = new ArrayList<>();
      for (String constant : constants) {
        all.add(Named.fromString(constant));
        byIndex.add(null);
      }
      for (Property<T, B, ?> prop : properties) {
        all.add(Named.fromString(prop.name));
        byIndex.add(prop);
      }
      result = new Names(MATCHERS.constructNameMatcher(all, false), byIndex.toArray(new Property<?, ?, ?>[0]));
      matcher = result;
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private T readProperties(JsonParser p, int constantsRead) {
    int read = constantsRead;
    B builder = newBuilder.get();
    long seen = 0;
    Names lookup = nameMatcher();
    for (int match = p.nextNameMatch(lookup.matcher); match != PropertyNameMatcher.MATCH_END_OBJECT;
        match = p.nextNameMatch(lookup.matcher)) {
      if (match == PropertyNameMatcher.MATCH_ODD_TOKEN) {
        throw Decoding.expected(p, "a property name or the end of " + name);
      }
      String property = p.currentName();
      if (match >= 0 && lookup.byIndex[match] == null) { // a discriminator, by its index among them
        if (match < read) {
          throw Decoding.error(p, "\"" + property + "\" appears twice in " + name);
        }
        if (match > read) {
          throw expectedConstant(p, read, property);
        }
        p.nextToken();
        String value = Scalars.TEXT.read(p);
        String expected = constantValues.get(read);
        if (!value.equals(expected)) {
          throw Decoding.error(p, "\"" + property + "\" is " + Decoding.quote(value) + " where " + name + " needs \""
              + expected + "\"" + formatVersionAdvice(property, value));
        }
        read++;
        continue;
      }
      if (read < constants.size()) {
        throw expectedConstant(p, read, property);
      }
      Property<T, B, Object> prop = match >= 0 ? (Property<T, B, Object>) lookup.byIndex[match] : null;
      if (prop == null) {
        throw Decoding.error(p, "unknown property \"" + property + "\" in " + name + "; expected one of "
            + names());
      }
      if ((seen & prop.bit) != 0) {
        throw Decoding.error(p, "duplicate property \"" + property + "\" in " + name);
      }
      seen |= prop.bit;
      JsonToken token = p.nextToken();
      if (token == JsonToken.VALUE_NULL) {
        throw Decoding.error(p, "\"" + property + "\" is null; leave an absent value out instead of writing null");
      }
      if (prop.kind == Kind.LIST) {
        ((BiConsumer<B, List<Object>>) prop.set).accept(builder, readList(p, prop));
      } else {
        Object value = prop.codec.read(p);
        ((BiConsumer<B, Object>) prop.set).accept(builder, value);
      }
    }
    if (read < constants.size()) {
      throw Decoding.error(p, name + " lacks the required property \"" + constants.get(read) + "\"");
    }
    if ((seen & requiredMask) != requiredMask) {
      for (Property<T, B, ?> prop : properties) {
        if (prop.kind == Kind.REQUIRED && (seen & prop.bit) == 0) {
          throw Decoding.error(p, name + " lacks the required property \"" + prop.name + "\"");
        }
      }
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw Decoding.error(p, name + " is impossible: " + e.getMessage(), e);
    }
  }

  private RuntimeException expectedConstant(JsonParser p, int index, String found) {
    return Decoding.error(p, name + " must " + (index == 0 ? "start" : "go on") + " with \"" + constants.get(index)
        + "\": \"" + constantValues.get(index) + "\", not \"" + found + "\"");
  }

  private List<Object> readList(JsonParser p, Property<T, B, Object> prop) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Decoding.expected(p, "an array for \"" + prop.name + "\"");
    }
    List<Object> values = new ArrayList<>();
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      if (token == JsonToken.VALUE_NULL) {
        throw Decoding.error(p, "a list holds no nulls");
      }
      values.add(prop.codec.read(p));
    }
    if (values.isEmpty()) {
      throw Decoding.error(p, "\"" + prop.name + "\" is an empty list; leave it out instead");
    }
    return values;
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    names.addAll(constants);
    properties.forEach(prop -> names.add(prop.name));
    return names;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(T value, JsonGenerator g) {
    g.writeStartObject(value);
    for (int i = 0; i < writtenConstants.size(); i++) {
      g.writeName(writtenConstants.get(i));
      g.writeString(writtenConstantValues.get(i));
    }
    for (Property<T, B, ?> prop : properties) {
      Object v = prop.get.apply(value);
      Codec<Object> codec = (Codec<Object>) prop.codec;
      switch (prop.kind) {
        case OPTIONAL -> {
          if (v != null) {
            g.writeName(prop.written);
            codec.write(v, g);
          }
        }
        case LIST -> {
          List<?> list = (List<?>) v;
          int size = list.size();
          if (size != 0) {
            g.writeName(prop.written);
            g.writeStartArray(list, size);
            for (int i = 0; i < size; i++) { // the model's lists are ImmutableLists: no iterator needed
              codec.write(list.get(i), g);
            }
            g.writeEndArray();
          }
        }
        default -> {
          g.writeName(prop.written);
          codec.write(v, g);
        }
      }
    }
    g.writeEndObject();
  }

  @Override
  public Schema schema() {
    Schema schema = Schema.definition(name).put("type", "object").put("description", description);
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> requiredNames = new ArrayList<>();
    for (int i = 0; i < constants.size(); i++) {
      Map<String, Object> constant = new LinkedHashMap<>();
      constant.put("const", constantValues.get(i));
      constant.put("description", constantDescription(i));
      props.put(constants.get(i), constant);
      requiredNames.add(constants.get(i));
    }
    for (Property<T, B, ?> prop : properties) {
      Map<String, Object> entry = new LinkedHashMap<>(
          prop.kind == Kind.LIST ? Schema.array(prop.codec).keywords() : prop.codec.use());
      entry.put("description", prop.description);
      props.put(prop.name, entry);
      if (prop.kind == Kind.REQUIRED) {
        requiredNames.add(prop.name);
      }
    }
    schema.put("properties", props);
    if (!requiredNames.isEmpty()) {
      schema.put("required", requiredNames);
    }
    return schema.put("additionalProperties", false);
  }

  private String constantDescription(int index) {
    return "Always \"" + constantValues.get(index) + "\", written " + (index == 0 ? "first" : "next") + ".";
  }

  /**
   * One row of the property table, for documentation: the property's name, its kind ({@code
   * "constant"} for the discriminator, else {@code "required"}, {@code "optional"}, {@code
   * "defaulted"} or {@code "list"}), the codec of its value (of each element for a list) and its
   * description.
   */
  public record Row(String name, String kind, Codec<?> codec, String description) {}

  /** The value of the constant property at {@code index} of {@link #rows()}: "3.0" for "minutebook". */
  public String constantValue(int index) {
    return constantValues.get(index);
  }

  /** The type's description. */
  public String description() {
    return description;
  }

  /** The property table in written order, the discriminator first; read-only. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < constants.size(); i++) {
      rows.add(new Row(constants.get(i), "constant", Scalars.TEXT, constantDescription(i)));
    }
    for (Property<T, B, ?> prop : properties) {
      rows.add(new Row(prop.name, prop.kind.name().toLowerCase(java.util.Locale.ROOT), prop.codec, prop.description));
    }
    return List.copyOf(rows);
  }

  /** The codecs of the properties, for collecting the schema's definitions. */
  public List<Codec<?>> propertyCodecs() {
    return properties.stream().<Codec<?>>map(prop -> prop.codec).toList();
  }
}
