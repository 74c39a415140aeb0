package io.github.minutebook.meeting;

import java.time.LocalTime;
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

  /** The item during which it happened, by identifier, agenda number or minute number. */
  public abstract Optional<String> duringItem();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProceduralNote}. */
  public static final class Builder extends ImmutableProceduralNote.Builder {}
}
