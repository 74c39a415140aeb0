package io.github.minutebook.decision;

import io.github.minutebook.party.Person;
import org.immutables.value.Value;

/** One member's vote in a recorded (named) vote. */
@Value.Immutable
public abstract class NamedVote implements WithNamedVote {
  NamedVote() {}

  /** The member who voted. */
  @Value.Parameter
  public abstract Person voter();

  /** How they voted. */
  @Value.Parameter
  public abstract VoteOption option();

  /** A member's vote. */
  public static NamedVote of(Person voter, VoteOption option) {
    return ImmutableNamedVote.of(voter, option);
  }
}
