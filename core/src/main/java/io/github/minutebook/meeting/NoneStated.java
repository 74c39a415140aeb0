package io.github.minutebook.meeting;

/**
 * What a record states there was none of. A list the record leaves empty without saying so is
 * unknown, not empty: "Apologies: none" is {@link #APOLOGIES} here, while minutes that say
 * nothing of apologies leave it out.
 */
public enum NoneStated {
  /** "Apologies for absence: none", "There were no apologies". */
  APOLOGIES,
  /** No member was absent. */
  ABSENCES,
  /** "There were no substitutions". */
  SUBSTITUTES,
  /** "No declarations of interest were made", "no conflicts of interest". */
  DECLARATIONS,
  /** "Dispensations granted: none". */
  DISPENSATIONS,
  /** "There were no questions from the public". */
  PUBLIC_QUESTIONS,
  /** No questions from members. */
  MEMBER_QUESTIONS,
  /** No petitions were received. */
  PETITIONS,
  /** "There was no urgent business". */
  URGENT_BUSINESS,
  /** No exempt (Part 2) business. */
  EXEMPT_BUSINESS,
  /** "Alternative options considered: none". */
  ALTERNATIVES,
  /** No reasons were given, where the record has a place for them. */
  REASONS,
  /** No amendments were moved. */
  AMENDMENTS,
  /** No deputations were received. */
  DEPUTATIONS,
  /**
   * No formal decision was taken under the item: ModernGov's {@code isdecision} False, an item
   * that is not in the decision register.
   */
  DECISIONS,
  /** The item heard no call-in: ModernGov's {@code iscallin} False. */
  CALL_IN,
  /**
   * No roll call (recorded vote, each member's vote named) was taken: Legistar's {@code
   * RollCallFlag} 0.
   */
  ROLL_CALL,
  /** No minutes are available: a calendar's "Minutes: Not available". */
  MINUTES,
  /** No recording (video or audio) of the meeting is available: "Multimedia: Not available". */
  RECORDING,
  /** "Leave of Absence: Nil", "No requests for leave of absence". */
  LEAVE_OF_ABSENCE,
  /** "No public forum", "There was no public comment". */
  PUBLIC_FORUM,
  /** "Announcements by the Mayor: Nil". */
  ANNOUNCEMENTS,
  /** "There were no late items", "no items not on the agenda". */
  LATE_ITEMS,
  /** "No matters arising" from the minutes of the last meeting. */
  MATTERS_ARISING,
  /** "Invocation – None". */
  OPENING_PRAYER,
  /** No notices of motion were given or moved. */
  NOTICES_OF_MOTION,
  /** No objections to the minutes of the last meeting ("Einwendungen werden nicht erhoben"). */
  MINUTES_OBJECTIONS,
  /** No changes to the agenda. */
  AGENDA_CHANGES,
  /** No members attending by remote link. */
  REMOTE_ATTENDANCE,
  /** No vote was taken on the item ("keine Abstimmung"). */
  VOTE
}
