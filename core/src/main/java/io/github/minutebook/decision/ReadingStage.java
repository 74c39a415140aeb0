package io.github.minutebook.decision;

/** The stage an ordinance or by-law reached at the meeting. */
public enum ReadingStage {
  /** Introduced. */
  INTRODUCTION,
  /** First reading. */
  FIRST,
  /** Second reading. */
  SECOND,
  /** Third reading. */
  THIRD,
  /** Finally passed or adopted ("read a third time and finally passed"). */
  FINAL
}
