package io.github.minutebook.procurement;

/**
 * What a contract mainly buys, in the words of OCDS's {@code procurementCategory} code list
 * ({@code tender.mainProcurementCategory}), so that exports to OCDS are one-to-one. Contracts
 * Finder's "Products" and the EU's "supplies" are goods.
 */
public enum ProcurementCategory {
  /** Physical things bought, hired or leased (OCDS {@code goods}; Contracts Finder "Products"). */
  GOODS,
  /** Construction, building or civil engineering work (OCDS {@code works}). */
  WORKS,
  /** Services (OCDS {@code services}). */
  SERVICES
}
