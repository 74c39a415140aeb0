package io.github.minutebook.validation;

import static io.github.minutebook.validation.Severity.ERROR;
import static io.github.minutebook.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rules on recommendations, their responses and progress. */
final class RecommendationRules {
  private RecommendationRules() {}

  static List<Rule<?>> all() {
    return ImmutableList.of(
        Rule.of(RecommendationResponse.class, "recommendation.response-without-respondent", WARNING,
            "A response to a recommendation says who responded.",
            (r, c) -> {
              if (r.respondent().isEmpty()) {
                c.report("respondent", "The response does not say who responded");
              }
            }),
        Rule.of(Recommendation.class, "recommendation.response-before-recommendation", ERROR,
            "A response is not dated before the recommendation it answers.",
            (r, c) -> {
              Optional<LocalDate> answered = r.response().flatMap(RecommendationResponse::date);
              if (r.date().isPresent() && answered.isPresent() && answered.get().isBefore(r.date().get())) {
                c.report("response.date", "The response of {response} is dated before the recommendation of {made}",
                    "response", answered.get(), "made", r.date().get());
              }
            }),
        Rule.of(Recommendation.class, "recommendation.progress-out-of-order", ERROR,
            "Progress updates are in date order, oldest first.",
            (r, c) -> {
              LocalDate previous = null;
              for (int i = 0; i < r.progressUpdates().size(); i++) {
                Optional<LocalDate> date = r.progressUpdates().get(i).date();
                if (date.isEmpty()) {
                  continue;
                }
                if (previous != null && date.get().isBefore(previous)) {
                  c.report("progressUpdates[" + i + "].date", "Update of {date} comes after one of {previous}",
                      "date", date.get(), "previous", previous);
                }
                previous = date.get();
              }
            }),
        Rule.of(Recommendation.class, "recommendation.progress-before-recommendation", ERROR,
            "No progress is reported before the recommendation was made.",
            (r, c) -> {
              if (r.date().isEmpty()) {
                return;
              }
              for (int i = 0; i < r.progressUpdates().size(); i++) {
                Optional<LocalDate> date = r.progressUpdates().get(i).date();
                if (date.isPresent() && date.get().isBefore(r.date().get())) {
                  c.report("progressUpdates[" + i + "].date", "Progress of {date} is reported before the recommendation of {made}",
                      "date", date.get(), "made", r.date().get());
                }
              }
            }),
        Rule.of(Recommendation.class, "recommendation.due-before-made", ERROR,
            "A recommendation is not due before it is made.",
            (r, c) -> {
              if (r.date().isPresent() && r.dueDate().isPresent() && r.dueDate().get().isBefore(r.date().get())) {
                c.report("dueDate", "Due on {due}, before the recommendation was made on {made}",
                    "due", r.dueDate().get(), "made", r.date().get());
              }
            }),
        Rule.of(ProgressUpdate.class, "recommendation.blank-progress", WARNING,
            "A progress update says what progress was made.",
            (p, c) -> {
              if (Documents.isBlank(p.text())) {
                c.report("text", "The progress update has no text");
              }
            }));
  }
}
