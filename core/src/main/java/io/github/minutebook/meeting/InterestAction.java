package io.github.minutebook.meeting;

/** What a person with a declared interest did. */
public enum InterestAction {
  /** Left the meeting during the item ("left the meeting during discussion"). */
  LEFT_THE_MEETING,
  /** Stayed but took no part in discussion or vote. */
  TOOK_NO_PART,
  /** Stayed and spoke but did not vote. */
  DID_NOT_VOTE,
  /** Stayed and took part, the interest not requiring otherwise. */
  REMAINED,
  /** Took part under a dispensation. */
  DISPENSATION
}
