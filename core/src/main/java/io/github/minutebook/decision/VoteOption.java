package io.github.minutebook.decision;

/** How a member voted, in Popolo's vote options. */
public enum VoteOption {
  /** For (Popolo {@code yes}). */
  YES,
  /** Against (Popolo {@code no}). */
  NO,
  /** Abstained (Popolo {@code abstain}). */
  ABSTAIN,
  /** Absent (Popolo {@code absent}). */
  ABSENT,
  /** Present but not voting (Popolo {@code not voting}). */
  NOT_VOTING,
  /** Paired with an absent member (Popolo {@code paired}). */
  PAIRED
}
