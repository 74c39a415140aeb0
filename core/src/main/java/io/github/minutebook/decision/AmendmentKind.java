package io.github.minutebook.decision;

/** What kind of amendment was moved. */
public enum AmendmentKind {
  /** An amendment to the motion. */
  AMENDMENT,
  /** A further amendment, moved while another is before the meeting. */
  FURTHER_AMENDMENT,
  /**
   * A rival proposal put against the motion, as Scottish councils' "amendment" is ("the Committee
   * first divided between the motion ... and the amendment").
   */
  COUNTER_MOTION,
  /** A reference back of the report or minute to its source. */
  REFERENCE_BACK
}
