package io.github.minutebook.meeting;

import io.github.minutebook.decision.Delegation;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.Classification;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.reference.Consultation;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.MinuteReference;
import io.github.minutebook.reference.RecordLink;
import io.github.minutebook.reference.ReportReference;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision published on its own rather than in a meeting's minutes: an officer's decision under
 * delegated powers, an executive member's individual decision, a decision notice, a contract
 * award notice, an ordinance and its passage.
 *
 * <p>A decision record claims no meeting: nothing in it says that a meeting was held. Where the
 * record is a notice of a decision taken at a meeting, {@link #decidedAt()} points to that
 * meeting's minute. The decision itself is one or more {@link Resolution}s, with their parts,
 * reasons, alternatives considered, key-decision and call-in status.
 *
 * <pre>{@code
 * DecisionRecord record = DecisionRecord.builder()
 *     .kind(DecisionRecordKind.OFFICER_DECISION)
 *     .authority(Body.of("Leeds City Council", BodyKind.AUTHORITY))
 *     .decisionMaker(Person.builder().post("Director of City Development").build())
 *     .decisionDate(LocalDate.of(2024, 3, 1))
 *     .addDecisions(Resolution.builder()
 *         .addParts(ResolutionPart.builder()
 *             .text("To approve the award of ...").effect(PartEffect.AWARD_CONTRACT).build())
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class DecisionRecord implements CouncilRecord, WithDecisionRecord {
  DecisionRecord() {}

  /** A stable identifier for the record. */
  @Override
  public abstract Optional<String> id();

  /** The record's own number as published: "ODR/2024/015", "2024/0262/1", "O2013-1234". */
  public abstract Optional<String> reference();

  /** The authority whose decision it is. */
  @Override
  public abstract Optional<Body> authority();

  /** The record's title: what the decision is about. */
  public abstract Optional<String> title();

  /** What kind of decision record it is, where known. */
  public abstract Optional<DecisionRecordKind> kind();

  /**
   * What the publisher calls this kind of record, in its own words: Legistar's matter type
   * ("Ordinance", "Resolution", "Order"), OParl's paper type ("Beschlussvorlage").
   */
  public abstract Optional<String> recordType();

  /**
   * The record's subject classes in a scheme the publisher names: a filing plan ("00 00 03
   * Valtuuston aloitetoiminta"), a subject index.
   */
  public abstract List<Classification> classifications();

  /** The languages the record is in, as BCP 47 tags, where the publisher gives them. */
  public abstract List<String> languages();

  /** Who introduced (sponsored) it, in the record's order: a bill's or a motion's sponsors. */
  public abstract List<Sponsor> sponsors();

  /** Who took the decision: an officer, an executive member, a body. */
  public abstract Optional<Party> decisionMaker();

  /** The departments in charge of the matter, where named or identified (OParl {@code underDirectionOf}). */
  public abstract List<Body> underDirectionOf();

  /**
   * The record's own date, as it is dated, where that is neither its decision nor its publication
   * (OParl's {@code Paper.date}, the date a report or motion bears).
   */
  public abstract Optional<LocalDate> date();

  /** The date the matter was introduced (filed): Legistar's "Intro Date". */
  public abstract Optional<LocalDate> introductionDate();

  /** The date the decision was taken. */
  public abstract Optional<LocalDate> decisionDate();

  /** The date the record was published. */
  public abstract Optional<LocalDate> publicationDate();

  /**
   * The instant the record was published, where the publisher gives it to the second (Contracts
   * Finder's {@code publishedDate}, an OCDS release's {@code date}); {@link #publicationDate()} is
   * then its date where the authority is.
   */
  public abstract Optional<OffsetDateTime> publishedAt();

  /** The date the decision takes effect, such as the day after the call-in period ends. */
  public abstract Optional<LocalDate> effectiveFrom();

  /** The record's status in the publisher's own words: "Recommendations Approved", "Passed". */
  public abstract Optional<String> status();

  /** The delegation the decision was taken under: who delegated the power, its scope and source. */
  public abstract Optional<Delegation> takenUnder();

  /** The legal or constitutional basis stated for the decision. */
  public abstract List<LegalBasis> legalBasis();

  /** The minute of the meeting at which the decision was taken, for a notice of a meeting's decision. */
  public abstract Optional<MinuteReference> decidedAt();

  /**
   * The paper's passage through the bodies' meetings: each body and meeting that considers it, in
   * what role, and whether the decision on it is taken there.
   */
  public abstract List<Consultation> consultations();

  /**
   * References to minutes of other meetings ("The Minutes of the Policy Committee meeting on 23
   * September 2015 were approved").
   */
  public abstract List<MinuteReference> minuteReferences();

  /** Who was consulted before the decision ("the Executive Member for Finance", "ward members"). */
  public abstract List<Party> consulted();

  /** Whom to contact about the decision: the contact officer. */
  public abstract List<Person> contacts();

  /** Conflicts of interest declared by the decision maker or those consulted. */
  public abstract List<DeclarationOfInterest> declarations();

  /** The reports the decision was taken on. */
  public abstract List<ReportReference> reportReferences();

  /** Related records: the paper this one belongs under, and the papers that belong under it. */
  public abstract List<RecordLink> links();

  /** Other documents: the record itself as published, appendices, background papers. */
  public abstract List<Document> documents();

  /** What was decided, with reasons, alternatives considered and call-in status. */
  public abstract List<Resolution> decisions();

  /** Recommendations the record makes or responds to. */
  public abstract List<Recommendation> recommendations();

  /** What the record states there was none of ("Conflicts of interest: none"). */
  @Override
  public abstract List<NoneStated> statedNone();

  /** Where the record came from. */
  @Override
  public abstract Optional<Provenance> provenance();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionRecord}. */
  public static final class Builder extends ImmutableDecisionRecord.Builder {}
}
