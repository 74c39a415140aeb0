package io.github.minutebook.funding;

/** Whether money is revenue (day-to-day) or capital (assets and one-off schemes) spending. */
public enum SpendType {
  /** Day-to-day spending from the revenue budget. */
  REVENUE,
  /** Spending on assets and schemes in the capital programme. */
  CAPITAL
}
