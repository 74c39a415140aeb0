package io.github.minutebook.validation;

import static io.github.minutebook.validation.Severity.ERROR;
import static io.github.minutebook.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.decision.CallIn;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.RequiredMajority;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.internal.shape.CodeNames;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Party;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Rules on resolutions, their parts, conditions and votes. */
final class DecisionRules {
  private DecisionRules() {}

  static List<Rule<?>> all() {
    return ImmutableList.of(
        Rule.of(Resolution.class, "resolution.no-parts", ERROR,
            "A resolution records its words, or something else it decided: a resolution with no parts records a vote, a number, "
                + "a reason or another fact, and one that opens \"RESOLVED that:\" has words after it; withheld terms pass.",
            (r, c) -> {
              if (!r.parts().isEmpty() || r.withheld()) {
                return; // parts not given are unknown, not none: a record may give only a vote or a call-in status
              }
              if (r.preamble().isPresent()) {
                c.report("parts", "The resolution opens with \"{preamble}\" but records no words after it",
                    "preamble", r.preamble().get());
              } else if (r.withId(Optional.empty()).equals(EMPTY_RESOLUTION)) {
                c.report("parts", "The resolution records nothing: no words, no vote and no other fact");
              }
            }),
        Rule.of(Resolution.class, "resolution.part-numbering", ERROR,
            "Labelled parts are numbered contiguously in one style: (1)...(n), (a)...(c) or (i)...(iii); a numbering may "
                + "start past its first label (a lone (b)), and brackets and stops around a label are ignored.",
            (r, c) -> numbering(r.parts(), "parts", c)),
        Rule.of(ResolutionPart.class, "resolution.sub-part-numbering", ERROR,
            "Sub-parts are numbered contiguously in one style, like parts.",
            (p, c) -> numbering(p.parts(), "parts", c)),
        Rule.of(ResolutionPart.class, "resolution.blank-part-text", ERROR,
            "Every part has its words.",
            (p, c) -> {
              if (Documents.isBlank(p.text())) {
                c.report("text", "The part has no text");
              }
            }),
        Rule.of(ResolutionPart.class, "resolution.delegate-not-named", ERROR,
            "A part that delegates names the delegate.",
            (p, c) -> {
              if (p.effect() == PartEffect.DELEGATE && p.delegation().isEmpty()) {
                c.report("delegation", "The part delegates but names no delegate");
              }
            }),
        Rule.of(ResolutionPart.class, "resolution.recommendation-without-addressee", WARNING,
            "A part that recommends names the body it recommends to, or its resolution does, or the decision record follows "
                + "it to a later decision by another decision maker.",
            (p, c) -> {
              if (p.effect() != PartEffect.RECOMMEND || p.addressee().isPresent()) {
                return;
              }
              Optional<Resolution> resolution = c.nearest(Resolution.class);
              if (resolution.flatMap(Resolution::recommendedTo).isPresent() || followedInRecord(resolution, c)) {
                return;
              }
              c.report("addressee", "The part recommends but does not say to whom");
            }),
        Rule.of(Resolution.class, "resolution.mover-not-present", WARNING,
            "Whoever moved or seconded the motion is not recorded as absent, and a councillor is in the attendance list; "
                + "silent when no attendance list is published.",
            (r, c) -> {
              r.movedBy().ifPresent(mover -> Documents.absence(c, mover).ifPresent(absence ->
                  c.report("movedBy", "{person} moved the motion but {absence}", "person", mover.displayName(),
                      "absence", absence)));
              r.secondedBy().ifPresent(seconder -> Documents.absence(c, seconder).ifPresent(absence ->
                  c.report("secondedBy", "{person} seconded the motion but {absence}", "person", seconder.displayName(),
                      "absence", absence)));
            }),
        Rule.of(Resolution.class, "resolution.called-in-before-decided", ERROR,
            "A call-in is not dated before the decision it calls in.",
            (r, c) -> {
              Optional<LocalDate> decided = r.decisionDate().or(() -> c.meeting().flatMap(Meeting::date))
                  .or(() -> c.nearest(DecisionRecord.class).flatMap(DecisionRecord::decisionDate));
              Optional<LocalDate> calledIn = r.callIn().flatMap(CallIn::date);
              if (decided.isPresent() && calledIn.isPresent() && calledIn.get().isBefore(decided.get())) {
                c.report("callIn.date", "The decision was called in on {callIn}, before it was taken on {decided}",
                    "callIn", calledIn.get(), "decided", decided.get());
              }
            }),
        Rule.of(Condition.class, "resolution.condition-unknown-part", ERROR,
            "A condition that depends on other parts names parts of the same resolution.",
            (cond, c) -> {
              if (cond.dependsOnParts().isEmpty()) {
                return;
              }
              Optional<Resolution> resolution = c.nearest(Resolution.class);
              if (resolution.isEmpty()) {
                return;
              }
              Set<String> labels = c.memo(LABELS, PartLabelIndex::new).of(resolution.get());
              for (int i = 0; i < cond.dependsOnParts().size(); i++) {
                if (!labels.contains(cond.dependsOnParts().get(i))) {
                  c.report("dependsOnParts[" + i + "]", "The condition depends on part ({label}), which the resolution does not have",
                      "label", cond.dependsOnParts().get(i));
                }
              }
            }),
        Rule.of(Condition.class, "resolution.condition-on-own-part", ERROR,
            "A part's condition does not depend on the part itself.",
            (cond, c) -> {
              if (cond.dependsOnParts().isEmpty()) {
                return;
              }
              c.nearest(ResolutionPart.class).flatMap(ResolutionPart::label).ifPresent(own -> {
                if (cond.dependsOnParts().contains(own)) {
                  c.report("dependsOnParts", "Part ({label}) is made conditional on itself", "label", own);
                }
              });
            }),
        Rule.of(Vote.class, "vote.named-votes-disagree-with-counts", ERROR,
            "Where both are recorded, each counted option has as many named votes as its count.",
            (v, c) -> {
              if (v.namedVotes().isEmpty() || v.counts().isEmpty()) {
                return;
              }
              Map<VoteOption, Integer> named = new EnumMap<>(VoteOption.class);
              for (NamedVote n : v.namedVotes()) {
                if (n.option().isEmpty()) {
                  return; // a member named without a side: the counts cannot be checked against names
                }
                named.merge(n.option().get(), 1, Integer::sum);
              }
              v.counts().forEach((option, count) -> {
                int names = named.getOrDefault(option, 0);
                if (names != count) {
                  c.report("counts." + CodeNames.of(option), "{count} votes are counted as {option} but the minutes name {named}",
                      "count", count, "option", CodeNames.of(option), "named", names);
                }
              });
            }),
        Rule.of(Vote.class, "vote.result-contradicts-counts", WARNING,
            "A vote carried has more for than against (at least two-thirds where two-thirds of those voting are "
                + "required), one lost has not, and one tied has as many for as against, unless a casting vote decided "
                + "it; a majority of all the members, which the counts cannot show, is not judged.",
            (v, c) -> {
              if (v.result().isEmpty() || v.castingVoteBy().isPresent() || !judgedByCounts(v)) {
                return;
              }
              int yes = v.counts().getOrDefault(VoteOption.YES, 0);
              int no = v.counts().getOrDefault(VoteOption.NO, 0);
              if (!v.counts().containsKey(VoteOption.YES) && !v.counts().containsKey(VoteOption.NO)) {
                return;
              }
              boolean contradicts = switch (v.result().get()) {
                case CARRIED -> !carries(v, yes, no);
                case LOST -> carries(v, yes, no);
                case TIED -> yes != no;
              };
              if (contradicts) {
                c.report("result", "The vote is recorded as {result} with {yes} for and {no} against",
                    "result", CodeNames.of(v.result().get()), "yes", yes, "no", no);
              }
            }),
        Rule.of(Vote.class, "vote.result-contradicts-named-votes", WARNING,
            "A recorded vote that names members on both sides, and gives no counts for or against, has a result its names "
                + "bear out: carried with more named for than against, lost with no more, tied with as many.",
            (v, c) -> {
              if (v.result().isEmpty() || v.castingVoteBy().isPresent() || !judgedByCounts(v) || v.namedVotes().isEmpty()
                  || v.counts().containsKey(VoteOption.YES) || v.counts().containsKey(VoteOption.NO)) {
                return;
              }
              int yes = 0;
              int no = 0;
              for (NamedVote n : v.namedVotes()) {
                if (n.option().isEmpty()) {
                  return; // a member named without a side: the names cannot be counted
                }
                yes += n.option().get() == VoteOption.YES ? 1 : 0;
                no += n.option().get() == VoteOption.NO ? 1 : 0;
              }
              if (yes == 0 || no == 0) {
                return; // only one side named (dissenters asking for their votes to be recorded): a partial list
              }
              boolean contradicts = switch (v.result().get()) {
                case CARRIED -> !carries(v, yes, no);
                case LOST -> carries(v, yes, no);
                case TIED -> yes != no;
              };
              if (contradicts) {
                c.report("result", "The vote is recorded as {result} but names {yes} for and {no} against",
                    "result", CodeNames.of(v.result().get()), "yes", yes, "no", no);
              }
            }),
        Rule.of(Vote.class, "vote.named-on-both-sides", ERROR,
            "No member is named as voting two ways (for and against, or either and abstaining) in one vote.",
            (v, c) -> {
              Map<String, VoteOption> sides = new HashMap<>();
              for (int i = 0; i < v.namedVotes().size(); i++) {
                NamedVote n = v.namedVotes().get(i);
                Optional<String> key = Documents.personKey(n.voter());
                if (key.isEmpty() || n.option().isEmpty() || !VOTING.contains(n.option().get())) {
                  continue;
                }
                VoteOption earlier = sides.putIfAbsent(key.get(), n.option().get());
                if (earlier != null && earlier != n.option().get()) {
                  c.report("namedVotes[" + i + "].option", "{person} is named as voting {option} and also {earlier}",
                      "person", n.voter().displayName(), "option", CodeNames.of(n.option().get()),
                      "earlier", CodeNames.of(earlier));
                }
              }
            }),
        Rule.of(Vote.class, "vote.voter-not-present", WARNING,
            "A member named as voting, or as giving the casting vote, is not recorded as absent, and a councillor is in "
                + "the attendance list; silent when no attendance list is published.",
            (v, c) -> {
              for (int i = 0; i < v.namedVotes().size(); i++) {
                NamedVote n = v.namedVotes().get(i);
                if (n.option().isPresent() && VOTING.contains(n.option().get())) {
                  int at = i;
                  Documents.absence(c, n.voter()).ifPresent(absence -> c.report("namedVotes[" + at + "].voter",
                      "{person} is named as voting {option} but {absence}", "person", n.voter().displayName(),
                      "option", CodeNames.of(n.option().get()), "absence", absence));
                }
              }
              v.castingVoteBy().ifPresent(chair -> Documents.absence(c, chair).ifPresent(absence ->
                  c.report("castingVoteBy", "{person} gave the casting vote but {absence}",
                      "person", chair.displayName(), "absence", absence)));
            }),
        Rule.of(Vote.class, "vote.unanimous-with-dissent", ERROR,
            "A unanimous vote has no votes against.",
            (v, c) -> {
              if (!v.unanimous().orElse(false)) {
                return;
              }
              boolean namedNo = false;
              for (NamedVote n : v.namedVotes()) {
                namedNo |= n.option().orElse(null) == VoteOption.NO;
              }
              if (v.counts().getOrDefault(VoteOption.NO, 0) > 0 || namedNo) {
                c.report("unanimous", "The vote is recorded as unanimous but has votes against");
              }
            }));
  }

  /**
   * Whether a vote's result can be judged from those for and against: not where it needed a
   * majority of all the members or unanimity, which turn on members who did not vote.
   */
  private static boolean judgedByCounts(Vote v) {
    RequiredMajority required = v.requiredMajority().orElse(RequiredMajority.MAJORITY);
    return required == RequiredMajority.MAJORITY || required == RequiredMajority.TWO_THIRDS;
  }

  /** Whether {@code yes} for and {@code no} against carry the motion, by the majority it needed. */
  private static boolean carries(Vote v, long yes, long no) {
    return v.requiredMajority().orElse(RequiredMajority.MAJORITY) == RequiredMajority.TWO_THIRDS
        ? 3 * yes >= 2 * (yes + no) && yes > 0
        : yes > no;
  }

  /** The options that mean the member took part in the vote. */
  private static final Set<VoteOption> VOTING = EnumSet.of(VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN);

  /** The labels of the resolution last asked about, kept while the walk is inside it. */
  private static final RuleContext.Memo<PartLabelIndex> LABELS = new RuleContext.Memo<>();

  /**
   * The labels of every part and sub-part of one resolution, at any depth, collected once for all
   * its conditions: asking the parts again for each label of each condition made a resolution of
   * n conditional parts cost n squared.
   */
  private static final class PartLabelIndex {
    private @Nullable Resolution resolution;
    private Set<String> labels = Set.of();

    Set<String> of(Resolution r) {
      if (r != resolution) {
        Set<String> collected = new HashSet<>();
        collect(r.parts(), collected);
        labels = collected;
        resolution = r;
      }
      return labels;
    }

    private static void collect(List<ResolutionPart> parts, Set<String> into) {
      for (ResolutionPart part : parts) {
        part.label().ifPresent(into::add);
        collect(part.parts(), into);
      }
    }
  }

  private static void numbering(List<ResolutionPart> parts, String field, RuleContext c) {
    if (parts.isEmpty()) {
      return;
    }
    String[] labels = new String[parts.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = parts.get(i).label().orElse(null);
    }
    boolean anyLabel = false;
    for (String label : labels) {
      anyLabel |= label != null;
    }
    if (!anyLabel) {
      return; // a single sentence, or several paragraphs adopted as they stand: nothing is numbered
    }
    @Nullable String[] normalised = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      normalised[i] = labels[i] == null ? null : PartLabels.normalise(labels[i]);
    }
    PartLabels.Start start = normalised[0] == null ? null
        : PartLabels.start(normalised[0], normalised.length > 1 ? normalised[1] : null).orElse(null);
    Set<String> seen = labels.length > SCANNED_LABELS ? new HashSet<>() : null;
    for (int i = 0; i < labels.length; i++) {
      String label = normalised[i];
      if (label == null) {
        c.report(field + "[" + i + "].label", "Part {index} has no label while other parts are numbered", "index", i + 1);
      } else if (seen != null ? !seen.add(label) : labelledBefore(normalised, i, label)) {
        c.report(field + "[" + i + "].label", "Label ({label}) is used twice", "label", label);
      } else if (start == null) {
        return; // the first label is no number, letter or numeral ("Note", "*"): the numbering is the minutes' own
      } else if (start.style().indexOf(label) != start.offset() + i) {
        c.report(field + "[" + i + "].label", "Expected part ({expected}) here, found ({label})",
            "expected", start.style().label(start.offset() + i), "label", label);
      }
    }
  }

  /** Above this many parts, labels seen are kept in a set; below it, a scan back is quicker. */
  private static final int SCANNED_LABELS = 16;

  /** Whether a label before {@code index} is {@code label}. */
  private static boolean labelledBefore(@Nullable String[] labels, int index, String label) {
    for (int i = 0; i < index; i++) {
      if (label.equals(labels[i])) {
        return true;
      }
    }
    return false;
  }

  /** A resolution that holds nothing at all, to compare with (its identifier aside). */
  private static final Resolution EMPTY_RESOLUTION = Resolution.builder().build();

  /** For each decision of the record being validated, whether a later one has another decision maker. */
  private static final RuleContext.Memo<Map<Resolution, Boolean>> FOLLOWED = new RuleContext.Memo<>();

  /**
   * Whether the decision record holding {@code resolution} has a later decision by another decision
   * maker (a Legistar history: a committee recommends, then the council acts), which shows whom the
   * recommendation went to. Worked out once per record, from the last decision back.
   */
  private static boolean followedInRecord(Optional<Resolution> resolution, RuleContext c) {
    Optional<DecisionRecord> record = c.nearest(DecisionRecord.class);
    if (resolution.isEmpty() || record.isEmpty()) {
      return false;
    }
    Map<Resolution, Boolean> followed = c.memo(FOLLOWED, () -> {
      Map<Resolution, Boolean> byDecision = new IdentityHashMap<>();
      List<Resolution> decisions = record.get().decisions();
      Party first = null; // up to two distinct decision makers of the later decisions
      Party second = null;
      for (int i = decisions.size() - 1; i >= 0; i--) {
        Party maker = decisions.get(i).decisionMaker().orElse(null);
        boolean another = maker != null && (first != null && !first.equals(maker) || second != null && !second.equals(maker));
        byDecision.put(decisions.get(i), another);
        if (maker != null && first == null) {
          first = maker;
        } else if (maker != null && second == null && !maker.equals(first)) {
          second = maker;
        }
      }
      return byDecision;
    });
    return followed.getOrDefault(resolution.get(), false);
  }
}
