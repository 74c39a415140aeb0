package io.github.minutebook.procurement;

/**
 * What kind of standing arrangement a {@link Framework} is: the instruments a buyer sets up once
 * and buys under many times.
 */
public enum FrameworkKind {
  /**
   * A framework agreement with one or more suppliers, fixing the terms of later call-offs
   * ("Framework Agreement", "Framework Contract"; OCDS {@code techniques.hasFrameworkAgreement}).
   */
  FRAMEWORK_AGREEMENT,
  /**
   * A dynamic purchasing system, open to new suppliers throughout its life ("DPS"; OCDS
   * {@code techniques.hasDynamicPurchasingSystem}).
   */
  DYNAMIC_PURCHASING_SYSTEM,
  /** A list of approved suppliers that the buyer buys from ("Approved Supplier List"). */
  APPROVED_LIST
}
