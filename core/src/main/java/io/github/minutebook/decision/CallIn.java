package io.github.minutebook.decision;

import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
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

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallIn}. */
  public static final class Builder extends ImmutableCallIn.Builder {}
}
