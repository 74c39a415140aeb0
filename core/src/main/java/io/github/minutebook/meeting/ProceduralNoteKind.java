package io.github.minutebook.meeting;

/** What a procedural note records. */
public enum ProceduralNoteKind {
  /** A minute's silence. */
  MINUTES_SILENCE,
  /** A short adjournment or break. */
  ADJOURNMENT,
  /** The exclusion of the press and public. */
  EXCLUSION_OF_PRESS_AND_PUBLIC,
  /** Standing orders suspended. */
  SUSPENSION_OF_STANDING_ORDERS,
  /** Business taken in a different order from the agenda. */
  CHANGE_IN_ORDER_OF_BUSINESS,
  /** A member's arrival or departure. */
  ARRIVAL_OR_DEPARTURE,
  /** Anything else. */
  OTHER
}
