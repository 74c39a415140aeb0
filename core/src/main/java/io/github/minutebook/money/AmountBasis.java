package io.github.minutebook.money;

/** What span of time or spending an amount covers. */
public enum AmountBasis {
  /** A single sum, spent once ("one-off capital costs"). */
  ONE_OFF,
  /** A yearly sum ("per annum", "p.a.", "a year"). */
  PER_ANNUM,
  /** A monthly sum. */
  PER_MONTH,
  /** A weekly sum. */
  PER_WEEK,
  /** The sum within one named financial year ("£949k in 2016/17"). */
  IN_FINANCIAL_YEAR,
  /** What a part-year commitment costs over a whole year ("a full year effect of £1,471k"). */
  FULL_YEAR_EFFECT,
  /** The sum over a stated period ("£220k per annum to March 2020" totalled, "over 3 years"). */
  TOTAL_OVER_PERIOD,
  /** A yearly rate applied to part of a year ("six month pro-rata amounts"). */
  PRO_RATA,
  /** The maximum over the whole term with every extension taken ("up to £4m including extensions"). */
  TOTAL_WITH_EXTENSIONS,
  /** The sum for one lot of several. */
  PER_LOT
}
