package io.github.minutebook.decision;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reading of an ordinance or by-law: "Ordinance No. 269 ... First Reading"; "to waive the
 * reading in full of all ordinances and resolutions".
 */
@Value.Immutable
public abstract class Reading implements WithReading {
  Reading() {}

  /** The stage, where stated. */
  public abstract Optional<ReadingStage> stage();

  /** The instrument's number, as written ("Ordinance No. 269", "By-law 2020-045"). */
  public abstract Optional<String> instrumentNumber();

  /** Whether the reading in full was waived. */
  public abstract Optional<Boolean> readingWaived();

  /** Whether it was read by title only. */
  public abstract Optional<Boolean> byTitleOnly();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reading}. */
  public static final class Builder extends ImmutableReading.Builder {}
}
