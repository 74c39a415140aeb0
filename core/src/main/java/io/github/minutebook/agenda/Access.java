package io.github.minutebook.agenda;

/**
 * Whether an item was taken in public (Part 1) or with the public excluded (Part 2, in camera,
 * closed session, public excluded). The law that allows the exclusion is the item's grounds.
 */
public enum Access {
  /** Public business (Part 1). */
  PUBLIC,
  /**
   * Taken without the public on grounds the law allows: Schedule 12A of the Local Government Act
   * 1972 (England, Part 2), s.48 of the Local Government Official Information and Meetings Act
   * 1987 (New Zealand), s.239 of the Municipal Act 2001 (Ontario), s.90 of the Local Government Act
   * 1999 (South Australia), a closed session under the Brown Act (California).
   */
  EXEMPT,
  /** Confidential information, which must be withheld by law (s.100A(3) in England). */
  CONFIDENTIAL
}
