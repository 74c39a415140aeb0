package io.github.minutebook.meeting;

/** Whether a meeting took place; compare Open Civic Data's event status. */
public enum MeetingStatus {
  /** Scheduled, not yet held (OCD {@code confirmed}). */
  SCHEDULED,
  /** Held (OCD {@code passed}). */
  HELD,
  /** Held and adjourned, with business left over. */
  ADJOURNED,
  /** Postponed to another date. */
  POSTPONED,
  /** Cancelled (OCD {@code cancelled}; OParl {@code cancelled: true}). */
  CANCELLED
}
