package io.github.minutebook.meeting;

/** Whether a meeting took place; compare Open Civic Data's event status. */
public enum MeetingStatus {
  /** Scheduled, not yet held (OCD {@code confirmed}). */
  SCHEDULED,
  /**
   * Confirmed to go ahead, as the publisher lists it, without saying whether it has been held yet:
   * ModernGov's {@code Confirmed}, which stays on a meeting after it is held (OCD {@code
   * confirmed}, where the meeting is still to come).
   */
  CONFIRMED,
  /** Held (OCD {@code passed}). */
  HELD,
  /** Held and adjourned, with business left over. */
  ADJOURNED,
  /** Postponed to another date. */
  POSTPONED,
  /** Cancelled (OCD {@code cancelled}; OParl {@code cancelled: true}). */
  CANCELLED
}
