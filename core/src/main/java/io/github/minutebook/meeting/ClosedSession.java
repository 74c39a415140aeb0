package io.github.minutebook.meeting;

import io.github.minutebook.party.Party;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part of the meeting held without the public: "Council went into Closed Session at 5:03 P.M.
 * ... Mayor Kniss announced no reportable action". The grounds for each withheld item stay on the
 * item ({@code AgendaItem#exemptionGrounds()}); this records the session itself, which public
 * minutes often report without the items.
 */
@Value.Immutable
public abstract class ClosedSession implements WithClosedSession {
  ClosedSession() {}

  /** When the public was excluded. */
  public abstract Optional<LocalTime> start();

  /** When the meeting returned to open session. */
  public abstract Optional<LocalTime> end();

  /** The items considered, by identifier, agenda number or minute number. */
  public abstract List<String> items();

  /** What was considered, as written, where the items are not in the public minutes. */
  public abstract List<String> subjects();

  /**
   * Those allowed to remain besides the members ("That the public and all staff other than the
   * Members of the Senior Leadership Team be excluded").
   */
  public abstract List<Party> permittedToRemain();

  /** What was reported in open session afterwards, as written ("There is nothing further to report"). */
  public abstract Optional<String> reportOut();

  /** Whether action was reported; {@code false} for "no reportable action", empty where not said. */
  public abstract Optional<Boolean> actionReported();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClosedSession}. */
  public static final class Builder extends ImmutableClosedSession.Builder {}
}
