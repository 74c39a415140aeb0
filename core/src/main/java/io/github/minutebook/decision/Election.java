package io.github.minutebook.decision;

import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An election to an office held at the meeting, with its nominations: the election of a Mayor,
 * Cathaoirleach or chair where more than one is proposed or the votes are recorded. An appointment
 * made without a contest is an {@link Appointment}.
 */
@Value.Immutable
public abstract class Election implements WithElection {
  Election() {}

  /** The office ("Cathaoirleach", "Chair of the Planning Committee"). */
  public abstract String office();

  /** The body the office is on, where it is not the meeting's. */
  public abstract Optional<Body> body();

  /** The candidates, in the order proposed. */
  public abstract List<Nomination> nominations();

  /** Who was elected, where stated. */
  public abstract Optional<Person> elected();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Election}. */
  public static final class Builder extends ImmutableElection.Builder {}
}
