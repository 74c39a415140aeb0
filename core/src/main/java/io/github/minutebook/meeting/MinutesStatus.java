package io.github.minutebook.meeting;

/** Whether the minutes are a draft or have been confirmed as a correct record. */
public enum MinutesStatus {
  /** Draft minutes, not yet confirmed. */
  DRAFT,
  /** Confirmed (signed) as a correct record at a later meeting. */
  CONFIRMED
}
