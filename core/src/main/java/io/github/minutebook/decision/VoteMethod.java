package io.github.minutebook.decision;

/**
 * How a vote was taken, in the words of minutes and of Robert's Rules: by voice, by a show of
 * hands, by roll call, by ballot, or by general consent without a count.
 */
public enum VoteMethod {
  /** By voice, the ayes and the noes called ("Recommended to Pass BY VOICE VOTE"). */
  VOICE_VOTE,
  /** By a show of hands ("on a show of hands", "Handzeichen"). */
  SHOW_OF_HANDS,
  /**
   * By roll call: each member's vote called and recorded by name (Legistar's {@code RollCallFlag}
   * 1, a UK "recorded vote").
   */
  ROLL_CALL,
  /** By ballot, each member's vote written and not named ("a secret ballot"). */
  BALLOT,
  /**
   * By general consent, no vote being counted: "without objection", "by general assent", "by
   * acclamation".
   */
  GENERAL_CONSENT
}
