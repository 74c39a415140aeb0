package io.github.minutebook.meeting;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a record came from: who published the minutes, at what address, and when they were read. */
@Value.Immutable
public abstract class Provenance implements WithProvenance {
  Provenance() {}

  /** The publisher, usually the authority's democratic services. */
  public abstract Optional<String> publisher();

  /** The address the minutes were read from. */
  public abstract Optional<String> address();

  /** When they were read. */
  public abstract Optional<Instant> retrievedAt();

  /** The licence the minutes are published under ("Open Government Licence v3.0"). */
  public abstract Optional<String> licence();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provenance}. */
  public static final class Builder extends ImmutableProvenance.Builder {}
}
