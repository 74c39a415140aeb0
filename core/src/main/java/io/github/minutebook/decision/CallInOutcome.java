package io.github.minutebook.decision;

/** What became of a decision that could be called in for scrutiny. */
public enum CallInOutcome {
  /** The call-in period passed without a call-in. */
  NOT_CALLED_IN,
  /** Called in; awaiting the scrutiny committee. */
  CALLED_IN,
  /** Scrutiny took no further action; the decision stands. */
  UPHELD,
  /** Referred back to the decision maker for reconsideration. */
  REFERRED_BACK,
  /** Referred to full Council. */
  REFERRED_TO_COUNCIL
}
