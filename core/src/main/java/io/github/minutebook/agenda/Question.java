package io.github.minutebook.agenda;

import io.github.minutebook.party.Party;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A question put at the meeting by a member or a member of the public, and its answer (Akoma
 * Ntoso {@code question} and {@code answer}): "Councillor Murray enquired of the status of the
 * Mesquite situation".
 *
 * <pre>{@code
 * Question question = Question.builder().askedBy(Person.councillor("Murray"))
 *     .text("the status of the Mesquite situation").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Question implements WithQuestion {
  Question() {}

  /** Its number or reference, as written ("Q3", "Question 12"). */
  public abstract Optional<String> number();

  /** Who asked. */
  public abstract Optional<Party> askedBy();

  /** To whom it was put ("the Leader", "the Cabinet Member for Housing"). */
  public abstract Optional<Party> addressedTo();

  /** The question or its subject, as written. */
  public abstract Optional<String> text();

  /** Whether notice of the question was given ("questions of which due notice has been given"). */
  public abstract Optional<Boolean> withNotice();

  /** The answer, where the minutes record one. */
  public abstract Optional<Answer> answer();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Question}. */
  public static final class Builder extends ImmutableQuestion.Builder {}
}
