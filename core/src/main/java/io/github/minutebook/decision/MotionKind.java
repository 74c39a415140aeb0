package io.github.minutebook.decision;

/** What a motion proposes, in the words of councils' procedure rules. */
public enum MotionKind {
  /** A motion on the business itself, which would become a resolution if carried. */
  SUBSTANTIVE,
  /** An amendment to a motion. */
  AMENDMENT,
  /** To suspend standing orders or procedure rules. */
  SUSPEND_STANDING_ORDERS,
  /** To vary the order of business. */
  VARY_ORDER_OF_BUSINESS,
  /** That the question be now put: a closure motion, to move to the vote. */
  CLOSURE,
  /** To adjourn the meeting or the debate. */
  ADJOURN,
  /** To refer the matter back or to another body. */
  REFER_BACK,
  /** To exclude the press and public. */
  EXCLUDE_PRESS_AND_PUBLIC,
  /** To proceed to the next business. */
  NEXT_BUSINESS,
  /** To extend the time of the meeting or of a speech. */
  EXTEND_TIME,
  /** A requisition that the vote be recorded. */
  RECORDED_VOTE,
  /** To rescind or revoke an earlier decision ("Rescission Motion – Item 9.15"). */
  RESCISSION,
  /** To reconsider a motion already decided at the meeting. */
  RECONSIDERATION,
  /** To go into, or rise from, committee of the whole. */
  COMMITTEE_OF_THE_WHOLE,
  /** Any other motion. */
  OTHER
}
