package io.github.minutebook.agenda;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A note added to the minutes after the meeting: "(Democratic Services Note: information was
 * circulated to Executive Members on 15th September 2016 ...)".
 */
@Value.Immutable
public abstract class PostMeetingNote implements WithPostMeetingNote {
  PostMeetingNote() {}

  /** Who added it ("Democratic Services"). */
  public abstract Optional<String> author();

  /** The date the note reports or was written. */
  public abstract Optional<LocalDate> date();

  /** The note's words. */
  public abstract String text();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PostMeetingNote}. */
  public static final class Builder extends ImmutablePostMeetingNote.Builder {}
}
