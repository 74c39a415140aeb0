package io.github.minutebook.validation;

import com.google.common.base.Ascii;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Person;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** What rules look up in a whole meeting: items by their names, people by name or post. */
final class Documents {
  private static final RuleContext.Memo<Set<String>> ITEM_NAMES = new RuleContext.Memo<>();
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private Documents() {}

  private static final RuleContext.Memo<Attendees> ATTENDANCE = new RuleContext.Memo<>();

  /** Above this many items, names are looked up in a set built once; below it, found by a scan. */
  private static final int ITEMS_SCANNED = 32;

  /**
   * The meeting's attendance, indexed once per validation: each record's person key ({@code
   * null} where the person has neither name nor post), whether it repeats an earlier record's
   * person and role, and the first record of each person in a role that means present.
   */
  static final class Attendees {
    final String[] keys;
    final boolean[] repeated;
    final Map<String, Attendance> firstPresent;
    /** The first record of each person, in any role. */
    final Map<String, Attendance> firstRecorded;
    /** Whether the list records anyone in attendance who is not a councillor: officers, witnesses. */
    final boolean recordsOfficers;

    private Attendees(Meeting meeting) {
      List<Attendance> attendance = meeting.attendance();
      keys = new String[attendance.size()];
      repeated = new boolean[keys.length];
      firstPresent = new HashMap<>();
      firstRecorded = new HashMap<>();
      boolean officers = false;
      Map<String, Integer> roles = new HashMap<>(); // a bit for each role a person is recorded in
      for (int i = 0; i < keys.length; i++) {
        Attendance a = attendance.get(i);
        officers |= a.role() == AttendanceRole.OFFICER_IN_ATTENDANCE || a.role() == AttendanceRole.IN_ATTENDANCE;
        keys[i] = personKey(a.person()).orElse(null);
        if (keys[i] == null) {
          continue;
        }
        @SuppressWarnings("EnumOrdinal") // a bit per role, in this map only: never stored
        int role = 1 << a.role().ordinal();
        Integer earlier = roles.putIfAbsent(keys[i], role);
        if (earlier != null) {
          repeated[i] = (earlier & role) != 0;
          roles.put(keys[i], earlier | role);
        }
        if (a.role().isPresent()) {
          firstPresent.putIfAbsent(keys[i], a);
        }
        firstRecorded.putIfAbsent(keys[i], a);
      }
      recordsOfficers = officers;
    }

    /** The first record of someone with {@code key}, in any role. */
    Optional<Attendance> firstRecorded(String key) {
      return Optional.ofNullable(firstRecorded.get(key));
    }

    /** Whether the list records anyone in attendance who is not a councillor: officers, witnesses. */
    boolean recordsOfficers() {
      return recordsOfficers;
    }

    /** Whether someone with {@code key} is recorded in a role that means present. */
    boolean isPresent(String key) {
      return firstPresent.containsKey(key);
    }
  }

  /** The meeting's attendance, indexed once per validation. */
  static Attendees attendees(RuleContext context, Meeting meeting) {
    return context.memo(ATTENDANCE, () -> new Attendees(meeting));
  }

  /** Every name an item of the meeting can be referred to by: ids, minute numbers, agenda numbers. */
  private static Set<String> itemNames(RuleContext context, Meeting meeting) {
    return context.memo(ITEM_NAMES, () -> {
      Set<String> names = new HashSet<>();
      for (AgendaItem item : meeting.agendaItems()) {
        item.id().ifPresent(names::add);
        item.minuteNumber().ifPresent(names::add);
        item.agendaNumber().ifPresent(names::add);
      }
      return names;
    });
  }

  /** Whether {@code name} names an item of the meeting; true when there is no meeting to look in. */
  static boolean isItem(RuleContext context, String name) {
    Optional<Meeting> meeting = context.meeting();
    if (meeting.isEmpty()) {
      return true;
    }
    List<AgendaItem> items = meeting.get().agendaItems();
    if (items.size() > ITEMS_SCANNED) {
      return itemNames(context, meeting.get()).contains(name);
    }
    for (AgendaItem item : items) {
      if (names(item, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code item} is called {@code name}: its id, minute number or agenda number. */
  static boolean names(AgendaItem item, String name) {
    return name.equals(item.id().orElse(null)) || name.equals(item.minuteNumber().orElse(null))
        || name.equals(item.agendaNumber().orElse(null));
  }

  /** A key that identifies a person across a document: the name, else the post, case-folded. */
  static Optional<String> personKey(Person person) {
    return person.name().or(person::post).map(Documents::normaliseName);
  }

  /**
   * What is wrong, if anything, with {@code person} acting at the meeting being validated (making
   * a declaration, voting, moving a motion), in words that finish a sentence about them: "is
   * recorded as sending apologies", "is recorded as absent", "is not in its attendance list".
   * Empty when nothing can be said: no meeting, no attendance list published (unknown, not
   * nobody), the person recorded as present or only as expected, or not listed in a list that
   * cannot be expected to hold them (an officer, where the list records only councillors).
   */
  static Optional<String> absence(RuleContext context, Person person) {
    Optional<String> key = personKey(person);
    Optional<Meeting> meeting = context.meeting();
    if (key.isEmpty() || meeting.isEmpty() || meeting.get().attendance().isEmpty()) {
      return Optional.empty();
    }
    Attendees attendees = attendees(context, meeting.get());
    if (attendees.isPresent(key.get())) {
      return Optional.empty();
    }
    Optional<Attendance> recorded = attendees.firstRecorded(key.get());
    if (recorded.isPresent()) {
      AttendanceRole role = recorded.get().role();
      return role == AttendanceRole.APOLOGIES ? Optional.of("is recorded as sending apologies")
          : role == AttendanceRole.LEAVE_OF_ABSENCE ? Optional.of("is recorded as on leave of absence")
          : role == AttendanceRole.ABSENT ? Optional.of("is recorded as absent")
          : Optional.empty(); // expected, or a role that does not say whether they came
    }
    return attendees.recordsOfficers() || isCouncillor(person) ? Optional.of("is not in its attendance list")
        : Optional.empty();
  }

  /** The honorifics of elected members, case-folded: "Councillor", "Cllr", "Alderman", "Council Member". */
  private static final Set<String> COUNCILLORS = Set.of("councillor", "cllr", "cllr.", "cr", "cr.", "alderman",
      "alderwoman", "alderperson", "council member", "councilmember", "stadtrat", "stadträtin");

  /** Whether the person is named as an elected member: by honorific, or a name that starts with one. */
  static boolean isCouncillor(Person person) {
    if (person.honorific().map(h -> COUNCILLORS.contains(normaliseName(h))).orElse(false)) {
      return true;
    }
    String name = person.name().map(Documents::normaliseName).orElse("");
    for (String honorific : COUNCILLORS) {
      if (name.startsWith(honorific + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Every resolution part, depth first. */
  static void eachPart(List<ResolutionPart> parts, Consumer<ResolutionPart> action) {
    for (ResolutionPart part : parts) {
      action.accept(part);
      eachPart(part.parts(), action);
    }
  }

  static boolean isBlank(String text) {
    return text.isBlank();
  }

  /** Case-folds a name and folds runs of white space, without a regular expression where none is needed. */
  private static String normaliseName(String name) {
    String text = name.strip();
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(text.charAt(i - 1)))) {
        text = WHITESPACE.matcher(text).replaceAll(" ");
        break;
      }
    }
    return fold(text);
  }

  /**
   * Folds case for comparing names in any script: ASCII at no cost, and otherwise the composed form
   * upper-cased and lower-cased again, so that "ZOË" and "Zoë" (composed or not), and "STRASSE" and
   * "Straße", compare equal.
   */
  static String fold(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        String composed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        return composed.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
      }
    }
    return Ascii.toLowerCase(text);
  }
}
