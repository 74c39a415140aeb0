package io.github.minutebook.agenda;

/** What a meeting did with the minutes of an earlier meeting. */
public enum ApprovalOutcome {
  /** Confirmed as a correct record ("taken as read and confirmed"). */
  CONFIRMED,
  /** Confirmed after a correction ("approved subject to a correction to minute 58(b)"). */
  CONFIRMED_AS_AMENDED,
  /** Not confirmed. */
  NOT_CONFIRMED,
  /** Confirmation put off to a later meeting. */
  DEFERRED,
  /** Received or noted without confirmation (minutes of another body). */
  NOTED
}
