package io.github.minutebook.json.internal;

import io.github.minutebook.json.MinutebookJsonException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;

/**
 * Errors at the parser's current token, with its location and JSON Pointer.
 *
 * <p>Where the parser belongs to a Jackson mapper's read, the error is made as Jackson's own
 * deserializers make theirs from their {@link DeserializationContext}: a {@link
 * tools.jackson.databind.DatabindException} whose processor is the context's parser.
 */
public final class Decoding {
  private Decoding() {}

  /** A problem at the current token. */
  public static MinutebookJsonException error(JsonParser parser, String problem) {
    return error(parser, problem, null);
  }

  /** A problem at the current token, caused by {@code cause}. */
  public static MinutebookJsonException error(JsonParser parser, String problem, @Nullable Throwable cause) {
    if (parser.objectReadContext() instanceof DeserializationContext context) {
      return error(context, parser, problem, cause);
    }
    return new MinutebookJsonException(problem, parser.currentTokenLocation(), pointer(parser), cause);
  }

  /**
   * A problem a deserializer met reading with {@code context}, at {@code parser}'s current token:
   * located where the deserializer's parser is (which is the context's, unless the mapper buffered
   * the tokens it hands the deserializer), the context's parser its processor.
   */
  public static MinutebookJsonException error(DeserializationContext context, JsonParser parser, String problem,
      @Nullable Throwable cause) {
    JsonParser processor = context.getParser() != null ? context.getParser() : parser;
    return new MinutebookJsonException(processor, problem, parser.currentTokenLocation(), pointer(parser), cause);
  }

  /** The JSON Pointer of the current token's value. */
  public static String pointer(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
      context = context.getParent(); // the container's own context: its pointer is where it stands
    }
    if (context == null) {
      return "";
    }
    return context.pathAsPointer().toString();
  }

  /** What the current token is, in words, for messages. */
  public static String describe(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  /** The most characters of a value from the input that a message quotes; a longer value is cut short. */
  public static final int MAX_QUOTED = 200;

  /**
   * A value from the input, quoted for a message: {@code "HELD"}; cut to its first {@value
   * #MAX_QUOTED} characters and an ellipsis where it is longer, so that a message never echoes a
   * megabyte of a bad value.
   */
  public static String quote(String value) {
    return "\"" + shorten(value, MAX_QUOTED) + "\"";
  }

  /** {@code text} cut to its first {@code most} characters and an ellipsis, never between the two halves of a surrogate pair. */
  public static String shorten(String text, int most) {
    if (text.length() <= most) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(most - 1)) ? most - 1 : most;
    return text.substring(0, end) + "…";
  }

  /** An error saying what was expected and what was found. */
  public static MinutebookJsonException expected(JsonParser parser, String expected) {
    return error(parser, "expected " + expected + ", found " + describe(parser));
  }
}
