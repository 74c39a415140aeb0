package io.github.minutebook.procurement;

/** The stage of a contract's life that a decision is about. */
public enum ContractStage {
  /** Approval to start a procurement, often at a gateway review ("the intermediate care service be jointly tendered"). */
  APPROVAL_TO_PROCURE,
  /** Approval to test the market before or instead of a full procurement ("officers market test ..."). */
  MARKET_TEST,
  /** Award after a competitive evaluation. */
  AWARD,
  /** A call-off from a framework ("Option 1 (Lot 2 Managed Service Provider ...)"). */
  CALL_OFF,
  /** An award without competition ("as a negotiated single tender"). */
  DIRECT_AWARD,
  /** A change to, or more work under, an existing contract ("as additional work associated with their existing contract"). */
  VARIATION,
  /** Extending an existing contract's term. */
  EXTENSION,
  /** Using an existing contract's rates for new work ("highway contract rates from the current provider"). */
  USE_OF_EXISTING_CONTRACT
}
