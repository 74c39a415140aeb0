package io.github.minutebook.decision;

import io.github.minutebook.Identified;
import io.github.minutebook.meeting.NoneStated;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resolution: "RESOLVED that: (1) ... (2) ...", "RESOLVED that Council be recommended to: ...",
 * "BE IT RESOLVED ...".
 *
 * <p>The {@link #preamble()} keeps the opening words as written; the {@link #parts()} carry the
 * decisions. The remaining fields are those of a decision record (the decision maker, key-decision
 * and call-in status, reasons, alternatives considered, dispensations) and of a motion (mover,
 * seconder, amendments, vote). A resolution recommended to another body names it in {@link
 * #recommendedTo()}.
 *
 * <pre>{@code
 * Resolution noted = Resolution.builder()
 *     .preamble("RESOLVED that")
 *     .addPart(ResolutionPart.builder()
 *         .text("the summary be noted").effect(PartEffect.NOTE).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Resolution implements WithResolution, Identified {
  Resolution() {}

  /** A stable identifier, so that other records can refer to this resolution. */
  @Override
  public abstract Optional<String> id();

  /** The opening words as written: "RESOLVED that:", "RESOLVED –", "BE IT RESOLVED". */
  public abstract Optional<String> preamble();

  /** The decision's own number, where it has one beyond the minute's: "237/2008", "2024R-381". */
  public abstract Optional<String> number();

  /** The parts, in order; one unlabelled part for a single sentence. */
  public abstract List<ResolutionPart> parts();

  /**
   * Whether the resolution's terms are withheld from the public minutes as exempt information (a
   * Part 2 decision recorded only as "made a decision on award of contract"). Its parts then hold
   * only what the public minutes say, and may be empty.
   */
  @Value.Default
  public boolean withheld() {
    return false;
  }

  /** Who made the decision, where it is not the meeting's body (an executive member, an officer, a mayor). */
  public abstract Optional<Party> decisionMaker();

  /** The body the whole resolution is a recommendation to ("Council be recommended to: ..."). */
  public abstract Optional<Party> recommendedTo();

  /** The date of the decision, where it differs from the meeting's. */
  public abstract Optional<LocalDate> decisionDate();

  /** When the decision was taken, where the minutes say ("At 9:34 am, REFERRAL MOVED by Councillor Carr"). */
  public abstract Optional<LocalTime> time();

  /**
   * The meeting, and the item on its agenda, at which this decision was taken, where it is not the
   * meeting or record that holds it: a committee's recommendation in a legislative history
   * (Legistar's {@code MatterHistoryEventId} and {@code MatterHistoryAgendaNumber}).
   */
  public abstract Optional<MinuteReference> decidedAt();

  /**
   * Whether the decision was taken on the consent agenda, adopted with other items in one motion
   * without debate, where the record says (Legistar's {@code MatterHistoryConsent}).
   */
  public abstract Optional<Boolean> consentAgenda();

  /**
   * Other items of the meeting this one decision also disposes of, by identifier, agenda number or
   * minute number: "to approve Agenda Item Numbers 4-11"; "THAT Information Items 5(a) through
   * 5(c), be received and filed".
   */
  public abstract List<String> coversItems();

  /** Earlier decisions this one rescinds or revokes. */
  public abstract List<MinuteReference> rescinds();

  /** For an ordinance or by-law: the reading it received, and its number. */
  public abstract Optional<Reading> reading();

  /**
   * The version of the record (the matter, the paper) the decision was taken on, as the publisher
   * numbers it: Legistar's {@code MatterHistoryVersion} "1".
   */
  public abstract Optional<String> recordVersion();

  /** Whether it is a key decision, where the record says. */
  public abstract Optional<Boolean> keyDecision();

  /** Whether it is subject to call-in, where the record says. */
  public abstract Optional<Boolean> subjectToCallIn();

  /** What became of a call-in. */
  public abstract Optional<CallIn> callIn();

  /** The reasons for the decision. */
  public abstract List<String> reasons();

  /** The alternative options considered and rejected. */
  public abstract List<String> alternatives();

  /** Dispensations granted to members with an interest. */
  public abstract List<String> dispensations();

  /**
   * The legal or procedural basis stated for the decision: the statute it is made under, the
   * standing order suspended or relied on.
   */
  public abstract List<LegalBasis> legalBasis();

  /**
   * Whether the decision went against the officers' recommendation, where the record says
   * ("contrary to the officer's recommendation").
   */
  public abstract Optional<Boolean> againstOfficerRecommendation();

  /** Who moved the motion. */
  public abstract Optional<Person> movedBy();

  /** Who seconded the motion. */
  public abstract Optional<Person> secondedBy();

  /** Further seconders, where the minutes name more than one ("Seconded by Councillor M. Gormley and Councillor M. Fleming"). */
  public abstract List<Person> alsoSecondedBy();

  /** The group the motion was moved for, where stated ("beantragt namens der Fraktion Bündnis 90/Die Grünen"). */
  public abstract Optional<Body> movedOnBehalfOf();

  /** Amendments moved to the motion. */
  public abstract List<Amendment> amendments();

  /** The vote on the substantive motion, where one was recorded. */
  public abstract Optional<Vote> vote();

  /**
   * The record's status after this decision, as the publisher gives it: its words ("Passed",
   * "Referred"), or its code where it gives no words (Legistar's {@code MatterHistoryMatterStatusId}
   * "72").
   */
  public abstract Optional<String> recordStatus();

  /** What the record states there was none of ("Alternative options considered: none"). */
  public abstract List<NoneStated> statedNone();

  /**
   * When the publisher created and last changed its record of the decision, where it keeps one of
   * its own (a Legistar history row).
   */
  public abstract Optional<Provenance> provenance();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resolution}. */
  public static final class Builder extends ImmutableResolution.Builder {}
}
