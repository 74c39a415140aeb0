package io.github.minutebook.json.source;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One object of another system's JSON being mapped: reads its values by JSON Pointer, remembers
 * which were used, and collects the notes, so that whatever was not used is listed at the end by
 * {@link #leftovers} rather than dropped. Note codes begin with the system's name ({@code
 * oparl.not-mapped}); a system's importer extends this with its own readers (its flags, its dates).
 *
 * <pre>{@code
 * JsonSource source = new JsonSource("oparl");
 * Optional<String> name = source.text(meeting, "", "name");       // marks /name as used
 * source.leftovers(meeting, "");                                     // lists what was not read
 * return Converted.of(where, mapped, source.notes());
 * }</pre>
 */
public class JsonSource {
  private static final int SHOWN = 80;

  private final String system;
  private final Set<String> used = new HashSet<>();
  private final List<ConversionNote> notes = new ArrayList<>();

  /**
   * A source for one object.
   *
   * @param system the system's name, the first part of every note's code ({@code oparl})
   */
  public JsonSource(String system) {
    this.system = system;
  }

  /**
   * The notes so far, in the order met.
   *
   * @return the notes, a live list
   */
  public final List<ConversionNote> notes() {
    return notes;
  }

  /**
   * Adds a note.
   *
   * @param kind what it says
   * @param code its code, with the system's name ({@code oparl.deleted})
   * @param path the JSON Pointer of the value it is about
   * @param message the sentence for people
   */
  public final void note(Kind kind, String code, String path, String message) {
    notes.add(new ConversionNote(kind, code, path, message));
  }

  /**
   * Marks the value at {@code pointer}, and everything under it, as used.
   *
   * @param pointer a JSON Pointer
   */
  public final void use(String pointer) {
    used.add(pointer);
  }

  /**
   * The pointer of a member.
   *
   * @param parent the object's pointer
   * @param key the member's name, escaped here ({@code ~0}, {@code ~1})
   * @return the member's pointer
   */
  public static String at(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer of an array element.
   *
   * @param parent the array's pointer
   * @param index the element's index
   * @return the element's pointer
   */
  public static String at(String parent, int index) {
    return parent + "/" + index;
  }

  /**
   * The value of {@code key}; missing or null when absent. A plain value is marked as used; an
   * object or array is not, for what the caller reads of it is marked as it is read, and the rest
   * is listed by {@link #leftovers}.
   *
   * @param object the object
   * @param at its pointer
   * @param key the member's name
   * @return the value, a missing node when there is none
   */
  public final JsonNode get(JsonNode object, String at, String key) {
    JsonNode value = object.path(key);
    if (!value.isContainer()) {
      use(at(at, key));
    }
    return value;
  }

  /**
   * A string value, marked as used: absent when missing or null, and absent with a note when
   * empty or blank ({@code system.empty-value}: the source then states nothing) or not a string
   * ({@code system.not-a-string}).
   *
   * @param object the object
   * @param at its pointer
   * @param key the member's name
   * @return the text as given
   */
  public Optional<String> text(JsonNode object, String at, String key) {
    JsonNode value = get(object, at, key);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isString()) {
      note(Kind.NOT_CARRIED, system + ".not-a-string", at(at, key), "expected a string, found " + value
          + "; not carried");
      return Optional.empty();
    }
    String text = value.asString();
    if (text.isBlank()) {
      note(Kind.HANDLED, system + ".empty-value", at(at, key), "an empty string read as not stated");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * An integer value, marked as used; anything else is listed as not carried ({@code
   * system.not-an-integer}).
   *
   * @param object the object
   * @param at its pointer
   * @param key the member's name
   * @return the integer, or empty
   */
  public final Optional<Integer> integer(JsonNode object, String at, String key) {
    JsonNode value = get(object, at, key);
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return Optional.of(value.asInt());
    }
    if (!value.isMissingNode() && !value.isNull()) {
      note(Kind.NOT_CARRIED, system + ".not-an-integer", at(at, key), "expected an integer, found " + value
          + "; not carried");
    }
    return Optional.empty();
  }

  /**
   * Lists every value under {@code node} (at {@code at}) that was not used, as {@link
   * Kind#NOT_CARRIED} notes with code {@code system.not-mapped}, and a blank string as {@code
   * system.empty-value}. Nulls, empty arrays and empty objects state nothing and are passed over,
   * as is a member {@link #passOver} accepts. A value is listed once.
   *
   * @param node the value
   * @param at its pointer
   */
  public final void leftovers(JsonNode node, String at) {
    if (used.contains(at)) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String fieldAt = at(at, field.getKey());
        if (passOver(field.getKey(), field.getValue(), fieldAt)) {
          used.add(fieldAt);
          continue;
        }
        leftovers(field.getValue(), fieldAt);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leftovers(node.get(i), at(at, i));
      }
    } else if (node.isString() && node.asString().isBlank()) {
      note(Kind.HANDLED, system + ".empty-value", at, "an empty string read as not stated");
    } else if (!node.isNull() && !node.isMissingNode()) {
      String shown = node.toString();
      if (shown.length() > SHOWN) {
        shown = shown.substring(0, SHOWN - 3) + "...";
      }
      note(Kind.NOT_CARRIED, system + ".not-mapped", at, "the model has no place for " + shown);
    }
    // listed once: a later walk over an object around this one passes it by
    used.add(at);
  }

  /**
   * Whether {@link #leftovers} passes a member over as stating nothing, a system's known filler;
   * none by default. A system that passes one over says so with a note here.
   *
   * @param key the member's name
   * @param value its value
   * @param at its pointer
   * @return true to pass it over
   */
  protected boolean passOver(String key, JsonNode value, String at) {
    return false;
  }
}
