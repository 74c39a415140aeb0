package io.github.minutebook.decision;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.minutebook.party.Person;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A vote on a motion or amendment: how it was taken, counts by option, named votes where a
 * recorded vote was taken, the chair's casting vote, and the result.
 *
 * <pre>{@code
 * Vote vote = Vote.builder()
 *     .putCount(VoteOption.YES, 7).putCount(VoteOption.NO, 3).putCount(VoteOption.ABSTAIN, 1)
 *     .result(VoteResult.CARRIED)
 *     .build();
 * }</pre>
 *
 * <p>A negative count is impossible and rejected; counts that disagree with the named votes are
 * reported by the validators.
 */
@Value.Immutable
public abstract class Vote implements WithVote {
  Vote() {}

  /** How the vote was taken (by voice, show of hands, roll call), where the record says. */
  public abstract Optional<VoteMethod> method();

  /**
   * The kind of motion voted on, in the publisher's words: Toronto's Motion Type ("Adopt Item",
   * "Amend Item", "Nomination of a Member"), Popolo's motion classification.
   */
  public abstract Optional<String> motionType();

  /** When the vote was taken, where the record says ("Date/Time: 2022-11-24 16:22 PM"). */
  public abstract Optional<LocalTime> time();

  /** The majority the motion needed to carry, where the record states it. */
  public abstract Optional<RequiredMajority> requiredMajority();

  /** The vote's own number, as written ("CARRIED (Vote No. 06407)"; Popolo's vote event identifier). */
  public abstract Optional<String> identifier();

  /** The number of votes for each option that the minutes count. */
  public abstract Map<VoteOption, Integer> counts();

  /** Each member's vote, where a recorded vote was taken. */
  public abstract List<NamedVote> namedVotes();

  /**
   * Whether the minutes record the vote as unanimous ({@code true}) or as not unanimous, "by a
   * majority" ({@code false}); empty where they say neither.
   */
  public abstract Optional<Boolean> unanimous();

  /** The member who gave a casting vote, where one was needed. */
  public abstract Optional<Person> castingVoteBy();

  /** The result, where recorded. */
  public abstract Optional<VoteResult> result();

  /** The members who requisitioned a recorded vote. */
  public abstract List<Person> recordedVoteRequestedBy();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vote}. */
  public static final class Builder extends ImmutableVote.Builder {}

  @Value.Check
  void check() {
    counts().forEach((option, count) ->
        checkArgument(count >= 0, "a vote count cannot be negative: %s %s", option, count));
  }
}
