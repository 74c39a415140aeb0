package io.github.minutebook.procurement;

import io.github.minutebook.party.Body;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The contract in place that a decision replaces, varies or uses: "the current contract with
 * Adecco ... expiring on 23rd April 2017".
 */
@Value.Immutable
public abstract class ExistingContract implements WithExistingContract {
  ExistingContract() {}

  /** What the contract is for, where stated. */
  public abstract Optional<String> description();

  /** The current supplier. */
  public abstract Optional<Body> supplier();

  /** Who holds the contract, where it is not the deciding authority ("The contract is held by BCCG"). */
  public abstract Optional<Body> heldBy();

  /** The framework it was let under ("secured through a Framework (EPSO)"). */
  public abstract Optional<Framework> framework();

  /** When it expires. */
  public abstract Optional<LocalDate> expires();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExistingContract}. */
  public static final class Builder extends ImmutableExistingContract.Builder {}
}
