package io.github.minutebook.decision;

import io.github.minutebook.party.Person;
import io.github.minutebook.reference.LegalBasis;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A motion that is not itself a recorded decision: a procedural motion (to suspend standing
 * orders, that the question be now put) or a motion lost, withdrawn or not seconded.
 *
 * <p>A carried substantive motion is a {@link Resolution}, with its mover, seconder and vote; a
 * motion here never reads as a decision, whatever its outcome.
 *
 * <pre>{@code
 * Motion lost = Motion.builder()
 *     .text("That the Council calls on the Executive to ...")
 *     .kind(MotionKind.SUBSTANTIVE)
 *     .movedBy(Person.councillor("Jane Smith"))
 *     .vote(Vote.builder().putCount(VoteOption.YES, 12).putCount(VoteOption.NO, 30).build())
 *     .outcome(MotionOutcome.LOST)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Motion implements WithMotion {
  Motion() {}

  /**
   * The motion's number, as written, where the council numbers every motion put ("MOTION NO
   * 16/1"). A carried motion that the minutes number as a resolution ("Motion carried
   * (CNL/2019/066)") is recorded as a {@link Resolution} with that number.
   */
  public abstract Optional<String> number();

  /** The motion's words, where the minutes give them. */
  public abstract Optional<String> text();

  /** What the motion proposes, where known. */
  public abstract Optional<MotionKind> kind();

  /** Who moved it. */
  public abstract Optional<Person> movedBy();

  /** Who seconded it. */
  public abstract Optional<Person> secondedBy();

  /** When it was moved or put, where the minutes say. */
  public abstract Optional<LocalTime> time();

  /** The vote on it, where one was recorded. */
  public abstract Optional<Vote> vote();

  /** What became of it, where the minutes say. */
  public abstract Optional<MotionOutcome> outcome();

  /** The standing order or procedure rule it was moved under ("Council Procedure Rule 14.8"). */
  public abstract List<LegalBasis> legalBasis();

  /** The members who requisitioned a recorded vote on it. */
  public abstract List<Person> recordedVoteRequestedBy();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Motion}. */
  public static final class Builder extends ImmutableMotion.Builder {}
}
