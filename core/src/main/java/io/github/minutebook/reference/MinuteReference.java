package io.github.minutebook.reference;

import io.github.minutebook.party.Body;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to a minute of another (or the same) meeting: "minute 19 refers" (a meeting of 7
 * October 2020), "Minute 42 of the Minutes of the 20th July meeting", "Cabinet on 19 May 2020
 * (minute 4 refers)".
 *
 * <p>Every part is optional because minutes give as much or as little as they like; {@link
 * #meetingId()} and {@link #itemId()} link to records held in the same collection, so that such
 * references can be checked.
 *
 * <pre>{@code
 * MinuteReference ref = MinuteReference.builder()
 *     .body(Body.of("Cabinet", BodyKind.EXECUTIVE))
 *     .meetingDate(LocalDate.of(2020, 5, 19))
 *     .minuteNumber("4")
 *     .asWritten("Cabinet on 19 May 2020 (minute 4 refers)")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class MinuteReference implements WithMinuteReference {
  MinuteReference() {}

  /** The body whose minute it is, where named; otherwise the body of the referring meeting. */
  public abstract Optional<Body> body();

  /** The date of the meeting whose minute it is. */
  public abstract Optional<LocalDate> meetingDate();

  /** The minute number as written: "19", "42", "237/2008". */
  public abstract Optional<String> minuteNumber();

  /**
   * The item's number on that meeting's agenda, where the reference gives it rather than (or
   * beside) a minute number: Legistar's {@code MatterHistoryAgendaNumber} "10".
   */
  public abstract Optional<String> agendaNumber();

  /** The identifier of the referenced meeting, where it is known in the same collection. */
  public abstract Optional<String> meetingId();

  /** The identifier of the referenced agenda item, where it is known in the same collection. */
  public abstract Optional<String> itemId();

  /** Whether the reference is to exempt (Part 2) minutes. */
  @Value.Default
  public boolean exempt() {
    return false;
  }

  /** The reference as the minutes wrote it: "minute 19 refers". */
  public abstract Optional<String> asWritten();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MinuteReference}. */
  public static final class Builder extends ImmutableMinuteReference.Builder {}
}
