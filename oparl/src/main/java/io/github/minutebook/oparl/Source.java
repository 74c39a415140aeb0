package io.github.minutebook.oparl;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.meeting.Provenance;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One OParl object being mapped: reads its values by JSON Pointer, remembers which were used, and
 * collects the notes, so that whatever was not used can be listed at the end rather than dropped.
 */
final class Source {
  private final Set<String> used = new HashSet<>();
  private final List<ConversionNote> notes = new ArrayList<>();

  /** The notes so far, in the order met. */
  List<ConversionNote> notes() {
    return notes;
  }

  void note(Kind kind, String code, String path, String message) {
    notes.add(new ConversionNote(kind, code, path, message));
  }

  /** Marks the value at {@code pointer}, and everything under it, as used. */
  void use(String pointer) {
    used.add(pointer);
  }

  static String at(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  static String at(String parent, int index) {
    return parent + "/" + index;
  }

  /**
   * The value of {@code key}; missing or null when absent. A plain value is marked as used; an
   * object or array is not, for what the caller reads of it is marked as it is read, and the rest
   * is listed by {@link #leftovers}.
   */
  JsonNode get(JsonNode object, String at, String key) {
    JsonNode value = object.path(key);
    if (!value.isContainer()) {
      use(at(at, key));
    }
    return value;
  }

  /**
   * A string value, marked as used: absent when missing or null, and absent with a note when
   * empty or blank (the source then states nothing).
   */
  Optional<String> text(JsonNode object, String at, String key) {
    JsonNode value = get(object, at, key);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isString()) {
      note(Kind.NOT_CARRIED, "oparl.not-a-string", at(at, key), "expected a string, found " + value
          + "; not carried");
      return Optional.empty();
    }
    String text = value.asString();
    if (text.isBlank()) {
      note(Kind.HANDLED, "oparl.empty-value", at(at, key), "an empty string read as not stated");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  Optional<Boolean> bool(JsonNode object, String at, String key) {
    JsonNode value = get(object, at, key);
    if (value.isBoolean()) {
      return Optional.of(value.asBoolean());
    }
    if (!value.isMissingNode() && !value.isNull()) {
      note(Kind.NOT_CARRIED, "oparl.not-a-boolean", at(at, key), "expected true or false, found " + value
          + "; not carried");
    }
    return Optional.empty();
  }

  Optional<Integer> integer(JsonNode object, String at, String key) {
    JsonNode value = get(object, at, key);
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return Optional.of(value.asInt());
    }
    if (!value.isMissingNode() && !value.isNull()) {
      note(Kind.NOT_CARRIED, "oparl.not-an-integer", at(at, key), "expected an integer, found " + value
          + "; not carried");
    }
    return Optional.empty();
  }

  Optional<LocalDate> date(JsonNode object, String at, String key) {
    Optional<String> text = text(object, at, key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException e) {
      note(Kind.NOT_CARRIED, "oparl.bad-date", at(at, key), "\"" + text.get()
          + "\" is not a date (yyyy-mm-dd); not carried");
      return Optional.empty();
    }
  }

  Optional<OffsetDateTime> dateTime(JsonNode object, String at, String key) {
    Optional<String> text = text(object, at, key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.get()));
    } catch (DateTimeParseException e) {
      note(Kind.NOT_CARRIED, "oparl.bad-date-time", at(at, key), "\"" + text.get()
          + "\" is not a date and time with an offset; not carried");
      return Optional.empty();
    }
  }

  /** The strings of an array (each a URL in OParl), marked as used; a single string is read as one. */
  List<String> texts(JsonNode object, String at, String key) {
    JsonNode value = get(object, at, key);
    List<String> out = new ArrayList<>();
    if (value.isString() && !value.asString().isBlank()) {
      out.add(value.asString());
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        JsonNode element = value.get(i);
        if (element.isString() && !element.asString().isBlank()) {
          use(at(at(at, key), i));
          out.add(element.asString());
        } else if (element.isObject() && element.path("id").isString()) {
          // an embedded object where a URL was expected: its id is the link, the rest is listed
          out.add(element.path("id").asString());
          use(at(at(at(at, key), i), "id"));
          use(at(at(at(at, key), i), "type"));
          leftovers(element, at(at(at, key), i));
        } else {
          note(Kind.NOT_CARRIED, "oparl.not-a-link", at(at(at, key), i), "expected a URL, found " + element
              + "; not carried");
        }
      }
    }
    return out;
  }

  /** The object's {@code created} and {@code modified}, or none when it has neither. */
  Optional<Provenance> provenance(JsonNode object, String at) {
    Optional<OffsetDateTime> created = dateTime(object, at, "created");
    Optional<OffsetDateTime> modified = dateTime(object, at, "modified");
    if (created.isEmpty() && modified.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Provenance.builder().created(created).modified(modified).build());
  }

  /**
   * Lists every value under {@code node} (at {@code at}) that was not used, as {@link
   * Kind#NOT_CARRIED} notes with code {@code oparl.not-mapped}. Nulls, empty arrays and empty
   * objects state nothing and are passed over.
   */
  void leftovers(JsonNode node, String at) {
    if (used.contains(at)) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        leftovers(field.getValue(), at(at, field.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leftovers(node.get(i), at(at, i));
      }
    } else if (node.isString() && node.asString().isBlank()) {
      note(Kind.HANDLED, "oparl.empty-value", at, "an empty string read as not stated");
    } else if (!node.isNull() && !node.isMissingNode()) {
      String shown = node.toString();
      if (shown.length() > 80) {
        shown = shown.substring(0, 77) + "...";
      }
      note(Kind.NOT_CARRIED, "oparl.not-mapped", at, "the model has no place for " + shown);
    }
    // listed once: a later walk over an object around this one passes it by
    used.add(at);
  }
}
