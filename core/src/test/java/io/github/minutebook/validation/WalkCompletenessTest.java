package io.github.minutebook.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import io.github.minutebook.internal.shape.TypeShape;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.testing.ModelValues;
import io.github.minutebook.testing.RandomMeetings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The validator walks the whole model: every property that holds values of the model is walked,
 * and every type of the model can be the target of a rule, which then sees every value of that
 * type in a meeting, wherever it lies.
 */
class WalkCompletenessTest {
  private static final Set<Class<?>> MODEL_TYPES = new LinkedHashSet<>();

  static {
    ModelShapes.ALL.forEach(shape -> MODEL_TYPES.add(shape.type()));
  }

  @Test
  void everyPropertyHoldingValuesOfTheModelIsWalked() {
    List<String> unwalked = new ArrayList<>();
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      for (PropertyShape<?, ?, ?> property : shape.properties()) {
        if (MODEL_TYPES.contains(property.valueType())
            && Traversal.field(shape.type(), property.name()).isEmpty()) {
          unwalked.add(shape + "." + property.name());
        }
      }
    }
    assertEquals(List.of(), unwalked);
  }

  @Test
  void everyTypeOfTheModelCanBeTheTargetOfARule() {
    List<String> refused = new ArrayList<>();
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      try {
        MeetingValidator.builder().addRule(counting(shape.type(), new LinkedHashMap<>())).build();
      } catch (IllegalArgumentException e) {
        refused.add(shape + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), refused);
  }

  /**
   * A rule on each type sees exactly the values of that type that the meeting holds, counted
   * independently of the walk by following the shapes' accessors.
   */
  @Test
  void aRuleOnATypeSeesEveryValueOfItInTheMeeting() {
    RandomMeetings random = new RandomMeetings(20261204L);
    for (int i = 0; i < 200; i++) {
      Meeting meeting = random.meeting();
      Map<Class<?>, Integer> seen = new LinkedHashMap<>();
      MeetingValidator.Builder validator = MeetingValidator.builder();
      for (TypeShape<?, ?> shape : ModelShapes.ALL) {
        validator.addRule(counting(shape.type(), seen));
      }
      ValidationReport report = validator.build().validate(meeting);
      if (report.violations().stream().anyMatch(v -> v.code().equals(MeetingValidator.TOO_DEEP.code()))) {
        continue; // nesting beyond the walk's limit is not walked, by design
      }
      Map<Class<?>, Integer> expected = new LinkedHashMap<>();
      ModelValues.forEach(meeting, value -> {
        for (Class<?> type : MODEL_TYPES) {
          if (type.isInstance(value)) {
            expected.merge(type, 1, Integer::sum);
          }
        }
      });
      assertEquals(expected, seen, "meeting " + i);
    }
  }

  private static <T> Rule<T> counting(Class<T> type, Map<Class<?>, Integer> seen) {
    return Rule.of(type, "house.count-" + type.getSimpleName().toLowerCase(java.util.Locale.ROOT), Severity.INFO,
        "Counts the values of " + type.getSimpleName() + ".", (value, context) -> seen.merge(type, 1, Integer::sum));
  }
}
