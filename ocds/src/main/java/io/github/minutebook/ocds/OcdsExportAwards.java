package io.github.minutebook.ocds;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.procurement.ContractAward;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds every contract award in a record, in document order, with its Minutebook path and what
 * encloses it: a meeting's {@code agendaItems[i].resolutions[j].parts[k]...contractAwards[n]}, a
 * decision record's {@code decisions[j].parts[k]...contractAwards[n]}, at any depth of parts.
 */
final class OcdsExportAwards {
  private OcdsExportAwards() {}

  /**
   * A contract award and where it is.
   *
   * @param award the award
   * @param path its Minutebook path: {@code agendaItems[12].resolutions[0].parts[1].contractAwards[0]}
   * @param item the agenda item it is under, for a meeting
   * @param resolution the resolution it is under
   * @param partLabels the labels of the parts it is under, outermost first, where they have one
   */
  record Found(ContractAward award, String path, @Nullable AgendaItem item,
      Resolution resolution, List<String> partLabels) {}

  /** Every contract award in {@code record}, in document order. */
  static List<Found> in(CouncilRecord record) {
    List<Found> found = new ArrayList<>();
    if (record instanceof Meeting meeting) {
      List<AgendaItem> items = meeting.agendaItems();
      for (int i = 0; i < items.size(); i++) {
        AgendaItem item = items.get(i);
        List<Resolution> resolutions = item.resolutions();
        for (int j = 0; j < resolutions.size(); j++) {
          walk(resolutions.get(j), "agendaItems[" + i + "].resolutions[" + j + "]", item, found);
        }
      }
    } else if (record instanceof DecisionRecord decision) {
      List<Resolution> resolutions = decision.decisions();
      for (int j = 0; j < resolutions.size(); j++) {
        walk(resolutions.get(j), "decisions[" + j + "]", null, found);
      }
    }
    return found;
  }

  /** A part still to visit, with its path and the labels above and at it. */
  private record Frame(ResolutionPart part, String path, List<String> labels) {}

  /**
   * Walks a resolution's parts depth first without recursion, so that parts nested however deep
   * are walked: a part's own awards come before those of its sub-parts.
   */
  private static void walk(Resolution resolution, String path, @Nullable AgendaItem item, List<Found> found) {
    Deque<Frame> stack = new ArrayDeque<>();
    pushParts(stack, resolution.parts(), path, List.of());
    while (!stack.isEmpty()) {
      Frame frame = stack.pop();
      List<ContractAward> awards = frame.part().contractAwards();
      for (int n = 0; n < awards.size(); n++) {
        found.add(new Found(awards.get(n), frame.path() + ".contractAwards[" + n + "]", item, resolution,
            frame.labels()));
      }
      pushParts(stack, frame.part().parts(), frame.path(), frame.labels());
    }
  }

  private static void pushParts(Deque<Frame> stack, List<ResolutionPart> parts, String path, List<String> labels) {
    for (int k = parts.size() - 1; k >= 0; k--) { // pushed in reverse, so popped in order
      ResolutionPart part = parts.get(k);
      List<String> withLabel = labels;
      if (part.label().isPresent() && !part.label().get().isEmpty()) {
        List<String> more = new ArrayList<>(labels);
        more.add(part.label().get());
        withLabel = List.copyOf(more);
      }
      stack.push(new Frame(part, path + ".parts[" + k + "]", withLabel));
    }
  }
}
