package io.github.minutebook.condition;

/** What a condition makes a decision wait for. */
public enum ConditionKind {
  /** Approval by a person or body ("subject to approval by the Executive"). */
  SUBJECT_TO_APPROVAL,
  /** Another part of the same resolution being approved ("subject to approval of (1) above"). */
  SUBJECT_TO_OTHER_PART,
  /** Funding being confirmed or secured ("until funding had been confirmed"). */
  SUBJECT_TO_FUNDING,
  /** Scrutiny or review first ("following an appropriate level of scrutiny"). */
  SUBJECT_TO_SCRUTINY,
  /** Consultation first. */
  SUBJECT_TO_CONSULTATION,
  /** Agreement of terms, contract or legal documents. */
  SUBJECT_TO_AGREEMENT,
  /** Any other condition. */
  OTHER
}
