package io.github.minutebook.json.internal;

import io.github.minutebook.json.MinutebookJsonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.TokenStreamContext;

/**
 * Errors of writing: a value of the model that the format cannot hold, such as a date of the year
 * 10000 or text with a lone surrogate, is refused where it would be written, named by its JSON
 * Pointer, so that the writer never writes what its reader would refuse.
 */
public final class Encoding {
  private Encoding() {}

  /** A value the format cannot hold, at the place the generator is about to write it. */
  public static MinutebookJsonException error(JsonGenerator generator, String problem) {
    return new MinutebookJsonException(problem, null, pointer(generator), null);
  }

  /**
   * The JSON Pointer of the value the generator is about to write: after a property's name, the
   * property; in an array, the next element (the generator counts an element once it is written).
   */
  public static String pointer(JsonGenerator generator) {
    TokenStreamContext context = generator.streamWriteContext();
    if (context == null) {
      return "";
    }
    if (context.inArray()) {
      TokenStreamContext parent = context.getParent();
      return (parent == null ? "" : parent.pathAsPointer().toString()) + "/" + context.getEntryCount();
    }
    return context.pathAsPointer().toString();
  }

  /**
   * The longest text the generator writes: its {@link Limits}' string limit, the reader's, so that
   * an instance never writes a string it would refuse to read; any length for a generator without.
   */
  static int maxStringLength(JsonGenerator generator) {
    return generator.streamWriteConstraints() instanceof Limits limits ? limits.maxStringLength : Integer.MAX_VALUE;
  }

  /**
   * Write constraints that also carry the string limit of the reader they go with: Jackson's own
   * constraints limit only the nesting of what is written.
   */
  public static final class Limits extends StreamWriteConstraints {
    private static final long serialVersionUID = 1L;

    private final int maxStringLength;

    /** The nesting limit, as Jackson's, and the longest string, in {@code char}s, as the reader counts. */
    public Limits(int maxNestingDepth, int maxStringLength) {
      super(maxNestingDepth);
      this.maxStringLength = maxStringLength;
    }

    /** The longest string written, in {@code char}s. */
    public int maxStringLength() {
      return maxStringLength;
    }
  }
}
