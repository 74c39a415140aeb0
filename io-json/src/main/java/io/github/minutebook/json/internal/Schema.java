package io.github.minutebook.json.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema fragment under construction: an ordered map, written as JSON as it stands, with a
 * name under {@code $defs} where it describes a type of the model.
 */
public final class Schema {
  private final Map<String, Object> keywords = new LinkedHashMap<>();
  private final String definition;

  private Schema(String definition) {
    this.definition = definition;
  }

  /** An anonymous schema. */
  public static Schema of() {
    return new Schema("");
  }

  /** A schema for a named type, referred to with {@code $ref: #/$defs/name}. */
  public static Schema definition(String name) {
    return new Schema(name);
  }

  /** Sets a keyword. */
  public Schema put(String keyword, Object value) {
    keywords.put(keyword, value);
    return this;
  }

  /**
   * A string schema whose whole value matches {@code pattern}, a regular expression in the common
   * subset of Java's and ECMA-262's syntax. JSON Schema's {@code pattern} matches anywhere in the
   * string, so the pattern is anchored here with {@code ^} and {@code $}.
   */
  public static Schema string(String pattern, String description) {
    Schema s = of().put("type", "string");
    if (!pattern.isEmpty()) {
      s.put("pattern", anchored(pattern));
    }
    return s.put("description", description);
  }

  /** {@code pattern} anchored at both ends, grouped first where it has a top-level alternative. */
  static String anchored(String pattern) {
    return hasTopLevelAlternative(pattern) ? "^(?:" + pattern + ")$" : "^" + pattern + "$";
  }

  private static boolean hasTopLevelAlternative(String pattern) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** A whole number from {@code minimum} to {@code maximum}. */
  public static Schema integer(long minimum, long maximum) {
    return of().put("type", "integer").put("minimum", minimum).put("maximum", maximum);
  }

  /** A non-empty array of {@code items}. */
  public static Schema array(Codec<?> items) {
    return of().put("type", "array").put("items", items.use()).put("minItems", 1);
  }

  /** One of the given string values. */
  public static Schema enumeration(List<String> values, String description) {
    return of().put("type", "string").put("enum", values).put("description", description);
  }

  /** The keywords, for writing. */
  public Map<String, Object> keywords() {
    return keywords;
  }

  /** The name under {@code $defs}, or empty for an anonymous schema. */
  public String definition() {
    return definition;
  }
}
