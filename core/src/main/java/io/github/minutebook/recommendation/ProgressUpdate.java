package io.github.minutebook.recommendation;

import io.github.minutebook.party.Party;
import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A report of progress on a recommendation at a later meeting. */
@Value.Immutable
public abstract class ProgressUpdate implements WithProgressUpdate {
  ProgressUpdate() {}

  /** When the update was given. */
  public abstract Optional<LocalDate> date();

  /** What was reported. */
  public abstract String text();

  /** The status it reports, where stated. */
  public abstract Optional<ProgressStatus> status();

  /** Who reported it. */
  public abstract Optional<Party> reportedBy();

  /** The minute that records it, when it is in another meeting. */
  public abstract Optional<MinuteReference> recordedAt();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgressUpdate}. */
  public static final class Builder extends ImmutableProgressUpdate.Builder {}
}
