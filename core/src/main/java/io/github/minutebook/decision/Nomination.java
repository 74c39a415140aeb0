package io.github.minutebook.decision;

import io.github.minutebook.party.Person;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One candidate in an election to an office: "Councillor Peter Higgins was proposed by Councillor
 * Carey and seconded by Councillor Dillon Gallagher"; "For Councillor Nick Killian ... Total: 16".
 */
@Value.Immutable
public abstract class Nomination implements WithNomination {
  Nomination() {}

  /** The candidate. */
  public abstract Person candidate();

  /** Who proposed them. */
  public abstract Optional<Person> proposedBy();

  /** Who seconded them. */
  public abstract Optional<Person> secondedBy();

  /** Whether the nomination was seconded; {@code false} for "The proposition was not seconded". */
  public abstract Optional<Boolean> seconded();

  /** The votes cast for the candidate, where counted. */
  public abstract Optional<Integer> votes();

  /** Those named as voting for the candidate. */
  public abstract List<Person> votedBy();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Nomination}. */
  public static final class Builder extends ImmutableNomination.Builder {}
}
