package io.github.minutebook.agenda;

/** What a paragraph of the minutes' narrative does. */
public enum ParagraphKind {
  /** A summary of the report or the business. */
  SUMMARY,
  /** Members' discussion. */
  DISCUSSION,
  /** A statement by a named speaker ("the Commercial Director stated that: ..."). */
  STATEMENT,
  /** A question put. */
  QUESTION,
  /** An answer given. */
  ANSWER,
  /** Findings or conclusions ("potential areas for improvement"). */
  FINDINGS,
  /** Next steps agreed. */
  NEXT_STEPS
}
