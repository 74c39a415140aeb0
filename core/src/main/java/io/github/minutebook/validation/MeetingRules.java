package io.github.minutebook.validation;

import static io.github.minutebook.validation.Severity.ERROR;
import static io.github.minutebook.validation.Severity.INFO;
import static io.github.minutebook.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.minutebook.Identified;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.meeting.Adjournment;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.ProceduralNote;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Rules on meetings: times, attendance, declarations, minute numbers, identifiers. */
final class MeetingRules {
  /** Each identifier seen so far in the walk, with where it was first seen. */
  private static final RuleContext.Memo<Map<String, RuleContext.Place>> IDS = new RuleContext.Memo<>();

  private MeetingRules() {}

  static List<Rule<?>> all() {
    return ImmutableList.of(
        Rule.of(Meeting.class, "meeting.end-before-start", ERROR,
            "The meeting ends after it starts; an afternoon or evening meeting that closes before 6am closed after "
                + "midnight and passes, and so does a meeting whose sittings fall on more than one date.",
            (m, c) -> {
              if (m.startTime().isPresent() && m.endTime().isPresent() && !onSeveralDates(m)
                  && m.endTime().get().isBefore(m.startTime().get()) && !pastMidnight(m.startTime().get(), m.endTime().get())) {
                c.report("endTime", "The meeting ends at {end}, before it starts at {start}",
                    "end", m.endTime().get(), "start", m.startTime().get());
              }
            }),
        Rule.of(Meeting.class, "meeting.adjourned-before-start", ERROR,
            "The meeting is adjourned after it starts.",
            (m, c) -> {
              Optional<LocalTime> adjourned = m.adjournment().flatMap(Adjournment::time);
              if (m.startTime().isPresent() && adjourned.isPresent()
                  && adjourned.get().isBefore(m.startTime().get())) {
                c.report("adjournment.time", "The meeting is adjourned at {adjourned}, before it starts at {start}",
                    "adjourned", adjourned.get(), "start", m.startTime().get());
              }
            }),
        Rule.of(Meeting.class, "meeting.time-does-not-exist", ERROR,
            "The meeting's times exist on its date in its zone (not in a clock change's gap).",
            (m, c) -> {
              for (TimeInZone t : timesInZone(m, c)) {
                if (t.change() != null && t.change().isGap()) {
                  c.report(t.field(), "{time} on {date} does not exist in {zone}: the clocks went forward", "time", t.time(),
                      "date", m.date().get(), "zone", m.zone().get());
                }
              }
            }),
        Rule.of(Meeting.class, "meeting.time-ambiguous", WARNING,
            "The meeting's times happen once on its date in its zone (not twice as the clocks go back).",
            (m, c) -> {
              for (TimeInZone t : timesInZone(m, c)) {
                if (t.change() != null && t.change().isOverlap()) {
                  c.report(t.field(), "{time} on {date} happens twice in {zone}: the clocks went back", "time", t.time(),
                      "date", m.date().get(), "zone", m.zone().get());
                }
              }
            }),
        Rule.of(Meeting.class, "meeting.chair-not-present", ERROR,
            "The chair is among those present: not also recorded as absent or sending apologies.",
            (m, c) -> presentAndAbsent(m, c, true)),
        Rule.of(Meeting.class, "meeting.present-and-absent", ERROR,
            "Nobody is recorded both as present and as absent or sending apologies.",
            (m, c) -> presentAndAbsent(m, c, false)),
        Rule.of(Meeting.class, "meeting.duplicate-attendance", WARNING,
            "Each person is recorded once in each role; a record with its own arrival, departure or periods is a "
                + "stretch of attendance (someone who left and came back) and passes.",
            (m, c) -> {
              boolean[] repeated = Documents.attendees(c, m).repeated;
              for (int i = 0; i < repeated.length; i++) {
                Attendance a = m.attendance().get(i);
                if (repeated[i] && !comesOrGoes(a)) {
                  c.report("attendance[" + i + "]", "{person} is recorded twice as {role}",
                      "person", a.person().displayName(), "role", a.role());
                }
              }
            }),
        Rule.of(Meeting.class, "meeting.several-chairs", INFO,
            "One person chairs the meeting; each further chair is reported, unless the records say when each "
                + "chaired (a change of chair with its times or items).",
            (m, c) -> {
              String[] keys = Documents.attendees(c, m).keys;
              String firstChair = null;
              Set<String> chairs = null;
              for (int i = 0; i < keys.length; i++) {
                Attendance a = m.attendance().get(i);
                if (a.role() != AttendanceRole.CHAIR || comesOrGoes(a)) {
                  continue;
                }
                String key = keys[i] == null ? "#" + i : keys[i];
                if (firstChair == null) {
                  firstChair = key;
                } else if (!key.equals(firstChair)) {
                  if (chairs == null) {
                    chairs = new HashSet<>(Set.of(firstChair));
                  }
                  if (chairs.add(key)) {
                    c.report("attendance[" + i + "]", "{person} is chair number {count} of the meeting",
                        "person", a.person().displayName(), "count", chairs.size());
                  }
                }
              }
            }),
        Rule.of(Meeting.class, "meeting.duplicate-minute-number", ERROR,
            "Minute numbers are unique within a meeting, or within each section where the minutes number items "
                + "again in each section.",
            (m, c) -> {
              List<AgendaItem> items = m.agendaItems();
              @Nullable String[] numbers = new String[items.size()];
              int[] hashes = new int[numbers.length];
              for (int i = 0; i < numbers.length; i++) {
                AgendaItem item = items.get(i);
                numbers[i] = item.minuteNumber().map(n -> item.section().map(s -> s + '\u0000' + n).orElse(n)).orElse(null);
                hashes[i] = numbers[i] == null ? 0 : numbers[i].hashCode();
              }
              Map<String, Integer> first = numbers.length > SCANNED_ITEMS ? new HashMap<>() : null;
              for (int i = 0; i < numbers.length; i++) {
                String number = numbers[i];
                if (number != null) {
                  Integer earlier = first != null ? first.putIfAbsent(number, i) : firstIndexOf(numbers, hashes, i, number);
                  if (earlier != null) {
                    c.report("agendaItems[" + i + "].minuteNumber",
                        "Minute number {number} is already used by the agenda item at position {earlier}",
                        "number", items.get(i).minuteNumber().get(), "earlier", earlier + 1);
                  }
                }
              }
            }),
        Rule.of(Identified.class, "meeting.duplicate-id", ERROR,
            "Identifiers of the meeting, items, resolutions, parts, recommendations, actions, allocations and awards are unique.",
            (record, c) -> {
              String id = record.id().orElse(null);
              if (id == null) {
                return;
              }
              RuleContext.Place first = c.memo(IDS, HashMap::new).putIfAbsent(id, c.place());
              if (first != null) {
                c.report("id", "Identifier {id} is already used at {earlier}", "id", id, "earlier", first.path());
              }
            }),
        Rule.of(Meeting.class, "meeting.cancelled-with-decisions", ERROR,
            "A cancelled meeting decides nothing.",
            (m, c) -> {
              if (m.status().orElse(null) == MeetingStatus.CANCELLED) {
                for (int i = 0; i < m.agendaItems().size(); i++) {
                  if (!m.agendaItems().get(i).resolutions().isEmpty()) {
                    c.report("agendaItems[" + i + "].resolutions",
                        "The meeting is cancelled, yet the agenda item at position {index} has resolutions", "index", i + 1);
                  }
                }
              }
            }),
        Rule.of(Meeting.class, "meeting.adjourned-without-status", WARNING,
            "A meeting with an adjournment and a status has the status ADJOURNED.",
            (m, c) -> {
              if (m.adjournment().isPresent() && m.status().isPresent() && m.status().get() != MeetingStatus.ADJOURNED) {
                c.report("status", "The meeting records an adjournment but its status is {status}",
                    "status", m.status().get());
              }
            }),
        Rule.of(Meeting.class, "meeting.no-agenda-items", INFO,
            "A held meeting has at least one agenda item.",
            (m, c) -> {
              if (m.status().orElse(null) == MeetingStatus.HELD && m.agendaItems().isEmpty()) {
                c.report("agendaItems", "The meeting was held but records no agenda items");
              }
            }),
        Rule.of(DeclarationOfInterest.class, "meeting.declaration-unknown-item", ERROR,
            "A declaration of interest names items that exist in the meeting.",
            (d, c) -> {
              for (int i = 0; i < d.items().size(); i++) {
                if (!Documents.isItem(c, d.items().get(i))) {
                  c.report("items[" + i + "]", "The declaration names item {item}, which the meeting does not have",
                      "item", d.items().get(i));
                }
              }
            }),
        Rule.of(DeclarationOfInterest.class, "meeting.declarant-not-in-attendance", WARNING,
            "Whoever makes a declaration is not recorded as absent, and a councillor (or anyone, where the list records "
                + "officers) is in the attendance list; silent when no attendance list is published.",
            (d, c) -> Documents.absence(c, d.person()).ifPresent(absence ->
                c.report("person", "{person} made a declaration at this meeting but {absence}",
                    "person", d.person().displayName(), "absence", absence))),
        Rule.of(Adjournment.class, "meeting.adjournment-unknown-item", ERROR,
            "An adjournment names items that exist in the meeting.",
            (a, c) -> {
              for (int i = 0; i < a.items().size(); i++) {
                if (!Documents.isItem(c, a.items().get(i))) {
                  c.report("items[" + i + "]", "The adjournment names item {item}, which the meeting does not have",
                      "item", a.items().get(i));
                }
              }
            }),
        Rule.of(ProceduralNote.class, "meeting.note-unknown-item", ERROR,
            "A procedural note names an item that exists in the meeting.",
            (n, c) -> n.duringItem().ifPresent(item -> {
              if (!Documents.isItem(c, item)) {
                c.report("duringItem", "The note names item {item}, which the meeting does not have", "item", item);
              }
            })));
  }

  /** Whether a record says when the person arrived or left, or that they were there for part: a stretch of attendance. */
  private static boolean comesOrGoes(Attendance a) {
    return a.arrivedAt().isPresent() || a.leftAt().isPresent() || a.arrivedDuring().isPresent() || a.leftDuring().isPresent()
        || !a.periods().isEmpty() || a.partial().orElse(false);
  }

  /** Whether the meeting's sittings fall on more than one date, so that its end is on a later day than its start. */
  private static boolean onSeveralDates(Meeting m) {
    return m.sittings().stream().map(s -> s.date().or(m::date)).flatMap(Optional::stream).distinct().limit(2).count() > 1;
  }

  /** Up to this many items, an earlier use of a minute number is found by a scan back rather than a map. */
  private static final int SCANNED_ITEMS = 32;

  /** The first index before {@code index} where {@code values} holds {@code value}, or null. */
  private static @Nullable Integer firstIndexOf(@Nullable String[] values, int[] hashes, int index, String value) {
    int hash = hashes[index];
    for (int i = 0; i < index; i++) {
      if (hashes[i] == hash && value.equals(values[i])) { // the hashes spare most comparisons of text
        return i;
      }
    }
    return null;
  }

  /** A time of the meeting, and the clock change it falls in (a gap or an overlap), if any. */
  private record TimeInZone(String field, LocalTime time, @Nullable ZoneOffsetTransition change) {}

  /** Each of the meeting's times and its clock change, looked up once for both rules on them. */
  private static final RuleContext.Memo<List<TimeInZone>> TIMES_IN_ZONE = new RuleContext.Memo<>();

  private static List<TimeInZone> timesInZone(Meeting m, RuleContext c) {
    return c.memo(TIMES_IN_ZONE, () -> {
      List<TimeInZone> times = new ArrayList<>(3);
      eachTime(m, (field, time) -> times.add(new TimeInZone(field, time,
          m.zone().get().getRules().getTransition(LocalDateTime.of(m.date().get(), time)))));
      return times;
    });
  }

  /** Whether a meeting that starts at noon or later and ends before 6am reads as one that closed after midnight. */
  private static boolean pastMidnight(LocalTime start, LocalTime end) {
    return !start.isBefore(LocalTime.NOON) && end.isBefore(SMALL_HOURS_END);
  }

  private static final LocalTime SMALL_HOURS_END = LocalTime.of(6, 0);

  /** Applies {@code check} to each time of the meeting that has a date and a zone to stand on. */
  private static void eachTime(Meeting m, java.util.function.BiConsumer<String, LocalTime> check) {
    if (m.date().isEmpty() || m.zone().isEmpty()) {
      return;
    }
    m.startTime().ifPresent(t -> check.accept("startTime", t));
    m.endTime().ifPresent(t -> check.accept("endTime", t));
    m.adjournment().flatMap(Adjournment::time).ifPresent(t -> check.accept("adjournment.time", t));
  }

  private static void presentAndAbsent(Meeting m, RuleContext c, boolean chairs) {
    Documents.Attendees attendees = Documents.attendees(c, m);
    for (int i = 0; i < attendees.keys.length; i++) {
      Attendance absent = m.attendance().get(i);
      if (absent.role().isPresent() || attendees.keys[i] == null) {
        continue;
      }
      Attendance there = attendees.firstPresent.get(attendees.keys[i]);
      if (there != null && (there.role() == AttendanceRole.CHAIR) == chairs) {
        c.report("attendance[" + i + "]", "{person} is recorded as {role} and also as {absence}", "person",
            absent.person().displayName(), "role", there.role(), "absence", absent.role());
      }
    }
  }
}
