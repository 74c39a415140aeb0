package io.github.minutebook.decision;

import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An appointment a decision makes: who is appointed to what office, on which body, for how long
 * ("Councillor Jones be appointed Chair of the Planning Committee for the municipal year 2024/25").
 */
@Value.Immutable
public abstract class Appointment implements WithAppointment {
  Appointment() {}

  /** Who is appointed, where named. */
  public abstract Optional<Party> appointee();

  /** The office or place: "Chair", "member", "representative on the Fire Authority". */
  public abstract String office();

  /** The body the office is on, where it is not the office's own name. */
  public abstract Optional<Body> body();

  /** How long the appointment runs. */
  public abstract Optional<DateRange> term();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Appointment}. */
  public static final class Builder extends ImmutableAppointment.Builder {}
}
