package io.github.minutebook.reference;

/** How another record relates to a decision record; OParl's words for related papers. */
public enum RecordRelation {
  /**
   * The other record is over this one: the paper this one amends, answers or supplements (OParl
   * {@code superordinatedPaper}).
   */
  SUPERORDINATED,
  /**
   * The other record is under this one: an amendment, an opinion or a follow-up of it (OParl
   * {@code subordinatedPaper}).
   */
  SUBORDINATED,
  /** The other record is related in content (OParl {@code relatedPaper}). */
  RELATED
}
