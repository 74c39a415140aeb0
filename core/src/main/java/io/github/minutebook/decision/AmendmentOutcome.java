package io.github.minutebook.decision;

/** What became of an amendment. */
public enum AmendmentOutcome {
  /** Put to the vote and carried. */
  CARRIED,
  /** Put to the vote and lost. */
  LOST,
  /** Withdrawn by its mover. */
  WITHDRAWN,
  /** Accepted by the mover of the motion without a vote. */
  ACCEPTED
}
