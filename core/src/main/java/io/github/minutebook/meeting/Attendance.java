package io.github.minutebook.meeting;

import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's attendance at a meeting, in one role: "Councillor Stephen Carr (Chairman)",
 * "Tom Riordan – Chief Executive" in attendance, "Councillor Paul Truswell – City Development"
 * visiting.
 *
 * <pre>{@code
 * Attendance chair = Attendance.of(Person.councillor("Stephen Carr"), AttendanceRole.CHAIR);
 * }</pre>
 */
@Value.Immutable
public abstract class Attendance implements WithAttendance {
  Attendance() {}

  /** Who. */
  public abstract Person person();

  /** In what capacity. */
  public abstract AttendanceRole role();

  /** How the person took part, where stated ("(virtual)", "via audio/visual link"). */
  public abstract Optional<AttendanceMode> mode();

  /**
   * The bodies a visiting member represents ("City Development / Adult Social Services, Public
   * Health, NHS" is two boards), or a substitute's usual body.
   */
  public abstract List<Body> representing();

  /** For a substitute: whom they replace. */
  public abstract Optional<Person> substituteFor();

  /**
   * For a deputy member: the member whose personal deputy they are ("varajäsen" of a named
   * member), a standing relation, where {@link #substituteFor()} says whom they replaced at this
   * meeting.
   */
  public abstract Optional<Person> deputyOf();

  /**
   * The capacity the person is listed in where {@link #role()} is {@link AttendanceRole#EXPECTED}:
   * a summons or a cancelled meeting's list gives each person's place on the body (chair, member,
   * deputy, secretary) without saying that anyone came.
   */
  public abstract Optional<AttendanceRole> capacity();

  /**
   * The apology recorded for the person, where there is one: {@link ApologyKind#ABSENCE} beside
   * {@link AttendanceRole#APOLOGIES}, or lateness or early departure for someone present.
   */
  public abstract Optional<ApologyKind> apology();

  /**
   * Whether the apology was accepted or the absence excused ("That the apology ... be accepted";
   * "That Council do not accept the apology"; "Abwesend – entschuldigt"); empty where not said.
   */
  public abstract Optional<Boolean> apologyAccepted();

  /**
   * Why the person was absent, late or left, as written ("Civic Business", "on council business",
   * "called in sick").
   */
  public abstract Optional<String> reason();

  /** For a leave of absence: the period it was granted for, where stated. */
  public abstract Optional<DateRange> leave();

  /** When the person arrived, where after the start ("Councillor Smith arrived at 7.30pm"). */
  public abstract Optional<LocalTime> arrivedAt();

  /** When the person left, where before the end. */
  public abstract Optional<LocalTime> leftAt();

  /** The item during or before which the person arrived, as written ("during item 5"). */
  public abstract Optional<String> arrivedDuring();

  /** The item during or after which the person left, as written ("after minute 73"). */
  public abstract Optional<String> leftDuring();

  /**
   * The stretches the person was present for, where the minutes give more than one arrival or
   * departure ("left meeting 1.20 – 1.25pm, left meeting 1.50 – 2.04pm").
   */
  public abstract List<AttendancePeriod> periods();

  /**
   * Whether the person was present for only part of the meeting, where the minutes say so without
   * times ("*Denotes presence for a portion of the meeting").
   */
  public abstract Optional<Boolean> partial();

  /** Anything else the minutes say ("for item 5 only"). */
  public abstract Optional<String> note();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attendance}. */
  public static final class Builder extends ImmutableAttendance.Builder {}

  /** A person in a role. */
  public static Attendance of(Person person, AttendanceRole role) {
    return builder().person(person).role(role).build();
  }
}
