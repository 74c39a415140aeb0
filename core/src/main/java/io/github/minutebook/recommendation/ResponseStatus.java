package io.github.minutebook.recommendation;

/** How a decision maker responded to a recommendation. */
public enum ResponseStatus {
  /** Accepted. */
  ACCEPTED,
  /** Accepted in part. */
  PARTLY_ACCEPTED,
  /** Rejected, usually with reasons. */
  REJECTED,
  /** Noted without acceptance or rejection. */
  NOTED,
  /** Still being considered ("would consult with the new Director"). */
  UNDER_CONSIDERATION
}
