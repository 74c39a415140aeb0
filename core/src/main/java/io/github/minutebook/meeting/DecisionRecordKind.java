package io.github.minutebook.meeting;

/** What kind of decision a decision record publishes. */
public enum DecisionRecordKind {
  /** A decision taken by an officer under delegated powers ("Officer Decision Record"). */
  OFFICER_DECISION,
  /** A decision taken by one executive member alone ("Individual Cabinet Member Decision"). */
  EXECUTIVE_MEMBER_DECISION,
  /** A notice of a decision of the executive or cabinet as a body ("Decision Notice"). */
  EXECUTIVE_DECISION,
  /** A notice of a decision of a committee. */
  COMMITTEE_DECISION,
  /** A published notice that a contract was awarded (a contract award notice, an OCDS award release). */
  CONTRACT_AWARD_NOTICE,
  /** A bill, ordinance, motion or paper and its passage, as Legistar and OParl publish them. */
  LEGISLATION,
  /** Any other kind of decision record. */
  OTHER
}
