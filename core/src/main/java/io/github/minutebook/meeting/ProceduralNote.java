package io.github.minutebook.meeting;

import io.github.minutebook.party.Party;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A procedural event the minutes record outside any decision: "(NB During the discussion, the
 * Scrutiny Board observed a minute's silence in memory of the victims ...)".
 */
@Value.Immutable
public abstract class ProceduralNote implements WithProceduralNote {
  ProceduralNote() {}

  /** What kind of event; {@link ProceduralNoteKind#OTHER} unless set. */
  @Value.Default
  public ProceduralNoteKind kind() {
    return ProceduralNoteKind.OTHER;
  }

  /** The note, as written. */
  public abstract String text();

  /** When, where the minutes say. */
  public abstract Optional<LocalTime> time();

  /** When it ended, for an event with a span ("adjourned at 1:07 pm and reconvened at 1:09 pm"). */
  public abstract Optional<LocalTime> until();

  /** Who led or did it ("Dustin Egbert said the prayer"; "Councillor Killian then took the chair"). */
  public abstract List<Party> by();

  /** Whom it concerned: those remembered in a condolence or tribute, those welcomed or congratulated. */
  public abstract List<Party> subjects();

  /** The item during which it happened, by identifier, agenda number or minute number. */
  public abstract Optional<String> duringItem();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProceduralNote}. */
  public static final class Builder extends ImmutableProceduralNote.Builder {}
}
