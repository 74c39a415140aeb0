package io.github.minutebook.funding;

/** What a stated sum of money is, when it is reported rather than decided. */
public enum FigureRole {
  /** A budget or programme's total after the changes decided ("the revised capital programme of £93.2m"). */
  REVISED_TOTAL,
  /** Background: a sum the decision rests on but does not make ("the current contract is worth £1.1m a year"). */
  BACKGROUND,
  /** An earlier value of the same sum ("previously reported as £1.8m"). */
  PREVIOUS_VALUE,
  /** A forecast or projection. */
  FORECAST,
  /** The actual result at the end of a period. */
  OUTTURN,
  /** A difference from budget, either way. */
  VARIANCE,
  /** An overspend. */
  OVERSPEND,
  /** An underspend. */
  UNDERSPEND,
  /** A saving, achieved or planned. */
  SAVING,
  /** A budget as set. */
  BUDGET,
  /** A total of other sums ("a total across all lots of £12m"). */
  TOTAL
}
