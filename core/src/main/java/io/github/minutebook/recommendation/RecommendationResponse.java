package io.github.minutebook.recommendation;

import io.github.minutebook.party.Party;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The response to a recommendation: "the draft Executive response", "responses to the
 * recommendations from the Education Portfolio Holder and Director".
 */
@Value.Immutable
public abstract class RecommendationResponse implements WithRecommendationResponse {
  RecommendationResponse() {}

  /** The response, where the minutes say what it is; a draft response may not have one yet. */
  public abstract Optional<ResponseStatus> status();

  /** The response's words. */
  public abstract Optional<String> text();

  /** Who responded. */
  public abstract Optional<Party> respondent();

  /** When. */
  public abstract Optional<LocalDate> date();

  /** Whether the response is a draft, as an Executive response presented for comment. */
  @Value.Default
  public boolean draft() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecommendationResponse}. */
  public static final class Builder extends ImmutableRecommendationResponse.Builder {}
}
