package io.github.minutebook.meeting;

import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the minutes say about the quorum: "After roll call, Mayor Hammond determined there was a
 * quorum", "stellt die Beschlussfähigkeit fest", "There was still a quorum".
 */
@Value.Immutable
public abstract class Quorum implements WithQuorum {
  Quorum() {}

  /** Whether a quorum was present; empty where the statement does not say. */
  public abstract Optional<Boolean> present();

  /** When it was established or lost, where stated. */
  public abstract Optional<LocalTime> time();

  /** The statement as written. */
  public abstract Optional<String> asWritten();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quorum}. */
  public static final class Builder extends ImmutableQuorum.Builder {}
}
