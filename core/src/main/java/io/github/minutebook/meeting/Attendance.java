package io.github.minutebook.meeting;

import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
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

  /**
   * The bodies a visiting member represents ("City Development / Adult Social Services, Public
   * Health, NHS" is two boards), or a substitute's usual body.
   */
  public abstract List<Body> representing();

  /** For a substitute: whom they replace. */
  public abstract Optional<Person> substituteFor();

  /** Anything else the minutes say ("for item 5 only", "arrived at 7.30pm"). */
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
