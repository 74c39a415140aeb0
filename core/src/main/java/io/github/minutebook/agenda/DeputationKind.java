package io.github.minutebook.agenda;

/** The form in which someone not a member addressed the meeting, in the council's own word. */
public enum DeputationKind {
  /** A public forum or open forum slot (Australia, New Zealand). */
  PUBLIC_FORUM,
  /** A deputation (England, New Zealand). */
  DEPUTATION,
  /** A delegation (Canada). */
  DELEGATION,
  /** Public comment (United States). */
  PUBLIC_COMMENT,
  /** A presentation by an invited guest or organisation. */
  PRESENTATION,
  /** Evidence or a representation at a hearing (planning, licensing). */
  REPRESENTATION
}
