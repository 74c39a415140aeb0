package io.github.minutebook.calendar;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period between two dates, either of which may be open, with the words the minutes used:
 * "1st April to 30th September 2017", "April 2017 to March 2020", "from October 2017".
 *
 * <p>Both ends are inclusive. An end before the start is representable and reported by the
 * validators.
 */
@Value.Immutable
public abstract class DateRange implements WithDateRange {
  DateRange() {}

  /** The first day of the period, if it has one. */
  public abstract Optional<LocalDate> start();

  /** The last day of the period, if it has one. */
  public abstract Optional<LocalDate> end();

  /** The period as the minutes wrote it. */
  public abstract Optional<String> asWritten();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DateRange}. */
  public static final class Builder extends ImmutableDateRange.Builder {}

  /** The closed period from {@code start} to {@code end}, both inclusive. */
  public static DateRange of(LocalDate start, LocalDate end) {
    return builder().start(start).end(end).build();
  }

  /** The period starting on {@code start} with no stated end. */
  public static DateRange from(LocalDate start) {
    return builder().start(start).build();
  }
}
