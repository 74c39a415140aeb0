package io.github.minutebook.reference;

/** What a document is, in the words of council websites. */
public enum DocumentKind {
  /** The agenda of a meeting. */
  AGENDA,
  /** An officer's report. */
  REPORT,
  /** An appendix to a report. */
  APPENDIX,
  /** A supporting document, background paper or tabled paper. */
  SUPPORTING_DOCUMENT,
  /** The minutes of a meeting. */
  MINUTES,
  /** A published decision notice or record of decision. */
  DECISION_NOTICE,
  /** An action plan, improvement plan or tracker. */
  ACTION_PLAN,
  /** A public question, with its reply. */
  QUESTION_AND_REPLY,
  /** Anything else. */
  OTHER
}
