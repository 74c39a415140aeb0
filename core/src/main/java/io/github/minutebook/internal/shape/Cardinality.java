package io.github.minutebook.internal.shape;

/** How many values a property holds, and what its absence means. */
public enum Cardinality {
  /** Exactly one value, always present. */
  REQUIRED,
  /** At most one value: the accessor returns an {@code Optional}. */
  OPTIONAL,
  /** Exactly one value, which the builder defaults when it is not set. */
  DEFAULTED,
  /** Any number of values, in order: the accessor returns a {@code List}. */
  LIST,
  /** Values by key: the accessor returns a {@code Map}. */
  MAP
}
