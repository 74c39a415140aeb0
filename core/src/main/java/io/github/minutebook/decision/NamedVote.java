package io.github.minutebook.decision;

import io.github.minutebook.party.Person;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One member named in a vote: how they voted, where the minutes say. Minutes that list who voted
 * without saying on which side leave {@link #option()} empty.
 */
@Value.Immutable
public abstract class NamedVote implements WithNamedVote {
  NamedVote() {}

  /** The member who voted. */
  public abstract Person voter();

  /** How they voted, where the minutes say. */
  public abstract Optional<VoteOption> option();

  /** The member's explanation of their vote, as minuted ("abstained as she had not seen the report"). */
  public abstract Optional<String> explanation();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NamedVote}. */
  public static final class Builder extends ImmutableNamedVote.Builder {}

  /** A member's vote. */
  public static NamedVote of(Person voter, VoteOption option) {
    return builder().voter(voter).option(option).build();
  }
}
