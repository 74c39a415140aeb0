package io.github.minutebook.agenda;

/**
 * What kind of business an agenda item is. Whether it was urgent or taken in private is said by
 * {@link AgendaItem#urgent()} and {@link AgendaItem#access()}, not by its kind.
 */
public enum ItemKind {
  /** Apologies for absence. */
  APOLOGIES,
  /** Declarations of interest. */
  DECLARATIONS,
  /** Confirmation of the minutes of earlier meetings. */
  MINUTES,
  /** Questions from members of the public. */
  PUBLIC_QUESTIONS,
  /** Questions from members. */
  MEMBER_QUESTIONS,
  /** A report seeking a decision. */
  REPORT_FOR_DECISION,
  /** A scrutiny review, its findings or the response to it. */
  SCRUTINY_REVIEW,
  /** An update or report for information. */
  UPDATE,
  /** Questioning of an officer or executive member ("Scrutiny of the Chief Executive"). */
  QUESTIONING,
  /** A motion from members. */
  MOTION,
  /** Matters referred from another body. */
  REFERRALS,
  /** The resolution to exclude the press and public before exempt business. */
  EXCLUSION_OF_PRESS_AND_PUBLIC,
  /** Anything else. */
  OTHER
}
