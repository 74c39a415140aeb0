package io.github.minutebook.funding;

/** Where the money for an allocation comes from. */
public enum FundingSourceKind {
  /** Proceeds from the sale of assets ("funded from capital receipts"). */
  CAPITAL_RECEIPTS,
  /** The authority's revenue budget. */
  REVENUE_BUDGET,
  /** Reserves or balances, including earmarked reserves and contingencies. */
  RESERVES,
  /** Borrowing. */
  BORROWING,
  /** A grant from government or another funder. */
  GRANT,
  /** A named fund or pooled budget ("Better Care Fund"). */
  NAMED_FUND,
  /** A contribution from a partner body. */
  PARTNER_CONTRIBUTION,
  /** Developer contributions (section 106, community infrastructure levy). */
  DEVELOPER_CONTRIBUTIONS,
  /** Any other source. */
  OTHER
}
