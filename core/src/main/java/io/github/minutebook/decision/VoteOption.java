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
  PAIRED,
  /** Excused from voting, or absent with leave (Popolo {@code excused}). */
  EXCUSED,
  /**
   * Did not vote because of a declared interest: ModernGov's recorded-vote row "Conflict Of
   * Interests".
   */
  CONFLICT_OF_INTEREST
}
