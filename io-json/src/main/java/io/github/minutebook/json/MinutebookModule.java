package io.github.minutebook.json;

import io.github.minutebook.json.internal.Codec;
import io.github.minutebook.json.internal.Decoding;
import io.github.minutebook.json.internal.ModelCodecs;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes every type of the Minutebook model with explicit
 * codecs: no annotations on the model, no reflection, no polymorphic type ids.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MinutebookModule()).build();
 * Meeting meeting = mapper.readValue(bytes, Meeting.class);
 * }</pre>
 *
 * <p>It is also found by {@code JsonMapper.builder().findAndAddModules()}. Its {@link #version()}
 * is that of the minutebook-io-json build it comes from.
 *
 * <p><b>Errors.</b> A value that breaks the format is a {@link MinutebookJsonException}, which is
 * a {@link tools.jackson.databind.DatabindException}: {@code catch (DatabindException e)} catches
 * it, with its problem, line, column and JSON Pointer, also where the meeting is a property of a
 * type of your own (the pointer is then from the root of your document). The line and column are
 * the parser's: through a mapper the column counts the bytes of byte input and the {@code char}s
 * of text input, where {@link MinutebookJson} counts characters. A JSON {@code null} where a
 * Minutebook value is the whole document is refused; one where a type of your own holds a
 * Minutebook value is read as {@code null}, as Jackson reads any null reference. Nesting too deep
 * for the stack is a {@code MinutebookJsonException}, never a {@link StackOverflowError}.
 *
 * <p><b>What the format decides, whatever the mapper's settings.</b> The codecs read tokens from
 * the parser and write them to the generator, and consult none of the mapper's {@code
 * DeserializationFeature}s, {@code MapperFeature}s, coercion, null handling, problem handlers,
 * inclusion or ordering, so that a Minutebook value reads and writes as the format says in any
 * mapper:
 *
 * <ul>
 *   <li>an unknown property is an error, although Jackson 3 ignores unknown properties by default
 *       ({@code FAIL_ON_UNKNOWN_PROPERTIES} and {@code DeserializationProblemHandler}s are not
 *       consulted);
 *   <li>a duplicate key is an error, without {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION};
 *   <li>{@code null} is never a property's value nor a list's element, whatever the mapper's null
 *       handling;
 *   <li>each value has its one JSON type, never coerced: {@code ACCEPT_FLOAT_AS_INT} and {@code
 *       ALLOW_COERCION_OF_SCALARS} (both on by default), {@code ACCEPT_SINGLE_VALUE_AS_ARRAY},
 *       {@code ACCEPT_EMPTY_STRING_AS_NULL_OBJECT}, {@code ACCEPT_CASE_INSENSITIVE_ENUMS} and {@code
 *       READ_UNKNOWN_ENUM_VALUES_AS_NULL} change nothing; an empty list is an error whatever {@code
 *       ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT} says; decimals are strings and dates and times have the
 *       format's forms;
 *   <li>what is written, and in which order, is the format's: a plain mapper writes a meeting in
 *       the bytes {@link MinutebookJson#encode} writes, whatever {@code
 *       SORT_PROPERTIES_ALPHABETICALLY} (on by default), {@code ORDER_MAP_ENTRIES_BY_KEYS} or the
 *       mapper's property inclusion say.
 * </ul>
 *
 * <p><b>What the mapper decides.</b> The parser and the generator are the mapper's, with its
 * settings:
 *
 * <ul>
 *   <li>what is JSON: the mapper's {@code JsonReadFeature}s (a mapper that allows comments reads a
 *       document with comments) and its {@code StreamReadConstraints} (Jackson's default limits,
 *       such as strings of up to 100,000,000 characters, unless you set others); malformed JSON is
 *       Jackson's {@link tools.jackson.core.exc.StreamReadException} and input over a limit its
 *       {@link tools.jackson.core.exc.StreamConstraintsException}, as for any other type;
 *   <li>the input's encoding: Jackson detects UTF-16 and UTF-32, which {@link MinutebookJson}
 *       refuses;
 *   <li>what may follow the document: {@code FAIL_ON_TRAILING_TOKENS} (on by default in Jackson
 *       3), and an empty input is Jackson's own error;
 *   <li>the layout of what is written: {@code INDENT_OUTPUT} with the mapper's pretty printer
 *       ({@link MinutebookJson#prettyPrinter()} gives {@link MinutebookJson#encodePretty}'s), and
 *       the {@code JsonWriteFeature}s, such as {@code ESCAPE_NON_ASCII}.
 * </ul>
 *
 * <p>{@link MinutebookJson} applies the whole contract: UTF-8 only, its own limits, nothing after
 * the document, columns in characters; its {@link MinutebookJson#mapper()} is a mapper with this
 * module, those limits and {@code FAIL_ON_TRAILING_TOKENS}.
 */
public final class MinutebookModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's version: that of the minutebook-io-json build it belongs to, such as 0.1.0-SNAPSHOT. */
  public static final Version VERSION = PackageVersion.VERSION;

  /** A module with every codec of the model. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public MinutebookModule() {
    super("MinutebookModule", VERSION);
    for (Codec<?> codec : ModelCodecs.named()) {
      Class type = codec.valueType();
      addSerializer(type, new CodecSerializer(codec));
      addDeserializer(type, new CodecDeserializer(codec));
    }
  }

  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Codec<T> codec;

    CodecSerializer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      codec.write(value, generator);
    }
  }

  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Codec<T> codec;

    CodecDeserializer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return codec.read(parser);
      } catch (StackOverflowError e) {
        throw Decoding.error(context, parser, MinutebookJson.TOO_DEEP_TO_READ, null);
      }
    }

    /** A JSON null where a whole document belongs is refused; a null in a caller's own type is theirs to judge. */
    @Override
    public @Nullable T getNullValue(DeserializationContext context) {
      JsonParser parser = context.getParser();
      if (parser != null && parser.streamReadContext() != null && parser.streamReadContext().inRoot()) {
        throw Decoding.error(context, parser, "expected an object (" + codec.valueType().getSimpleName()
            + "), found " + Decoding.describe(parser), null);
      }
      return null;
    }
  }
}
