package io.github.minutebook.decision;

import io.github.minutebook.money.Amount;
import io.github.minutebook.party.Party;
import io.github.minutebook.reference.MinuteReference;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A delegation of a decision: "delegated to the Director of X, in consultation with the Portfolio
 * Holder for Y, to agree the final terms"; "the amendments will be undertaken by the Director of
 * Finance with the agreement of the Leader of the Council and the Resources Portfolio Holder".
 */
@Value.Immutable
public abstract class Delegation implements WithDelegation {
  Delegation() {}

  /** To whom the decision is delegated. */
  public abstract Party delegate();

  /** Whom the delegate must consult. */
  public abstract List<Party> inConsultationWith();

  /** Whose agreement the delegate needs (stronger than consultation). */
  public abstract List<Party> withAgreementOf();

  /** What the delegate may decide: "to agree the final terms". */
  public abstract Optional<String> scope();

  /** A financial limit on the delegation, where stated. */
  public abstract Optional<Amount> limit();

  /** The earlier decision that gave the power, for a decision taken under delegation. */
  public abstract Optional<MinuteReference> source();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Delegation}. */
  public static final class Builder extends ImmutableDelegation.Builder {}
}
