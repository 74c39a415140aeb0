package io.github.minutebook.legistar;

import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.json.source.JsonSource;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.party.Identifier;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One Legistar row being mapped: reads its values by JSON Pointer, remembers which were used, and
 * collects the notes, so that whatever was not used can be listed at the end rather than dropped.
 */
final class Source extends JsonSource {
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]{2,}");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?");

  Source() {
    super("legistar");
  }

  /**
   * A string value, marked as used and tidied ({@link #tidy}): absent when missing or null, and
   * absent with a note when empty or blank (the source then states nothing).
   */
  @Override
  public Optional<String> text(JsonNode object, String at, String key) {
    return raw(object, at, key).map(t -> tidy(t, at(at, key)));
  }

  /** A string value as given, marked as used; absent when missing, null, blank or not a string. */
  Optional<String> raw(JsonNode object, String at, String key) {
    JsonNode value = get(object, at, key);
    if (value.isNumber()) {
      return Optional.of(value.asString());
    }
    return super.text(object, at, key);
  }

  /**
   * Text as people read it: line breaks made {@code \n}, spaces and line breaks around it taken
   * off, and runs of spaces inside a line made one; each change is a {@link Kind#HANDLED} note.
   * Line breaks inside the text are kept.
   */
  String tidy(String given, String path) {
    String text = LINE_BREAKS.matcher(given).replaceAll("\n");
    String stripped = text.strip();
    if (!stripped.equals(text)) {
      note(Kind.HANDLED, "legistar.padded-text", path, "spaces or line feeds around the text taken off");
    }
    String single = SPACES.matcher(stripped).replaceAll(" ");
    if (!single.equals(stripped)) {
      note(Kind.HANDLED, "legistar.double-space", path, "runs of spaces inside the text read as one space");
    }
    return single;
  }

  /**
   * A Legistar flag, 0 or 1 (sometimes true or false), as a boolean, with a {@link Kind#HANDLED}
   * note; any other value is listed as not carried.
   */
  Optional<Boolean> flag(JsonNode object, String at, String key) {
    JsonNode value = get(object, at, key);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (value.isBoolean()) {
      return Optional.of(value.asBoolean());
    }
    if (value.isIntegralNumber() && (value.asInt() == 0 || value.asInt() == 1)) {
      note(Kind.HANDLED, "legistar.flag", at(at, key), "the flag " + value.asInt() + " read as "
          + (value.asInt() == 1));
      return Optional.of(value.asInt() == 1);
    }
    note(Kind.NOT_CARRIED, "legistar.not-a-flag", at(at, key), "expected a flag 0 or 1, found " + value
        + "; not carried");
    return Optional.empty();
  }

  /**
   * A Legistar date and time without a zone ({@code 2013-04-30T10:00:00}, {@code
   * 2014-05-24T04:10:20.03}, fractional seconds of any length): a local date-time, for the zone is
   * not stated.
   */
  Optional<LocalDateTime> localDateTime(JsonNode object, String at, String key) {
    Optional<String> text = raw(object, at, key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text.get().strip()));
    } catch (DateTimeParseException e) {
      note(Kind.NOT_CARRIED, "legistar.bad-date-time", at(at, key), "\"" + text.get()
          + "\" is not a date and time (yyyy-mm-ddThh:mm:ss); not carried");
      return Optional.empty();
    }
  }

  /**
   * The row's {@code …LastModifiedUtc} and {@code …Guid} as provenance: the time, written without
   * a zone, is read as UTC because the field's name says so (a {@link Kind#HANDLED} note).
   */
  Optional<Provenance> provenance(JsonNode row, String at, String prefix) {
    String key = prefix + "LastModifiedUtc";
    Optional<LocalDateTime> modified = localDateTime(row, at, key);
    Optional<String> guid = raw(row, at, prefix + "Guid");
    if (modified.isEmpty() && guid.isEmpty()) {
      return Optional.empty();
    }
    Provenance.Builder provenance = Provenance.builder();
    modified.ifPresent(m -> {
      note(Kind.HANDLED, "legistar.utc-without-zone", at(at, key), "\"" + row.path(key).asString()
          + "\" has no zone; read as UTC, as the field's name says");
      provenance.modified(OffsetDateTime.of(m, ZoneOffset.UTC));
    });
    guid.ifPresent(g -> provenance.addIdentifiers(Identifier.of("legistar-guid", g)));
    return Optional.of(provenance.build());
  }

  /** {@code "api_metadata": null}, which some clients add to every row, is noted as read. */
  @Override
  protected boolean passOver(String key, JsonNode value, String at) {
    if (key.equals("api_metadata") && value.isNull()) {
      note(Kind.HANDLED, "legistar.api-metadata", at, "the extra member \"api_metadata\": null states "
          + "nothing about the row");
      return true;
    }
    return false;
  }
}
