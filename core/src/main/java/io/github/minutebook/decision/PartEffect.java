package io.github.minutebook.decision;

/** What one part of a resolution does. */
public enum PartEffect {
  /** Agrees, approves or endorses ("the actions ... be agreed"). */
  APPROVE,
  /** Notes ("the summary be noted"). */
  NOTE,
  /** Asks someone to act ("the Constitution Improvement Working Group be requested to support ..."). */
  REQUEST,
  /** Recommends a decision to another body ("Council be recommended to approve funding ..."). */
  RECOMMEND,
  /** Delegates a decision to a person or body ("the amendments will be undertaken by the Director of Finance"). */
  DELEGATE,
  /** Authorises a procurement ("officers market test ...", "the service be jointly tendered"). */
  AUTHORISE_PROCUREMENT,
  /** Awards or commissions a contract ("Liberata be commissioned ..."). */
  AWARD_CONTRACT,
  /** Allocates or releases money ("a sum of £176K be included in the latest Capital Programme"). */
  ALLOCATE_FUNDING,
  /** Defers the matter ("the item be considered further at a later date"). */
  DEFER,
  /** Rejects a proposal or recommendation. */
  REJECT,
  /** Refers the matter to another body, or back to its source. */
  REFER,
  /** Anything else. */
  OTHER
}
