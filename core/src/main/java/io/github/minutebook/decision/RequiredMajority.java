package io.github.minutebook.decision;

/**
 * The majority a motion needed to carry, where the record states it: Toronto's "Majority
 * required", "Two-Thirds required", "Two-Thirds whole Council required".
 */
public enum RequiredMajority {
  /** More for than against, of those voting. */
  MAJORITY,
  /** At least two-thirds of those voting. */
  TWO_THIRDS,
  /** More than half of all the members of the body, whether or not they voted. */
  MAJORITY_OF_MEMBERS,
  /** At least two-thirds of all the members of the body ("Two-Thirds whole Council required"). */
  TWO_THIRDS_OF_MEMBERS,
  /** Every member voting in favour. */
  UNANIMITY
}
