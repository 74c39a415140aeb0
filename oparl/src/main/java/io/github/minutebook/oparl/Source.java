package io.github.minutebook.oparl;

import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.json.source.JsonSource;
import io.github.minutebook.meeting.Provenance;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One OParl object being mapped: the shared {@link JsonSource} with OParl's booleans, dates, links
 * and provenance.
 */
final class Source extends JsonSource {
  Source() {
    super("oparl");
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
}
