package io.github.minutebook.agenda;

import io.github.minutebook.party.Person;
import io.github.minutebook.reference.MinuteReference;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting's decision on the minutes of an earlier meeting: "approved subject to a correction to
 * minute 58(b) of 1st November"; "taken as read and confirmed, with the following amendment";
 * "including the confidential section, as a true and correct record"; "The minutes were signed".
 *
 * <pre>{@code
 * MinutesApproval approval = MinutesApproval.builder()
 *     .minutes(MinuteReference.builder().meetingDate(LocalDate.of(2006, 11, 1)).build())
 *     .outcome(ApprovalOutcome.CONFIRMED_AS_AMENDED)
 *     .addCorrections("a correction to minute 58(b)").build();
 * }</pre>
 */
@Value.Immutable
public abstract class MinutesApproval implements WithMinutesApproval {
  MinutesApproval() {}

  /** Which minutes: the meeting, and the minute where only part is meant. */
  public abstract Optional<MinuteReference> minutes();

  /** What was done with them, where stated. */
  public abstract Optional<ApprovalOutcome> outcome();

  /** The corrections made, as written ("an amendment to Page 10 to change the address"). */
  public abstract List<String> corrections();

  /** Parts left out of the approval, as written ("with the exception of the 'In Camera' portion"). */
  public abstract List<String> excludedParts();

  /** Who signed them, where stated. */
  public abstract Optional<Person> signedBy();

  /** Whether objections were raised; {@code false} for "Einwendungen werden nicht erhoben". */
  public abstract Optional<Boolean> objections();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MinutesApproval}. */
  public static final class Builder extends ImmutableMinutesApproval.Builder {}
}
