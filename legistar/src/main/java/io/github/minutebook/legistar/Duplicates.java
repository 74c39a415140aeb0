package io.github.minutebook.legistar;

import io.github.minutebook.exchange.ConversionNote.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The same action given twice in a list of action rows (MatterHistories, EventItems): once as the
 * agenda row (an agenda sequence, no minutes sequence) and once as the minutes row (a minutes
 * sequence, no agenda sequence), at the same event, by the same body, with the same action and
 * result. Legistar does this when the clerk records the minutes apart from the agenda; the pair is
 * one action, read once.
 */
final class Duplicates {
  /** The minutes row's index by its agenda row's index. */
  private final Map<Integer, Integer> twins = new HashMap<>();
  /** The agenda row's index by its minutes row's index. */
  private final Map<Integer, Integer> merged = new HashMap<>();

  private Duplicates() {}

  /**
   * Finds the pairs in {@code rows} (at {@code at}), each noted as {@link Kind#HANDLED} at the
   * minutes row.
   */
  static Duplicates find(JsonNode rows, String at, String prefix, Source source) {
    Duplicates d = new Duplicates();
    for (int a = 0; a < rows.size(); a++) {
      JsonNode agenda = rows.get(a);
      if (!agendaOnly(agenda, prefix) || d.merged.containsKey(a)) {
        continue;
      }
      for (int m = 0; m < rows.size(); m++) {
        JsonNode minutes = rows.get(m);
        if (m == a || d.merged.containsKey(m) || d.twins.containsKey(m) || !minutesOnly(minutes, prefix)
            || !sameAction(agenda, minutes, prefix)) {
          continue;
        }
        d.twins.put(a, m);
        d.merged.put(m, a);
        String mAt = Source.at(at, m);
        source.note(Kind.HANDLED, "legistar.duplicate-action", mAt, "the row " + minutes.path(prefix + "Id")
            + " (minutes sequence " + minutes.path(prefix + "MinutesSequence") + ") is the minutes row of the same"
            + " action as the agenda row " + agenda.path(prefix + "Id") + " (agenda sequence "
            + agenda.path(prefix + "AgendaSequence") + "); read once, with the minutes row's text and mover");
        break;
      }
    }
    return d;
  }

  /** Whether row {@code index} is the minutes row of a pair, read with its agenda row. */
  boolean isMerged(int index) {
    return merged.containsKey(index);
  }

  /** The minutes row read with agenda row {@code index}, or -1. */
  int twinOf(int index) {
    return twins.getOrDefault(index, -1);
  }

  private static boolean agendaOnly(JsonNode row, String prefix) {
    return present(row.path(prefix + "AgendaSequence")) && !present(row.path(prefix + "MinutesSequence"));
  }

  private static boolean minutesOnly(JsonNode row, String prefix) {
    return present(row.path(prefix + "MinutesSequence")) && !present(row.path(prefix + "AgendaSequence"));
  }

  private static boolean present(@Nullable JsonNode value) {
    return value != null && !value.isMissingNode() && !value.isNull();
  }

  private static boolean sameAction(JsonNode a, JsonNode b, String prefix) {
    String[] keys = {"EventId", "ActionId", "ActionName", "ActionBodyId", "PassedFlag", "MatterId", "ActionDate"};
    for (String k : keys) {
      if (!Objects.equals(a.path(prefix + k), b.path(prefix + k))) {
        return false;
      }
    }
    return present(a.path(prefix + "EventId"));
  }
}
