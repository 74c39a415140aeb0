package io.github.minutebook.agenda;

import io.github.minutebook.party.Party;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer to a question put at a meeting, or the statement that it will be answered later. */
@Value.Immutable
public abstract class Answer implements WithAnswer {
  Answer() {}

  /** Who answered. */
  public abstract Optional<Party> by();

  /** The answer, as written. */
  public abstract Optional<String> text();

  /** Whether the answer was given in writing ("written answers ... were issued"). */
  public abstract Optional<Boolean> inWriting();

  /** Whether the question was taken on notice, to be answered later. */
  public abstract Optional<Boolean> takenOnNotice();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Answer}. */
  public static final class Builder extends ImmutableAnswer.Builder {}
}
