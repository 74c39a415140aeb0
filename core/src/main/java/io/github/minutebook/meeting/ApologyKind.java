package io.github.minutebook.meeting;

/**
 * What an apology recorded for a member excuses: absence from the whole meeting, or only part of
 * it ("That the apology from the Mayor for partial absence and Councillor East for lateness be
 * accepted").
 */
public enum ApologyKind {
  /** Absence from the whole meeting. */
  ABSENCE,
  /** Arriving late ("Lateness: Deputy Mayor D Simpson, on council business"). */
  LATENESS,
  /** Leaving early ("Early Departure: Cr L Fuli"). */
  EARLY_DEPARTURE,
  /** Absence from part of the meeting, without saying which end ("partial absence"). */
  PARTIAL_ABSENCE
}
