package io.github.minutebook.validation;

import static io.github.minutebook.validation.ValidationFixtures.clean;
import static io.github.minutebook.validation.ValidationFixtures.resolution;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.meeting.Meeting;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@code resolution.part-numbering} reads the labels real minutes print: with their brackets and
 * stops, starting where the minutes start, in the style the first two labels show.
 */
class PartNumberingTest {
  private static final MeetingValidator VALIDATOR = MeetingValidator.defaults();

  /** The messages the rule gives for a resolution whose parts carry these labels (null: no label). */
  private static List<String> messages(String... labels) {
    List<ResolutionPart> parts = Arrays.stream(labels)
        .map(label -> ResolutionPart.builder().label(java.util.Optional.ofNullable(label))
            .text("the report be noted").effect(PartEffect.NOTE).build())
        .toList();
    Meeting m = resolution(clean(), r -> r.withParts(parts));
    return VALIDATOR.validate(m).withCode("resolution.part-numbering").stream().map(Violation::message).toList();
  }

  @Test
  void labelsAreReadWithoutTheirBracketsAndStops() {
    assertEquals(List.of(), messages("(a)", "b)", "C.", " d "));
    assertEquals(List.of(), messages("1.", "2.", "3:"));
  }

  @Test
  void aNumberingMayStartPastItsFirstLabel() {
    assertEquals(List.of(), messages("b)")); // Auckland: one clause of a longer recommendation, carried on its own
    assertEquals(List.of(), messages("4", "5", "6"));
  }

  @Test
  void aGapOrARepeatIsReportedWithTheLabelsTheMinutesUse() {
    assertEquals(List.of("Expected part (c) here, found (d)"), messages("(a)", "(b)", "(d)"));
    assertEquals(List.of("Label (2) is used twice"), messages("1", "2", "2."));
    assertEquals(List.of("Part 2 has no label while other parts are numbered"), messages("1", null, "3"));
  }

  @Test
  void aLetterThatIsAlsoANumeralTakesTheStyleOfTheLabelAfterIt() {
    assertEquals(List.of(), messages("v", "w", "x"));
    assertEquals(List.of(), messages("v", "vi", "vii"));
    assertEquals(List.of(), messages("i", "ii", "iii"));
    assertEquals(List.of(), messages("c", "d")); // letters, though both are numerals too: c then d is not 100 then 500
    assertEquals(List.of("Expected part (iii) here, found (iv)"), messages("i", "ii", "iv"));
  }

  @Test
  void aFirstLabelInNoStyleLeavesTheNumberingToTheMinutes() {
    assertEquals(List.of(), messages("Note", "1", "2"));
    assertEquals(List.of(), messages("*", "*"));
  }

  @Test
  void unlabelledParagraphsAdoptedAsTheyStandAreNotNumbered() {
    assertEquals(List.of(), messages(null, null, null));
  }
}
