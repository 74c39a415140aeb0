package io.github.minutebook.meeting;

/** Where a meeting was held: in a room, online, or both. */
public enum MeetingFormat {
  /** Everyone in one place. */
  IN_PERSON,
  /** Held entirely online ("The meeting was conducted via Zoom"). */
  REMOTE,
  /** Some in the room and some by link ("held both virtually on Microsoft Teams and in the chamber"). */
  HYBRID
}
