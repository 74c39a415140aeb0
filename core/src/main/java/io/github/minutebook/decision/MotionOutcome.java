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
  NOT_PUT
}
