package io.github.minutebook.meeting;

/** The kind of interest declared, in the terms of English members' codes of conduct. */
public enum InterestKind {
  /** A disclosable pecuniary interest (Localism Act 2011). */
  DISCLOSABLE_PECUNIARY,
  /** An other registrable interest. */
  OTHER_REGISTRABLE,
  /** A non-registrable interest. */
  NON_REGISTRABLE,
  /** A personal interest (older codes). */
  PERSONAL,
  /** A prejudicial interest (older codes). */
  PREJUDICIAL,
  /**
   * A statement made for transparency that is not an interest ("for transparency, she knew the
   * applicant; this was not an interest").
   */
  TRANSPARENCY,
  /** A conflict of interest under another country's law, or one the minutes do not classify. */
  OTHER
}
