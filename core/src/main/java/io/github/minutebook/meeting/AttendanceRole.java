package io.github.minutebook.meeting;

/** In what capacity someone attended a meeting, or did not. */
public enum AttendanceRole {
  /** Chaired the meeting; present. */
  CHAIR,
  /** Vice-chair; present. */
  VICE_CHAIR,
  /** A member of the body, present. */
  MEMBER_PRESENT,
  /** A deputy member, who sits in a named member's place (Finnish "varajäsen"); present. */
  DEPUTY_MEMBER,
  /** The secretary or minute-taker of the meeting ("Pöytäkirjanpitäjä", "Clerk to the Committee"). */
  SECRETARY,
  /** The officer who presents the items for decision (Finnish "esittelijä"). */
  PRESENTING_OFFICER,
  /** A substitute for an absent member, present. */
  SUBSTITUTE,
  /** A councillor who is not a member of the body ("Also Present"). */
  ALSO_PRESENT,
  /** A member of another body, visiting ("members representing other Scrutiny Boards"). */
  VISITING_MEMBER,
  /** An executive member attending to answer questions. */
  EXECUTIVE_MEMBER_IN_ATTENDANCE,
  /** An officer in attendance. */
  OFFICER_IN_ATTENDANCE,
  /** Anyone else in attendance: a witness, a guest, a co-optee without a vote. */
  IN_ATTENDANCE,
  /** Sent apologies for absence. */
  APOLOGIES,
  /**
   * Absent on a leave of absence the body granted ("Leave of Absence: Cr Smith", "(Leave of
   * Absence for Civic Business)"), as distinct from apologies sent for this meeting.
   */
  LEAVE_OF_ABSENCE,
  /** Absent without apologies recorded. */
  ABSENT,
  /** Present, with no role on the body stated (a list of those present that gives only names). */
  PRESENT,
  /**
   * Listed as expected to attend, as a summons or ModernGov's {@code attendance="Expected"}
   * lists members: not evidence that the person was there.
   */
  EXPECTED;

  /** Whether the role means the person was at the meeting. */
  public boolean isPresent() {
    return this != APOLOGIES && this != LEAVE_OF_ABSENCE && this != ABSENT && this != EXPECTED;
  }
}
