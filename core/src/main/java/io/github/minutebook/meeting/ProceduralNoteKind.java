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
  /**
   * An opening prayer, invocation, karakia or moment of reflection (Akoma Ntoso {@code prayers}).
   */
  PRAYER,
  /**
   * An acknowledgement of the traditional owners of the land, a welcome to country, a mihi or
   * land acknowledgement.
   */
  ACKNOWLEDGEMENT_OF_COUNTRY,
  /** The pledge of allegiance, a salute to the flag, or the anthem. */
  PLEDGE_OF_ALLEGIANCE,
  /**
   * An oath, affirmation or declaration taken at the meeting ("made and signed the Declaration of
   * Acceptance of Office"; Akoma Ntoso {@code administrationOfOath}).
   */
  OATH_OR_AFFIRMATION,
  /** Condolences or a vote of sympathy ("Votes of sympathy were unanimously extended to"). */
  CONDOLENCE,
  /** A tribute, congratulation or welcome to someone named. */
  TRIBUTE,
  /** A point of order raised, and the chair's ruling (Akoma Ntoso {@code pointOfOrder}). */
  POINT_OF_ORDER,
  /** A change of who chaired ("Councillor Killian then took the chair"; "vacated the chair"). */
  CHANGE_OF_CHAIR,
  /** A statement about the quorum, established or lost ("There was still a quorum"). */
  QUORUM,
  /** A notice that the meeting is recorded, broadcast or live-streamed. */
  RECORDING_NOTICE,
  /** The meeting going into or out of closed session ("Council went into Closed Session at 5:03 P.M."). */
  CLOSED_SESSION,
  /** Anything else. */
  OTHER
}
