package io.github.minutebook.reference;

/** What a document is, in the words of council websites. */
public enum DocumentKind {
  /** The agenda of a meeting. */
  AGENDA,
  /** An officer's report. */
  REPORT,
  /** An appendix to a report. */
  APPENDIX,
  /** A supporting document or background paper. */
  SUPPORTING_DOCUMENT,
  /** The minutes of a meeting. */
  MINUTES,
  /** A published decision notice or record of decision. */
  DECISION_NOTICE,
  /** An action plan, improvement plan or tracker. */
  ACTION_PLAN,
  /** A public question, with its reply. */
  QUESTION_AND_REPLY,
  /** A proposal one body puts to another for decision (Finnish "esitys"). */
  PROPOSAL,
  /** A paper tabled at the meeting ("Cr Edwards tabled photos"; "Mr Pearson provided a handout"). */
  TABLED_PAPER,
  /** An audio or video recording of the meeting, or its webcast. */
  RECORDING,
  /** Anything else. */
  OTHER
}
