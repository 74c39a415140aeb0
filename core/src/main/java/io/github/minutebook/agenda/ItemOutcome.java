package io.github.minutebook.agenda;

/** What became of an agenda item. */
public enum ItemOutcome {
  /** Decisions were made (see the item's resolutions). */
  DECIDED,
  /** Noted, with no other decision. */
  NOTED,
  /** The minutes of earlier meetings were agreed. */
  MINUTES_AGREED,
  /** Deferred to a later meeting. */
  DEFERRED,
  /** Withdrawn. */
  WITHDRAWN,
  /** Nothing to report ("There were no apologies", "no additional issues to be reported"). */
  NO_BUSINESS,
  /** Considered or discussed, with no decision recorded. */
  CONSIDERED
}
