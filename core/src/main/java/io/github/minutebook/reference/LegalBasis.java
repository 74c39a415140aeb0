package io.github.minutebook.reference;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citation of legislation that a decision or an exclusion relies on: "section 75 of the NHS Act
 * 2006", "Local Government Act 1972, Schedule 12A, paragraph 3".
 *
 * <p>{@link #citation()} keeps the words of the minutes; {@link #instrument()} and {@link
 * #provision()} split them, where that is known, so that exports and checks need not parse text.
 *
 * <pre>{@code
 * LegalBasis exempt = LegalBasis.builder()
 *     .citation("Schedule 12A, paragraph 3")
 *     .instrument("Local Government Act 1972")
 *     .provision("Schedule 12A, paragraph 3")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LegalBasis implements WithLegalBasis {
  LegalBasis() {}

  /** The citation as the minutes wrote it. */
  public abstract String citation();

  /** The act or statutory instrument: "National Health Service Act 2006". */
  public abstract Optional<String> instrument();

  /** The provision within it: "section 75", "Schedule 12A, paragraph 3". */
  public abstract Optional<String> provision();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalBasis}. */
  public static final class Builder extends ImmutableLegalBasis.Builder {}

  /** A citation with its instrument and provision. */
  public static LegalBasis of(String citation, String instrument, String provision) {
    return builder().citation(citation).instrument(instrument).provision(provision).build();
  }
}
