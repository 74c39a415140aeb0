package io.github.minutebook.agenda;

/** Whether an item was taken in public (Part 1) or with the press and public excluded (Part 2). */
public enum Access {
  /** Public business (Part 1). */
  PUBLIC,
  /** Exempt information under, in England, Schedule 12A of the Local Government Act 1972 (Part 2). */
  EXEMPT,
  /** Confidential information, which must be withheld by law (s.100A(3) in England). */
  CONFIDENTIAL
}
