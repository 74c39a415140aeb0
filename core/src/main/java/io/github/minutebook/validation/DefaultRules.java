package io.github.minutebook.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;

/**
 * The rule sets, gathered from the rules of each concept: the default rules, which are precise on
 * real minutes, and the rules of the thorough profile, which are true but fire on much real data
 * that is not wrong, only partial (docs/validation-rules.md, "Profiles").
 */
final class DefaultRules {
  private DefaultRules() {}

  /**
   * The rules only the thorough profile applies: each reports what real records routinely leave
   * out, measured on the corpus (an OParl item gives its result but not its resolution, a calendar
   * entry lists no items, a ModernGov link is relative to its site).
   */
  static final Set<String> THOROUGH_ONLY = ImmutableSet.of(
      "meeting.no-agenda-items",
      "meeting.several-chairs",
      "agenda.exempt-without-grounds",
      "agenda.decided-without-resolution",
      "record.effective-before-decided",
      "reference.malformed-address");

  /** The default rules. */
  static List<Rule<?>> all() {
    return every().stream().filter(rule -> !THOROUGH_ONLY.contains(rule.code())).collect(ImmutableList.toImmutableList());
  }

  /** The rules the thorough profile adds to the default ones. */
  static List<Rule<?>> thoroughOnly() {
    return every().stream().filter(rule -> THOROUGH_ONLY.contains(rule.code())).collect(ImmutableList.toImmutableList());
  }

  private static List<Rule<?>> every() {
    return ImmutableList.<Rule<?>>builder()
        .addAll(MeetingRules.all())
        .addAll(AgendaRules.all())
        .addAll(DecisionRules.all())
        .addAll(RecordRules.all())
        .addAll(RecommendationRules.all())
        .addAll(FundingRules.all())
        .addAll(ProcurementRules.all())
        .addAll(GeneralRules.all())
        .build();
  }
}
