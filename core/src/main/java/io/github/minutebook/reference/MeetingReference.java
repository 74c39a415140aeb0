package io.github.minutebook.reference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another meeting, by what a record says of it: the body's previous or next meeting in a
 * calendar (Ahjo's {@code PreviousMeeting} and {@code NextMeeting}).
 */
@Value.Immutable
public abstract class MeetingReference implements WithMeetingReference {
  MeetingReference() {}

  /** The publisher's identifier of the meeting. */
  public abstract Optional<String> id();

  /** The address of the publisher's record or page of the meeting. */
  public abstract Optional<String> address();

  /** The meeting's name as the record writes it. */
  public abstract Optional<String> title();

  /** Its date. */
  public abstract Optional<LocalDate> date();

  /** Its start time, local to the referring meeting's zone. */
  public abstract Optional<LocalTime> time();

  /** Where it is held, as written. */
  public abstract Optional<String> location();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeetingReference}. */
  public static final class Builder extends ImmutableMeetingReference.Builder {}
}
