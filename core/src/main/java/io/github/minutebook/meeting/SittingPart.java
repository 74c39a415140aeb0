package io.github.minutebook.meeting;

/** What kind of session a sitting of a meeting was. */
public enum SittingPart {
  /** Open to the public. */
  OPEN,
  /** Closed to the public: "in camera", "closed session", "public excluded", "executive session". */
  CLOSED,
  /** The council sitting as a committee of the whole ("resolve itself into Committee of the Whole"). */
  COMMITTEE_OF_THE_WHOLE,
  /** A public hearing held within the meeting ("Council recessed ... for a Public Hearing"). */
  PUBLIC_HEARING
}
