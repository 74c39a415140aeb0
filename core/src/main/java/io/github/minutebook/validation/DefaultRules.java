package io.github.minutebook.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** The default rule set, gathered from the rules of each concept. */
final class DefaultRules {
  private DefaultRules() {}

  static List<Rule<?>> all() {
    return ImmutableList.<Rule<?>>builder()
        .addAll(MeetingRules.all())
        .addAll(AgendaRules.all())
        .addAll(DecisionRules.all())
        .addAll(RecommendationRules.all())
        .addAll(FundingRules.all())
        .addAll(ProcurementRules.all())
        .addAll(GeneralRules.all())
        .build();
  }
}
