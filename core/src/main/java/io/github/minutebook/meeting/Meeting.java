package io.github.minutebook.meeting;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.Deputation;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.MeetingReference;
import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The minutes of a council or committee meeting, one of the two kinds of {@link CouncilRecord}.
 *
 * <p>Times are local times, as minutes write them, in {@link #zone()} where it is known; a time
 * that does not exist or is ambiguous in that zone (a daylight-saving gap or overlap) is
 * representable and reported by the validators. Minutes published one item at a time may lack
 * the date and body; those fields are optional for that reason.
 *
 * <pre>{@code
 * Meeting meeting = Meeting.builder()
 *     .authority(Body.of("London Borough of Bromley", BodyKind.AUTHORITY))
 *     .body(Body.of("Executive", BodyKind.EXECUTIVE))
 *     .date(LocalDate.of(2016, 9, 14))
 *     .startTime(LocalTime.of(19, 0))
 *     .addAttendance(Attendance.of(Person.councillor("Stephen Carr"), AttendanceRole.CHAIR))
 *     .addAgendaItem(AgendaItem.builder().minuteNumber("69").title("Apologies for absence")
 *         .kind(ItemKind.APOLOGIES).outcome(ItemOutcome.NO_BUSINESS).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Meeting implements CouncilRecord, WithMeeting {
  Meeting() {}

  /** A stable identifier for the meeting. */
  @Override
  public abstract Optional<String> id();

  /** The authority: "London Borough of Bromley", "Leeds City Council". */
  @Override
  public abstract Optional<Body> authority();

  /** The decision-making body that met: "Executive", "Scrutiny Board (Strategy and Resources)". */
  public abstract Optional<Body> body();

  /** What kind of meeting it was (ordinary, extraordinary, annual...), where the record says. */
  public abstract Optional<MeetingKind> kind();

  /** The meeting's title where it has one beyond the body's name. */
  public abstract Optional<String> title();

  /**
   * The meeting's number in its series, as written ("No. 8 of 2020/21", "Eighty Fourth (84th)",
   * "Meeting No.: 5").
   */
  public abstract Optional<String> number();

  /** The council's term the meeting belongs to, as written ("2022-2026"). */
  public abstract Optional<String> term();

  /** The date the meeting was held (or is scheduled). */
  public abstract Optional<LocalDate> date();

  /**
   * The start time, local to {@link #zone()}: when the meeting started, or the start a record gives
   * without saying whether it is planned. A time a calendar or summons arranges the meeting for is
   * {@link #plannedStartTime()}.
   */
  public abstract Optional<LocalTime> startTime();

  /** The end time, local to {@link #zone()}, where it closed rather than adjourned. */
  public abstract Optional<LocalTime> endTime();

  /**
   * The time the meeting is arranged to start, local to {@link #zone()}, as a calendar, summons or
   * agenda gives it (ModernGov's {@code meetingtime}, beside its actual start).
   */
  public abstract Optional<LocalTime> plannedStartTime();

  /**
   * The time the meeting is planned to finish, local to {@link #zone()} (ModernGov's {@code
   * meetingplannedfinishtime}); {@link #endTime()} is when it did.
   */
  public abstract Optional<LocalTime> plannedEndTime();

  /**
   * The sittings, where the minutes give more than one: a recess with the time it reconvened, a
   * meeting held over several days, a closed session between open ones. Empty where the meeting
   * sat once or the minutes do not say.
   */
  public abstract List<Sitting> sittings();

  /** The adjournment, where the meeting was adjourned with business left over. */
  public abstract Optional<Adjournment> adjournment();

  /**
   * The zone the times are in ("Europe/London", "America/Chicago"), where known. Minutes never
   * state it; a reader sets it from what it knows of the authority, and without it the times are
   * local times on the meeting's date and no clock change is checked.
   */
  public abstract Optional<ZoneId> zone();

  /** Where the meeting was held, in the record's words. */
  public abstract Optional<String> location();

  /**
   * The publisher's record of the place, where it keeps one: its identifier, postal address and
   * record dates. Its name as written is {@link #location()}.
   */
  public abstract Optional<Venue> venue();

  /**
   * Whether it was held, where the record says or shows it (minutes of the meeting show it was
   * held); unknown otherwise, as for an entry in a calendar.
   */
  public abstract Optional<MeetingStatus> status();

  /** Whether it was held in a room, online or both, where the record says. */
  public abstract Optional<MeetingFormat> format();

  /** The address of the meeting's own page on the publisher's site (its agenda, papers and minutes). */
  public abstract Optional<String> web();

  /** Whether the meeting is webcast, where the record says (ModernGov's {@code iswebcast}). */
  public abstract Optional<Boolean> webcast();

  /**
   * The languages the minutes are written in, as BCP 47 tags, where they state or show more than
   * one ("Ngā Tamōtanga | Apologies" is {@code en} and {@code mi}).
   */
  public abstract List<String> languages();

  /** Whom to contact about the meeting: the clerk or democratic services officer. */
  public abstract List<Person> contacts();

  /** Who attended, and in what role, with apologies and absences. */
  public abstract List<Attendance> attendance();

  /** What the minutes say about the quorum, where they say anything. */
  public abstract Optional<Quorum> quorum();

  /** Declarations of interest. */
  public abstract List<DeclarationOfInterest> declarations();

  /**
   * Those who addressed the meeting without being members, where the minutes record them for the
   * meeting as a whole (a public forum at the start); those heard on an item are on the item.
   */
  public abstract List<Deputation> deputations();

  /** The agenda items, in the order they were taken. */
  public abstract List<AgendaItem> agendaItems();

  /** Procedural events outside any decision (a minute's silence, the order of business changed). */
  public abstract List<ProceduralNote> proceduralNotes();

  /** The parts of the meeting held without the public, where the minutes record them. */
  public abstract List<ClosedSession> closedSessions();

  /** Documents of the meeting as a whole: the agenda, the published minutes. */
  public abstract List<Document> documents();

  /** The body's meeting before this one, where the record names it. */
  public abstract Optional<MeetingReference> previousMeeting();

  /** The body's meeting after this one, where the record names it. */
  public abstract Optional<MeetingReference> nextMeeting();

  /** What the publisher states it has published of the meeting: its agenda, minutes, decisions. */
  public abstract Optional<Publication> published();

  /** Whether the minutes are draft or confirmed, where known. */
  public abstract Optional<MinutesStatus> minutesStatus();

  /** The minute of the later meeting that confirmed these minutes. */
  public abstract Optional<MinuteReference> confirmedAt();

  /** What the minutes state there was none of ("Apologies: none", "no declarations of interest"). */
  @Override
  public abstract List<NoneStated> statedNone();

  /** Where the record came from. */
  @Override
  public abstract Optional<Provenance> provenance();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}. */
  public static final class Builder extends ImmutableMeeting.Builder {}
}
