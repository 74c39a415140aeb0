package io.github.minutebook.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.testing.RandomMeetings;
import io.github.minutebook.testing.RandomMeetings.Shape;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A validator that lists at most so many violations lists the first ones of the full report, in
 * document order, and counts every other one by code, whatever order the rules report them in.
 */
class MaxViolationsTest {
  private static final MeetingValidator ALL = MeetingValidator.thorough();

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 5, 40})
  void listsTheFirstOfTheFullReportAndCountsTheRestByCode(int max) {
    MeetingValidator limited = ALL.toBuilder().maxViolations(max).build();
    int compared = 0;
    for (Meeting meeting : RandomMeetings.stream(max * 7919L, Shape.ANY, 300).toList()) {
      ValidationReport full = ALL.validate(meeting);
      ValidationReport report = limited.validate(meeting);

      List<Violation> all = full.violations();
      int listed = Math.min(max, all.size());
      assertEquals(all.subList(0, listed), report.violations());
      assertEquals(countByCode(all.subList(listed, all.size())), report.leftOut());
      assertEquals(all.size(), report.total());
      assertEquals(full.isValid(), report.isValid());
      compared += all.size() > max ? 1 : 0;
    }
    assertTrue(compared > 30, "enough meetings had more violations than are listed: " + compared);
  }

  @Test
  void aRuleReportingBelowItsValueIsStillListedWhereItStands() {
    // a house rule on the meeting reports at every item before the walk reaches any: with the
    // default rules reporting at the items themselves, the list is sorted before it is cut
    Rule<Meeting> everyItem = Rule.of(Meeting.class, "house.every-item", Severity.WARNING,
        "Reports at every item.", (meeting, context) -> IntStream.range(0, meeting.agendaItems().size())
            .forEach(i -> context.report("agendaItems[" + i + "].title", "Item {i}", "i", i)));
    Rule<AgendaItem> everyTitle = Rule.of(AgendaItem.class, "house.every-title", Severity.ERROR,
        "Reports at every item's title.", (item, context) -> context.report("title", "Title"));
    Meeting meeting = ValidationFixtures.clean();
    Meeting many = meeting.withAgendaItems(IntStream.range(0, 500)
        .mapToObj(i -> meeting.agendaItems().get(0).withMinuteNumber("M" + i)).toList());
    MeetingValidator full = MeetingValidator.builder().addRule(everyItem).addRule(everyTitle).build();
    MeetingValidator limited = full.toBuilder().maxViolations(3).build();

    ValidationReport report = limited.validate(many);

    assertEquals(full.validate(many).violations().subList(0, 3), report.violations());
    assertEquals(List.of("agendaItems[0].title", "agendaItems[0].title", "agendaItems[1].title"),
        report.violations().stream().map(Violation::path).toList());
    assertEquals(List.of("house.every-item", "house.every-title", "house.every-item"),
        report.violations().stream().map(Violation::code).toList());
    assertEquals(List.of(new ValidationReport.LeftOut("house.every-item", Severity.WARNING, 498),
        new ValidationReport.LeftOut("house.every-title", Severity.ERROR, 499)), report.leftOut());
    assertFalse(report.isValid());
  }

  @Test
  void anErrorLeftOutMakesTheValueInvalid() {
    Rule<AgendaItem> warn = Rule.of(AgendaItem.class, "house.warn", Severity.WARNING, "Warns.",
        (item, context) -> context.report("", "Warning"));
    Rule<AgendaItem> error = Rule.of(AgendaItem.class, "house.error", Severity.ERROR, "Errs.",
        (item, context) -> context.report("", "Error"));
    MeetingValidator validator = MeetingValidator.builder().addRule(warn).addRule(error).maxViolations(1).build();

    ValidationReport report = validator.validate(ValidationFixtures.clean());

    assertEquals(List.of("house.warn"), report.violations().stream().map(Violation::code).toList());
    assertFalse(report.isValid(), "the errors not listed still count");
    assertTrue(report.toString().startsWith("invalid: "), report.toString());
  }

  @Test
  void aLimitKeepsEverythingElseOfTheValidator() {
    MeetingValidator limited = MeetingValidator.defaults().toBuilder()
        .severity("agenda.blank-title", Severity.INFO).maxViolations(10).build();

    assertEquals(MeetingValidator.defaults().rules(), limited.rules());
    assertEquals(10, limited.maxViolations());
    assertEquals(Integer.MAX_VALUE, MeetingValidator.defaults().maxViolations());
    assertThrows(IllegalArgumentException.class, () -> MeetingValidator.builder().maxViolations(-1));
  }

  private static List<ValidationReport.LeftOut> countByCode(List<Violation> violations) {
    Map<String, ValidationReport.LeftOut> byCode = new TreeMap<>();
    for (Violation v : violations) {
      byCode.merge(v.code(), new ValidationReport.LeftOut(v.code(), v.severity(), 1),
          (a, b) -> new ValidationReport.LeftOut(a.code(), a.severity(), a.count() + b.count()));
    }
    return List.copyOf(byCode.values());
  }
}
