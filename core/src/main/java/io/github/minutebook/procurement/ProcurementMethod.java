package io.github.minutebook.procurement;

/**
 * The procurement method, in the words of OCDS's {@code method} code list, so that exports to
 * OCDS are one-to-one.
 */
public enum ProcurementMethod {
  /** All interested suppliers may submit a tender (OCDS {@code open}). */
  OPEN,
  /** Only qualified suppliers are invited to tender (OCDS {@code selective}). */
  SELECTIVE,
  /** The buyer contacts a number of suppliers of its choice (OCDS {@code limited}). */
  LIMITED,
  /** The contract is awarded to a single supplier without competition (OCDS {@code direct}). */
  DIRECT
}
