package io.github.minutebook.json;

import io.github.minutebook.json.internal.Codec;
import io.github.minutebook.json.internal.Decoding;
import io.github.minutebook.json.internal.ModelCodecs;
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
 * <p>It is also found by {@code JsonMapper.builder().findAndAddModules()}. A mapper you configure
 * yourself keeps your settings; {@link MinutebookJson} has the strict settings the format expects
 * (duplicate keys and trailing tokens rejected, input limits).
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
    public T getNullValue(DeserializationContext context) {
      JsonParser parser = context.getParser();
      if (parser != null && parser.streamReadContext() != null && parser.streamReadContext().inRoot()) {
        throw Decoding.error(context, parser, "expected an object (" + codec.valueType().getSimpleName()
            + "), found " + Decoding.describe(parser), null);
      }
      return null;
    }
  }
}
