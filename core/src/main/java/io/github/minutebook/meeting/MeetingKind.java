package io.github.minutebook.meeting;

/** What kind of meeting it was, as its summons or minutes call it. */
public enum MeetingKind {
  /** An ordinary (regular) meeting of the body's programme. */
  ORDINARY,
  /** A special meeting, called for particular business. */
  SPECIAL,
  /** An extraordinary meeting, called outside the programme. */
  EXTRAORDINARY,
  /** The annual meeting, which elects the chair and appoints committees. */
  ANNUAL,
  /** A meeting to set the budget or council tax. */
  BUDGET,
  /** A meeting reconvened after an adjournment. */
  RECONVENED,
  /** Any other kind of meeting. */
  OTHER
}
