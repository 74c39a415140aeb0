package io.github.minutebook.agenda;

/** How an agenda item relates to another. */
public enum LinkRelation {
  /** The Part 2 (exempt) item that goes with this Part 1 item ("Report CS17030b"). */
  EXEMPT_COUNTERPART,
  /** The Part 1 (public) item that goes with this Part 2 item. */
  PUBLIC_COUNTERPART,
  /** An item of a later meeting that continues this one. */
  CONTINUED_AT,
  /** Any other relation. */
  RELATED
}
