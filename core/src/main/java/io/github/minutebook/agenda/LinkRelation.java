package io.github.minutebook.agenda;

/** How an agenda item relates to another. */
public enum LinkRelation {
  /** The Part 2 (exempt) item that goes with this Part 1 item ("Report CS17030b"). */
  EXEMPT_COUNTERPART,
  /** The Part 1 (public) item that goes with this Part 2 item. */
  PUBLIC_COUNTERPART,
  /** An item of a later meeting that continues this one. */
  CONTINUED_AT,
  /** An item taken together with this one ("considered with item 9"). */
  CONSIDERED_WITH,
  /** An item this one follows from or depends on ("consequential on minute 73"). */
  FOLLOWS_FROM,
  /** An item this one replaces, such as a revised report. */
  REPLACES,
  /** Any other relation. */
  RELATED
}
