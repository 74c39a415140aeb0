package io.github.minutebook.agenda;

/** Which side a speaker took on the matter: "spoke in favor of", "spoke in opposition to". */
public enum Stance {
  /** In favour. */
  SUPPORT,
  /** Against. */
  OPPOSE,
  /** Neither, where the minutes say so ("spoke neutrally", "sought clarification"). */
  NEUTRAL
}
