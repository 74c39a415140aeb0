package io.github.minutebook.funding;

import io.github.minutebook.money.Amount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A virement: money moved from one budget to another, which is not new money ("a virement of
 * £250k from the Highways revenue budget to Waste Services").
 */
@Value.Immutable
public abstract class Virement implements WithVirement {
  Virement() {}

  /** How much is moved. */
  public abstract Amount amount();

  /** The budget or scheme the money moves from, as written. */
  public abstract Optional<String> from();

  /** The budget or scheme the money moves to, as written. */
  public abstract Optional<String> to();

  /** Why, where stated. */
  public abstract Optional<String> reason();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Virement}. */
  public static final class Builder extends ImmutableVirement.Builder {}
}
