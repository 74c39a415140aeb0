package io.github.minutebook.meeting;

/**
 * The kind of interest declared: in the terms of English members' codes of conduct, and the
 * broad kinds other countries' laws use. The minutes' own category is kept beside it as written.
 */
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
  /**
   * A pecuniary interest outside England's codes: New South Wales and Ontario's "pecuniary
   * interest", New Zealand's Local Authorities (Members' Interests) Act 1968.
   */
  PECUNIARY,
  /** A non-pecuniary interest ("Non-Pecuniary – Significant Conflict", New South Wales). */
  NON_PECUNIARY,
  /**
   * A conflict of interest declared as such: "declared a conflict of interest" (New Zealand), a
   * declarable conflict of interest (Queensland), Befangenheit (Germany).
   */
  CONFLICT_OF_INTEREST,
  /** An interest under another country's law, or one the minutes do not classify. */
  OTHER
}
