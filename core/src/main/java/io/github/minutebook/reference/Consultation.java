package io.github.minutebook.reference;

import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.party.Body;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paper's passage through a body's meeting (an OParl {@code Consultation}): which body considers
 * the paper, at which meeting and agenda item, in what role, and whether the decision on it is
 * taken there.
 *
 * <p>A {@link io.github.minutebook.meeting.DecisionRecord} lists the consultations of its paper;
 * an {@link io.github.minutebook.agenda.AgendaItem} lists the consultations it holds, which link
 * the item to the papers it considers. Publishers often give each side only by identifier, so
 * every part is optional; {@link #meetingId()}, {@link #itemId()} and {@link #recordId()} name
 * records that may be held in the same collection.
 *
 * <pre>{@code
 * Consultation decision = Consultation.builder()
 *     .id("https://web1.karlsruhe.de/oparl/bodies/0001/consultations/32632")
 *     .meetingId("https://web1.karlsruhe.de/oparl/bodies/0001/meetings/9531")
 *     .itemId("https://web1.karlsruhe.de/oparl/bodies/0001/agendaitems/89674")
 *     .addBodies(Body.ofId("https://web1.karlsruhe.de/oparl/bodies/0001/organizations/gr/32130"))
 *     .role("Entscheidung").authoritative(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Consultation implements WithConsultation {
  Consultation() {}

  /** The publisher's identifier of the consultation, as given: an OParl Consultation's URL. */
  public abstract Optional<String> id();

  /**
   * The identifier of the paper considered (its decision record's id), where the consultation is
   * given apart from the paper, as on an agenda item.
   */
  public abstract Optional<String> recordId();

  /** The identifier of the meeting at which the paper is considered. */
  public abstract Optional<String> meetingId();

  /** The identifier of the agenda item under which the paper is considered. */
  public abstract Optional<String> itemId();

  /** The bodies that consider the paper, where named or identified. */
  public abstract List<Body> bodies();

  /**
   * What the body is to do with the paper, in the publisher's words: "Entscheidung" (decision),
   * "Vorberatung" (preliminary deliberation), "Kenntnisnahme" (for information), "Anhörung"
   * (hearing).
   */
  public abstract Optional<String> role();

  /**
   * Whether the decision on the paper is taken in this consultation, rather than prepared (OParl
   * {@code authoritative}); unknown where the record does not say.
   */
  public abstract Optional<Boolean> authoritative();

  /** Its place in the paper's passage, where the publisher numbers the steps (Ahjo's {@code WorkSequenceNumber}). */
  public abstract Optional<Integer> order();

  /** Where the step stands, as the publisher writes it ("Päätöksenteossa", "Päättynyt"). */
  public abstract Optional<String> status();

  /** When the publisher created and last changed its record of the consultation. */
  public abstract Optional<Provenance> provenance();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Consultation}. */
  public static final class Builder extends ImmutableConsultation.Builder {}
}
