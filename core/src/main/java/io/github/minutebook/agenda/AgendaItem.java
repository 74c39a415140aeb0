package io.github.minutebook.agenda;

import io.github.minutebook.Identified;
import io.github.minutebook.decision.CallIn;
import io.github.minutebook.decision.Election;
import io.github.minutebook.decision.Motion;
import io.github.minutebook.decision.MotionNotice;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.funding.Figure;
import io.github.minutebook.meeting.NoneStated;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.meeting.Publication;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.reference.Consultation;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.MinuteReference;
import io.github.minutebook.reference.ReportReference;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agenda item as minuted.
 *
 * <p>The {@link #minuteNumber()} is kept as written ("73", "7.1", "237/2008") and is separate from
 * both the item's place in the meeting (its position in {@link
 * io.github.minutebook.meeting.Meeting#agendaItems()}) and its {@link #agendaNumber()} on the
 * agenda: seed 002 minutes agenda item 8 as minute 76.
 *
 * <pre>{@code
 * AgendaItem deferred = AgendaItem.builder()
 *     .minuteNumber("76").agendaNumber("8")
 *     .title("Commissioning Strategy for Primary and Secondary Intervention Services")
 *     .kind(ItemKind.REPORT_FOR_DECISION)
 *     .addReportReference(ReportReference.of("CS17033"))
 *     .outcome(ItemOutcome.DEFERRED)
 *     .outcomeReason("Members preferred to have more time to consider the report")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AgendaItem implements WithAgendaItem, Identified {
  AgendaItem() {}

  /** A stable identifier, so that declarations, links and other records can refer to the item. */
  @Override
  public abstract Optional<String> id();

  /** The minute number as written: "73", "7.1", "237/2008". */
  public abstract Optional<String> minuteNumber();

  /** The item's number on the agenda, where the minutes give it and it differs ("item 8"). */
  public abstract Optional<String> agendaNumber();

  /**
   * The section of the minutes the item is under, as written, where item numbers restart in each
   * section ("ADOPTION OF MINUTES", "REPORT REFERENCE") or the minutes have open and closed
   * portions ("Closed Portion of the Meeting"). An item's number is unique within its section.
   */
  public abstract Optional<String> section();

  /**
   * The item's place in the publisher's ordering of the agenda, its sort key, where given (OParl
   * {@code order}, Legistar's agenda sequence): not a number printed on the agenda.
   */
  public abstract Optional<Integer> order();

  /** The item's title, where it has one: some minutes give an item only its number. */
  public abstract Optional<String> title();

  /** The title in the minutes' other languages, where they print it twice ("Ngā Tamōtanga | Apologies"). */
  public abstract List<LanguageText> alternativeTitles();

  /** When the item was taken up, where the minutes say ("(a) 7:05 p.m.—Bill Underhill was in attendance"). */
  public abstract Optional<LocalTime> time();

  /** The item's description as the agenda printed it ("To consider a report from the Head of Scrutiny ..."). */
  public abstract Optional<String> agendaDescription();

  /** What kind of business it is; {@link ItemKind#OTHER} unless set. */
  @Value.Default
  public ItemKind kind() {
    return ItemKind.OTHER;
  }

  /**
   * Public (Part 1) or exempt (Part 2) business, where the record says: an item under a "Part 1
   * (Public)" heading, a ModernGov or OParl public flag, an exclusion resolution naming it. Not
   * stated is not public.
   */
  public abstract Optional<Access> access();

  /** The legal grounds for excluding the public, for exempt business ("Schedule 12A, paragraph 3"). */
  public abstract List<LegalBasis> exemptionGrounds();

  /**
   * For an item taken without the public, the reason given beside the grounds, as written: New
   * Zealand's "Reason for passing this resolution in relation to each matter" ("The withholding of
   * the information is necessary to protect the privacy of natural persons").
   */
  public abstract Optional<String> exemptionReason();

  /**
   * Whether the item was taken as urgent business, where the record says: {@code true} for an
   * item added on grounds of urgency, {@code false} where the record says it was not (a
   * publisher's urgency flag set to false). Minutes that do not mention urgency leave it empty.
   */
  public abstract Optional<Boolean> urgent();

  /** Why it was urgent ("so that works can be undertaken as soon as possible"). */
  public abstract Optional<String> urgencyReason();

  /**
   * Whether members of the public may speak on the item, where the record says (ModernGov's
   * {@code ispubliccanspeak}).
   */
  public abstract Optional<Boolean> publicMaySpeak();

  /** The officers' reports considered ("Report CS17036"). */
  public abstract List<ReportReference> reportReferences();

  /**
   * The papers the item considers, each by its consultation: the paper's passage through this
   * meeting (OParl {@code consultation}).
   */
  public abstract List<Consultation> consultations();

  /** Other documents: appendices, supporting documents, tabled papers. */
  public abstract List<Document> documents();

  /** What the publisher states it has published of the item: its minutes, its decision notice. */
  public abstract Optional<Publication> published();

  /** Who presented the item. */
  public abstract List<Party> presenters();

  /** Whom to contact about the item: the report's contact officer. */
  public abstract List<Person> contacts();

  /** Related items in the same meeting, such as a Part 1 / Part 2 pair. */
  public abstract List<ItemLink> links();

  /** The narrative: summary paragraphs and attributed discussion, in order. */
  public abstract List<Paragraph> narrative();

  /** Those not members who addressed the meeting on the item: deputations, delegations, public comment. */
  public abstract List<Deputation> deputations();

  /** Questions put under the item, with their answers. */
  public abstract List<Question> questions();

  /** Petitions presented under the item. */
  public abstract List<Petition> petitions();

  /** The meeting's decisions on the minutes of earlier meetings, for an item confirming minutes. */
  public abstract List<MinutesApproval> minutesApprovals();

  /** The notice by which the item's motion came before the meeting, for a motion on notice. */
  public abstract Optional<MotionNotice> motionNotice();

  /** Elections to offices held under the item. */
  public abstract List<Election> elections();

  /**
   * Sums of money the item states but does not decide: a revised total, an overspend, a prior
   * contract's value ("the overspend had reduced from £1.8m to £1.2m").
   */
  public abstract List<Figure> figures();

  /** What became of the item, where the minutes say. */
  public abstract Optional<ItemOutcome> outcome();

  /**
   * The outcome in the source's own words, where the source gives it as a phrase rather than as
   * minutes ("einstimmig beschlossen", "Adopted", "Recommended to Pass").
   */
  public abstract Optional<String> result();

  /** Why, for a deferral or withdrawal ("Members preferred to have more time to consider the report"). */
  public abstract Optional<String> outcomeReason();

  /** The resolutions made, in order. */
  public abstract List<Resolution> resolutions();

  /**
   * Motions that are not themselves recorded decisions: procedural motions (to suspend standing
   * orders, to move to the vote) and motions lost, withdrawn or not seconded. A lost motion is
   * never a resolution.
   */
  public abstract List<Motion> motions();

  /** Recommendations considered or made under the item. */
  public abstract List<Recommendation> recommendations();

  /** The call-in heard under this item, for a scrutiny committee's call-in meeting. */
  public abstract Optional<CallIn> callIn();

  /** Actions, undertakings and reports to come back. */
  public abstract List<Action> actions();

  /** References to other minutes ("minute 19 refers"). */
  public abstract List<MinuteReference> minuteReferences();

  /** Notes added after the meeting. */
  public abstract List<PostMeetingNote> postMeetingNotes();

  /** What the minutes state there was none of under this item ("There were no public questions"). */
  public abstract List<NoneStated> statedNone();

  /** When the publisher created and last changed its record of the item. */
  public abstract Optional<Provenance> provenance();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaItem}. */
  public static final class Builder extends ImmutableAgendaItem.Builder {}
}
