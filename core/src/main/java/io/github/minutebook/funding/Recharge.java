package io.github.minutebook.funding;

import io.github.minutebook.money.Amount;
import io.github.minutebook.party.Party;
import org.immutables.value.Value;

/**
 * Part of an allocation charged on to, or contributed to, someone else: "of which £150k would be
 * recharged to the Better Care Fund". The validators check that recharges do not exceed the
 * allocation.
 */
@Value.Immutable
public abstract class Recharge implements WithRecharge {
  Recharge() {}

  /** How much is recharged. */
  public abstract Amount amount();

  /** To whom: a fund or a body. */
  public abstract Party to();

  /** A recharge unless set. */
  @Value.Default
  public RechargeKind kind() {
    return RechargeKind.RECHARGE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recharge}. */
  public static final class Builder extends ImmutableRecharge.Builder {}

  /** A recharge of {@code amount} to {@code to}. */
  public static Recharge of(Amount amount, Party to) {
    return builder().amount(amount).to(to).build();
  }
}
