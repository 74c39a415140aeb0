package io.github.minutebook.money;

/** How exactly the minutes state an amount. */
public enum AmountQualifier {
  /** The amount as stated, with no qualifier ("a cost of £535,500", "totalling £949k"). */
  EXACT,
  /** An estimate ("an estimated cost of £53k", "an estimated total value of £220k"). */
  ESTIMATED,
  /** A ceiling ("up to a further £141k", "a maximum of £1,071k"). */
  UP_TO,
  /** A floor ("at least £10,000", "not less than"). */
  AT_LEAST,
  /** An approximation ("approx. £20k", "about", "some £1.8m"). */
  APPROXIMATELY
}
