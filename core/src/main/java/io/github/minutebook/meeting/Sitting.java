package io.github.minutebook.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One continuous sitting of a meeting, where the minutes give more than one: a meeting held over
 * several days ("reconvened on Tuesday, October 13, 2020, at 9:32 am"), a recess between two
 * sittings ("10.00am-11.59am 12.05pm-12.15pm"), or a closed session between open ones. The
 * meeting's own date, start and end stay those of the meeting as a whole.
 *
 * <pre>{@code
 * Sitting second = Sitting.builder().date(LocalDate.of(2020, 10, 13))
 *     .start(LocalTime.of(9, 32)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Sitting implements WithSitting {
  Sitting() {}

  /** The date of the sitting, where it differs from the meeting's or is stated. */
  public abstract Optional<LocalDate> date();

  /** When it began. */
  public abstract Optional<LocalTime> start();

  /** When it ended or was adjourned. */
  public abstract Optional<LocalTime> end();

  /** Where, where it differs from the meeting's location. */
  public abstract Optional<String> location();

  /** What kind of session it was, where stated. */
  public abstract Optional<SittingPart> part();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sitting}. */
  public static final class Builder extends ImmutableSitting.Builder {}
}
