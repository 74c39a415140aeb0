package io.github.minutebook.funding;

/** How far a funding decision has gone. */
public enum FundingStatus {
  /** Approved by the decision maker ("be agreed at a cost of £535,500"). */
  APPROVED,
  /** Recommended to another body, usually full Council, which decides ("Council be recommended to approve funding"). */
  RECOMMENDED,
  /** Released or agreed in principle, with each use subject to a further approval. */
  SUBJECT_TO_FURTHER_APPROVAL,
  /** Depends on money from outside, such as a bid for a grant ("dependent upon the success of bids to MOPAC"). */
  DEPENDENT_ON_EXTERNAL_FUNDING,
  /** Set aside or earmarked, not yet committed ("£37k had been set aside as a contingency"). */
  SET_ASIDE,
  /** Proposed only, for example in a report that was deferred. */
  PROPOSED
}
