package io.github.minutebook.agenda;

/**
 * What kind of business an agenda item is. Whether it was urgent or taken in private is said by
 * {@link AgendaItem#urgent()} and {@link AgendaItem#access()}, not by its kind.
 */
public enum ItemKind {
  /** Apologies for absence. */
  APOLOGIES,
  /** Opening observances: a prayer, karakia, acknowledgement of country, pledge. */
  OPENING,
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
  /** Civic or ceremonial business: presentations, awards, a mayor's reception. */
  CEREMONIAL,
  /** Announcements by the chair, the mayor or officers. */
  ANNOUNCEMENTS,
  /** Appointments to offices, committees and outside bodies. */
  APPOINTMENTS,
  /** A called-in decision heard by scrutiny. */
  CALL_IN,
  /** Petitions received or debated. */
  PETITIONS,
  /**
   * Deputations, delegations, a public forum or public comment: those not members addressing the
   * meeting.
   */
  DEPUTATIONS,
  /** A public hearing held within the meeting. */
  PUBLIC_HEARING,
  /** Notices of motion given for a later meeting. */
  NOTICES_OF_MOTION,
  /** An election to an office. */
  ELECTION,
  /** Procedural business: a motion to suspend standing orders, to vary the order of business. */
  PROCEDURAL,
  /** An ordinance, bill or resolution on a legislative agenda (a US city council's "file"). */
  LEGISLATION,
  /**
   * A heading over the items that follow it, up to the next heading: a section of the agenda, not
   * business of its own ("ANTRÄGE", "1000 Hauptverwaltung").
   */
  HEADING,
  /** Anything else. */
  OTHER
}
