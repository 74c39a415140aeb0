package io.github.minutebook.recommendation;

/** Where the implementation of a recommendation stands. */
public enum ProgressStatus {
  /** Not started. */
  NOT_STARTED,
  /** Under way. */
  IN_PROGRESS,
  /** Done. */
  COMPLETED,
  /** Behind its due date. */
  OVERDUE,
  /** Overtaken by events. */
  NO_LONGER_APPLICABLE
}
