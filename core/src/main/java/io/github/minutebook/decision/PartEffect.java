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
  /** Appoints someone to an office or a body. */
  APPOINT,
  /** Welcomes or congratulates, with no further effect ("the Council welcomed the report"). */
  WELCOME,
  /** Adopts a policy, plan, strategy or code. */
  ADOPT,
  /** Adopts another body's recommendations ("the recommendations of the Cabinet be adopted"). */
  ADOPT_RECOMMENDATIONS,
  /** Ratifies a decision already taken, such as an urgent decision. */
  RATIFY,
  /** Agrees in principle, with the final decision to come. */
  AGREE_IN_PRINCIPLE,
  /** Asks for a report to come back ("a further report be brought to a future meeting"). */
  REQUIRE_REPORT,
  /** Approves a virement: money moved between budgets. */
  VIRE,
  /** Passes an ordinance, bill, byelaw or local law. */
  PASS,
  /** Accepts apologies for absence or excuses an absence ("That the apologies be accepted"). */
  ACCEPT_APOLOGIES,
  /** Grants a leave of absence. */
  GRANT_LEAVE,
  /** Confirms the minutes of an earlier meeting as a correct record. */
  CONFIRM_MINUTES,
  /** Excludes the public from the rest of the meeting or from named items. */
  EXCLUDE_PUBLIC,
  /** Rescinds or revokes an earlier decision. */
  RESCIND,
  /** Expresses sympathy or condolences ("a vote of sympathy"). */
  EXPRESS_SYMPATHY,
  /** Anything else. */
  OTHER
}
