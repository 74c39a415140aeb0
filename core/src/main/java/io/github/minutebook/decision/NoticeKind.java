package io.github.minutebook.decision;

/** How a motion came before the meeting. */
public enum NoticeKind {
  /** On notice given before the meeting ("Notice of Motion", "Motion on Notice"). */
  ON_NOTICE,
  /** Without notice, by leave of the meeting. */
  WITHOUT_NOTICE,
  /** As an emergency or urgent motion under standing orders. */
  EMERGENCY,
  /** As a mayoral minute (New South Wales). */
  MAYORAL_MINUTE
}
