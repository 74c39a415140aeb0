package io.github.minutebook.validation;

import static io.github.minutebook.validation.Severity.ERROR;
import static io.github.minutebook.validation.Severity.INFO;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules on decision records (decisions taken outside a meeting): their dates must be in the order
 * a decision's life has, from the delegation it was taken under to its publication.
 */
final class RecordRules {
  /** Kinds of record that publish a decision already taken, so are published after it. */
  private static final Set<DecisionRecordKind> RECORDS_OF_DECISIONS_TAKEN = Sets.immutableEnumSet(
      DecisionRecordKind.OFFICER_DECISION, DecisionRecordKind.EXECUTIVE_MEMBER_DECISION,
      DecisionRecordKind.EXECUTIVE_DECISION, DecisionRecordKind.COMMITTEE_DECISION,
      DecisionRecordKind.CONTRACT_AWARD_NOTICE);

  private RecordRules() {}

  static List<Rule<?>> all() {
    return ImmutableList.of(
        Rule.of(DecisionRecord.class, "record.published-before-decided", ERROR,
            "A record of a decision taken (an officer, executive member, executive, committee or contract award decision) "
                + "is not published before the decision was taken; legislation and papers, published before they are "
                + "decided, and records of no stated kind pass.",
            (r, c) -> {
              if (r.kind().isPresent() && RECORDS_OF_DECISIONS_TAKEN.contains(r.kind().get()) && r.decisionDate().isPresent() && r.publicationDate().isPresent()
                  && r.publicationDate().get().isBefore(r.decisionDate().get())) {
                c.report("publicationDate", "The record was published on {published}, before the decision was taken on {decided}",
                    "published", r.publicationDate().get(), "decided", r.decisionDate().get());
              }
            }),
        Rule.of(DecisionRecord.class, "record.effective-before-decided", INFO,
            "A decision takes effect on or after the day it was taken; a backdated decision (a pay award from 1 April "
                + "agreed in June) is reported for a reader to confirm.",
            (r, c) -> {
              if (r.decisionDate().isPresent() && r.effectiveFrom().isPresent()
                  && r.effectiveFrom().get().isBefore(r.decisionDate().get())) {
                c.report("effectiveFrom", "The decision takes effect on {effective}, before it was taken on {decided}: backdated, or a date is wrong",
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
