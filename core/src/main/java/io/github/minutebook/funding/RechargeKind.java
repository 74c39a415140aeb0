package io.github.minutebook.funding;

/** How money passes from an allocation to someone else. */
public enum RechargeKind {
  /** Charged on to another fund or body ("£150k would be recharged to the Better Care Fund"). */
  RECHARGE,
  /** A contribution to another body's budget or contract. */
  CONTRIBUTION
}
