package io.github.minutebook.recommendation;

import io.github.minutebook.Identified;
import io.github.minutebook.party.Party;
import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recommendation to a decision maker, with its response and progress.
 *
 * <p>Seed minute 77: "Recommendation 2.1 ('That the leader of the Council considers realigning
 * Portfolio Responsibilities ...')":
 *
 * <pre>{@code
 * Recommendation.builder()
 *     .number("2.1")
 *     .source(RecommendationSource.builder()
 *         .kind(RecommendationSourceKind.SELECT_COMMITTEE)
 *         .body(Body.of("Education Select Committee", BodyKind.SELECT_COMMITTEE)).build())
 *     .addressee(Person.ofPost("Leader of the Council"))
 *     .text("That the leader of the Council considers realigning Portfolio Responsibilities ...")
 *     .response(RecommendationResponse.builder()
 *         .status(ResponseStatus.UNDER_CONSIDERATION).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Recommendation implements WithRecommendation, Identified {
  Recommendation() {}

  /** A stable identifier, so that other records can refer to this recommendation. */
  @Override
  public abstract Optional<String> id();

  /** The number as written: "2.1", "7", "5". */
  public abstract Optional<String> number();

  /** Who made it. */
  public abstract Optional<RecommendationSource> source();

  /** To whom it is addressed. */
  public abstract Optional<Party> addressee();

  /** Its words, where the minutes quote them. */
  public abstract Optional<String> text();

  /**
   * What it is about, in the minutes' words, where they describe it rather than quote it
   * ("recommendation 5 in relation to how demand for services was affected by the movement of
   * people").
   */
  public abstract Optional<String> subject();

  /** The group it belongs to: a key line of enquiry ("KLOE 1"), a theme, a section. */
  public abstract Optional<String> group();

  /** The identifier in an action plan that tracks it ("ID 1.6"). */
  public abstract Optional<String> actionPlanId();

  /** When it was made. */
  public abstract Optional<LocalDate> date();

  /** When it is due to be implemented. */
  public abstract Optional<LocalDate> dueDate();

  /** The response to it. */
  public abstract Optional<RecommendationResponse> response();

  /** Progress reported on it, oldest first. */
  public abstract List<ProgressUpdate> progressUpdates();

  /** Whether its terms are withheld from the public record as exempt information, where the record says. */
  public abstract Optional<Boolean> withheld();

  /** Where and when the addressee is to consider it ("the Executive on 19 May 2020"). */
  public abstract Optional<MinuteReference> toBeConsideredAt();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recommendation}. */
  public static final class Builder extends ImmutableRecommendation.Builder {}
}
