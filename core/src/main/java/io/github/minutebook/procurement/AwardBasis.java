package io.github.minutebook.procurement;

/** The basis on which a contract is awarded among tenders. */
public enum AwardBasis {
  /** The lowest price. */
  LOWEST_PRICE,
  /** The most economically advantageous tender: price and quality weighed (MEAT). */
  MOST_ECONOMICALLY_ADVANTAGEOUS,
  /** The lowest responsible bidder (US public contracting). */
  LOWEST_RESPONSIBLE_BID,
  /** Best value, as a record states it. */
  BEST_VALUE,
  /** Quality alone, the price being fixed. */
  QUALITY_ONLY,
  /** Any other basis. */
  OTHER
}
