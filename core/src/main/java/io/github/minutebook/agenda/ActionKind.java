package io.github.minutebook.agenda;

/** What kind of follow-up an action is. */
public enum ActionKind {
  /** An action minuted for someone ("ACTION: Cabinet Member Finance to liaise with the Chair"). */
  ACTION,
  /** An undertaking given by a speaker ("the Commercial Director agreed to share links"). */
  UNDERTAKING,
  /** A report or update to come back to the body ("Future updates ... would be brought back to the Committee"). */
  FUTURE_REPORT,
  /** Information to be circulated to members. */
  INFORMATION_TO_CIRCULATE,
  /** An offer rather than a commitment ("the Committee could be provided with some mock dashboards"). */
  OFFER
}
