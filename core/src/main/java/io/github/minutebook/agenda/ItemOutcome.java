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
  CONSIDERED,
  /** The motion under the item was lost: no decision was made ("mehrheitlich abgelehnt"). */
  LOST,
  /** Referred to another body or committee, or back to its source. */
  REFERRED,
  /** The motion was not moved. */
  NOT_MOVED,
  /** Adopted or passed as a whole, where the source records the outcome but not resolution text. */
  ADOPTED,
  /**
   * Adopted in part ("teilweise zugestimmt"), where the source does not say which part; the parts
   * adopted, where it does, are the item's resolutions.
   */
  PARTLY_ADOPTED,
  /**
   * Settled without a decision of its own: by another decision, or by the administration's answer
   * ("erledigt").
   */
  SETTLED
}
