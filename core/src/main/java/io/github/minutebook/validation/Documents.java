package io.github.minutebook.validation;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Person;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** What rules look up in a whole meeting: items by their names, people by name or post. */
final class Documents {
  private static final Object ITEM_NAMES = new Object();
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private Documents() {}

  private static final Object ATTENDANCE_KEYS = new Object();

  /** The person key of each attendance record of the meeting, in order, computed once per validation. */
  static List<Optional<String>> attendanceKeys(RuleContext context, Meeting meeting) {
    return context.memo(ATTENDANCE_KEYS, () -> {
      List<Optional<String>> keys = new java.util.ArrayList<>(meeting.attendance().size());
      meeting.attendance().forEach(a -> keys.add(personKey(a.person())));
      return keys;
    });
  }

  /** Every name an item of the meeting can be referred to by: ids, minute numbers, agenda numbers. */
  static Set<String> itemNames(RuleContext context) {
    return context.memo(ITEM_NAMES, () -> {
      ImmutableSet.Builder<String> names = ImmutableSet.builder();
      context.meeting().ifPresent(m -> m.agendaItems().forEach(item -> {
        item.id().ifPresent(names::add);
        item.minuteNumber().ifPresent(names::add);
        item.agendaNumber().ifPresent(names::add);
      }));
      return names.build();
    });
  }

  /** Whether {@code name} names an item of the meeting; true when there is no meeting to look in. */
  static boolean isItem(RuleContext context, String name) {
    return context.meeting().isEmpty() || itemNames(context).contains(name);
  }

  /** A key that identifies a person across a document: the name, else the post, case-folded. */
  static Optional<String> personKey(Person person) {
    return person.name().or(person::post).map(Documents::normaliseName);
  }

  /** Every resolution part, depth first. */
  static void eachPart(List<ResolutionPart> parts, Consumer<ResolutionPart> action) {
    for (ResolutionPart part : parts) {
      action.accept(part);
      eachPart(part.parts(), action);
    }
  }

  /** Every agenda item of the meeting. */
  static List<AgendaItem> items(Meeting meeting) {
    return meeting.agendaItems();
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
    return Ascii.toLowerCase(text);
  }
}
