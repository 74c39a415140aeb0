package io.github.minutebook.decision;

import io.github.minutebook.party.Person;
import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The call-in of an executive decision and its outcome. */
@Value.Immutable
public abstract class CallIn implements WithCallIn {
  CallIn() {}

  /** The outcome. */
  public abstract CallInOutcome outcome();

  /** When the outcome was decided. */
  public abstract Optional<LocalDate> date();

  /** The minute of the scrutiny meeting that considered it. */
  public abstract Optional<MinuteReference> consideredAt();

  /** The decision called in, where the call-in is recorded apart from it. */
  public abstract Optional<MinuteReference> decision();

  /** The members who called the decision in. */
  public abstract List<Person> calledInBy();

  /** The grounds given for the call-in, as written. */
  public abstract List<String> grounds();

  /** The labels of the parts called in, where only some were ("2", "b"). */
  public abstract List<String> parts();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallIn}. */
  public static final class Builder extends ImmutableCallIn.Builder {}
}
