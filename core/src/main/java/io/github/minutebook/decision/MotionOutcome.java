package io.github.minutebook.decision;

/** What became of a motion. */
public enum MotionOutcome {
  /** Put to the vote and carried. */
  CARRIED,
  /** Put to the vote and lost: nothing was decided. */
  LOST,
  /** Withdrawn by its mover. */
  WITHDRAWN,
  /** Not seconded, so not debated. */
  NOT_SECONDED,
  /** Fell, as when an earlier amendment was carried. */
  FELL,
  /** Not put to the vote. */
  NOT_PUT,
  /** Ruled out of order by the chair ("which was declared out of order"). */
  RULED_OUT_OF_ORDER,
  /** Deferred or tabled to a later meeting without a vote on its substance. */
  DEFERRED
}
