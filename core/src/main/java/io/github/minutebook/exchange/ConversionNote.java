package io.github.minutebook.exchange;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A remark on one record converted between formats: a quirk of the source read as it is meant, a
 * fact the other format cannot hold, a value left out, or why the record could not be converted.
 *
 * <pre>{@code
 * new ConversionNote(ConversionNote.Kind.HANDLED, "ocds.zero-value", "/releases/0/tender/value",
 *     "a tender value of 0 read as no value given")
 * }</pre>
 *
 * @param kind what kind of remark it is
 * @param code a stable code for the remark, prefixed by the format: {@code ocds.html-entities},
 *     {@code 360giving.not-a-grant}; for counting and filtering
 * @param path where it applies: a JSON Pointer into the source record when reading ({@code
 *     /releases/0/awards/0/value}), a Minutebook path when writing ({@code
 *     agendaItems[2].resolutions[0].parts[1].fundingAllocations[0]}); empty for the whole record
 * @param message what happened, in words, for people
 */
public record ConversionNote(Kind kind, String code, String path, String message) {
  /** What kind of remark a note is. */
  public enum Kind {
    /**
     * Something in the source read as it is meant rather than as it is written: HTML entities
     * decoded, a value of 0 that means "not given" kept as no value, the method found in prose.
     */
    HANDLED,
    /** A fact the other format cannot hold, not carried into the output. */
    NOT_CARRIED,
    /**
     * A whole value not converted, with the reason: a recommendation not yet approved is not a
     * grant, a recharge is not an award. The rest of the record is converted.
     */
    LEFT_OUT,
    /** The record could not be converted; nothing was made of it. */
    FAILED
  }

  /** Checks that the code and message are not blank. */
  public ConversionNote {
    Objects.requireNonNull(kind, "kind");
    checkArgument(!code.isBlank(), "a conversion note needs a code");
    Objects.requireNonNull(path, "path");
    checkArgument(!message.isBlank(), "a conversion note needs a message");
  }

  /** The note as one line: {@code KIND code at path: message}. */
  @Override
  public String toString() {
    return kind + " " + code + (path.isEmpty() ? "" : " at " + path) + ": " + message;
  }
}
