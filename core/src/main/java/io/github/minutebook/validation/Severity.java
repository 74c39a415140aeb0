package io.github.minutebook.validation;

/** How serious a violation is. */
public enum Severity {
  /** The data is wrong: it contradicts itself or cannot be what the minutes say. */
  ERROR,
  /** The data is suspicious or incomplete, but can be right. */
  WARNING,
  /** Worth knowing; not a problem in itself. */
  INFO
}
