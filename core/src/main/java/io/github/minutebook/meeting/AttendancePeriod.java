package io.github.minutebook.meeting;

import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stretch of a meeting for which someone was present, where the minutes give more than one
 * arrival or departure: "left meeting 1.20 – 1.25pm", "Via electronic link until 3.43pm, Item 15",
 * "Chairperson from 10.02 – 10.29am". Each bound is empty where that end of the stretch is the
 * start or end of the meeting, or is not stated.
 *
 * <pre>{@code
 * AttendancePeriod period = AttendancePeriod.builder()
 *     .from(LocalTime.of(18, 21)).mode(AttendanceMode.REMOTE).build();
 * }</pre>
 */
@Value.Immutable
public abstract class AttendancePeriod implements WithAttendancePeriod {
  AttendancePeriod() {}

  /** When the stretch began. */
  public abstract Optional<LocalTime> from();

  /** When it ended. */
  public abstract Optional<LocalTime> until();

  /** The item at which it began, as written ("Item 9"). */
  public abstract Optional<String> fromItem();

  /** The item at which it ended, as written ("Item 15"). */
  public abstract Optional<String> untilItem();

  /** How the person took part during the stretch, where stated. */
  public abstract Optional<AttendanceMode> mode();

  /** The person's role during the stretch, where it differs from the record's ("Chairperson from 10.29am"). */
  public abstract Optional<AttendanceRole> role();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AttendancePeriod}. */
  public static final class Builder extends ImmutableAttendancePeriod.Builder {}
}
