package io.github.minutebook.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The adjournment of a meeting with business left over: "The meeting was adjourned at 10.12pm so
 * that further consideration could be given to item 8 of the agenda".
 */
@Value.Immutable
public abstract class Adjournment implements WithAdjournment {
  Adjournment() {}

  /** When the meeting was adjourned. */
  public abstract Optional<LocalTime> time();

  /** Why. */
  public abstract Optional<String> reason();

  /** The items left over, by identifier, agenda number or minute number ("8"). */
  public abstract List<String> items();

  /** When the meeting resumes, where set. */
  public abstract Optional<LocalDate> resumesOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Adjournment}. */
  public static final class Builder extends ImmutableAdjournment.Builder {}
}
