package io.github.minutebook.agenda;

import io.github.minutebook.Identified;
import io.github.minutebook.party.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A follow-up the minutes record: an action with an owner, an undertaking, a report to come back.
 */
@Value.Immutable
public abstract class Action implements WithAction, Identified {
  Action() {}

  /** A stable identifier, so that trackers can refer to this action. */
  @Override
  public abstract Optional<String> id();

  /** What is to be done, as written. */
  public abstract String description();

  /** What kind of follow-up it is; an action unless set. */
  @Value.Default
  public ActionKind kind() {
    return ActionKind.ACTION;
  }

  /** Who is to do it. */
  public abstract Optional<Party> owner();

  /** Others the owner is to act with or report to ("liaise with the Chair and the Overview and Scrutiny Officer"). */
  public abstract List<Party> involving();

  /** When it is due. */
  public abstract Optional<LocalDate> dueDate();

  /** When it is due, in the minutes' words, where not a date ("once they were in circulation"). */
  public abstract Optional<String> dueWhen();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Action}. */
  public static final class Builder extends ImmutableAction.Builder {}
}
