package io.github.minutebook.decision;

/** The result of a vote: carried or lost (Popolo's {@code pass} and {@code fail}). */
public enum VoteResult {
  /** The motion was carried (Popolo {@code pass}). */
  CARRIED,
  /** The motion was lost (Popolo {@code fail}). */
  LOST,
  /**
   * The votes were equal and no casting vote is recorded ("Stimmengleichheit"); whether the motion
   * then fails is the local law's rule, not the record's.
   */
  TIED
}
