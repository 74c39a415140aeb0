package io.github.minutebook.recommendation;

/** Who made a recommendation. */
public enum RecommendationSourceKind {
  /** A scrutiny review or inquiry ("the A2020 Scrutiny Review"). */
  SCRUTINY_REVIEW,
  /** A committee or board. */
  COMMITTEE,
  /** A select committee ("the Education Select Committee"). */
  SELECT_COMMITTEE,
  /** An inspectorate or regulator ("Ofsted's Recommendation 7"). */
  INSPECTORATE,
  /** An auditor, internal or external. */
  AUDITOR,
  /** The executive or cabinet recommending to full Council. */
  EXECUTIVE,
  /** An officer's report. */
  OFFICER,
  /** Anyone else. */
  OTHER
}
