package io.github.minutebook.recommendation;

import io.github.minutebook.party.Body;
import io.github.minutebook.reference.ReportReference;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a recommendation comes from: the kind of source, the body, and the review or report that
 * made it ("the Education Select Committee's inquiry into 'The Education Landscape in Bromley'").
 */
@Value.Immutable
public abstract class RecommendationSource implements WithRecommendationSource {
  RecommendationSource() {}

  /** The kind of source. */
  public abstract RecommendationSourceKind kind();

  /** The body that made the recommendation. */
  public abstract Optional<Body> body();

  /** The review, inquiry or inspection's title. */
  public abstract Optional<String> title();

  /** The report that carries the recommendation. */
  public abstract Optional<ReportReference> report();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecommendationSource}. */
  public static final class Builder extends ImmutableRecommendationSource.Builder {}
}
