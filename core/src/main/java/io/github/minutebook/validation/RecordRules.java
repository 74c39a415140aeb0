package io.github.minutebook.validation;

import static io.github.minutebook.validation.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rules on decision records (decisions taken outside a meeting): their dates must be in the order
 * a decision's life has, from the delegation it was taken under to its publication.
 */
final class RecordRules {
  private RecordRules() {}

  static List<Rule<?>> all() {
    return ImmutableList.of(
        Rule.of(DecisionRecord.class, "record.published-before-decided", ERROR,
            "A decision record is not published before the decision was taken.",
            (r, c) -> {
              if (r.decisionDate().isPresent() && r.publicationDate().isPresent()
                  && r.publicationDate().get().isBefore(r.decisionDate().get())) {
                c.report("publicationDate", "The record was published on {published}, before the decision was taken on {decided}",
                    "published", r.publicationDate().get(), "decided", r.decisionDate().get());
              }
            }),
        Rule.of(DecisionRecord.class, "record.effective-before-decided", ERROR,
            "A decision does not take effect before it was taken.",
            (r, c) -> {
              if (r.decisionDate().isPresent() && r.effectiveFrom().isPresent()
                  && r.effectiveFrom().get().isBefore(r.decisionDate().get())) {
                c.report("effectiveFrom", "The decision takes effect on {effective}, before it was taken on {decided}",
                    "effective", r.effectiveFrom().get(), "decided", r.decisionDate().get());
              }
            }),
        Rule.of(DecisionRecord.class, "record.delegation-granted-after-decision", ERROR,
            "A decision taken under a delegation is not taken before the meeting that granted the delegation.",
            (r, c) -> {
              Optional<LocalDate> granted = r.takenUnder().flatMap(Delegation::source).flatMap(MinuteReference::meetingDate);
              if (r.decisionDate().isPresent() && granted.isPresent() && r.decisionDate().get().isBefore(granted.get())) {
                c.report("takenUnder.source.meetingDate",
                    "The decision was taken on {decided} under a delegation granted on {granted}, after it",
                    "decided", r.decisionDate().get(), "granted", granted.get());
              }
            }));
  }
}
