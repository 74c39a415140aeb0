package io.github.minutebook.meeting;

import io.github.minutebook.party.Party;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sponsor of a piece of legislation or a motion: who introduced it (Legistar's sponsors, OParl's
 * originators, Open Civic Data's sponsorships), and whether the record names them its main
 * (primary) sponsor.
 *
 * <pre>{@code
 * Sponsor mayor = Sponsor.builder().party(Person.ofPost("Mayor")).primary(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Sponsor implements WithSponsor {
  Sponsor() {}

  /** Who sponsored it: a member (by name, post or ward), or a body. */
  public abstract Party party();

  /**
   * Whether the record names this sponsor the main (primary) sponsor ({@code true}) or a
   * co-sponsor ({@code false}); empty where it says neither.
   */
  public abstract Optional<Boolean> primary();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sponsor}. */
  public static final class Builder extends ImmutableSponsor.Builder {}
}
