package io.github.minutebook.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.testing.RandomMeetings;
import io.github.minutebook.testing.RandomMeetings.Shape;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The promises validation makes, checked on generated meetings: it never throws, never fails a
 * rule, gives the same report every time and on every thread, and never changes the meeting.
 */
class ValidationGuaranteesTest {
  private static final MeetingValidator VALIDATOR = MeetingValidator.defaults();
  private static final int MEETINGS = 10_000;

  @Test
  void validatesTenThousandGeneratedMeetingsWithoutThrowingOrFailingARule() {
    AtomicInteger validated = new AtomicInteger();
    Map<String, Integer> codes = new TreeMap<>();
    RandomMeetings.stream(20261122L, Shape.ANY, MEETINGS).forEach(meeting -> {
      int hash = meeting.hashCode();
      ValidationReport report = VALIDATOR.validate(meeting);
      assertNotNull(report);
      assertTrue(report.withCode("validation.rule-failed").isEmpty(), report::toString);
      assertEquals(hash, meeting.hashCode(), "validation changed the meeting");
      report.violations().forEach(v -> codes.merge(v.code(), 1, Integer::sum));
      validated.incrementAndGet();
    });
    assertEquals(MEETINGS, validated.get());
    System.out.printf("validated %d generated meetings; violations by code: %s%n", validated.get(), codes);
    // nonsense data must exercise most rules, or the generator is too tame to prove anything
    assertTrue(codes.size() >= 50, () -> "only " + codes.size() + " rules fired: " + codes.keySet());
  }

  @Test
  void givesTheSameReportForTheSameMeeting() {
    RandomMeetings.stream(7L, Shape.ANY, 200).forEach(meeting ->
        assertEquals(VALIDATOR.validate(meeting), VALIDATOR.validate(meeting)));
  }

  @Test
  void givesTheSameReportsOnManyThreads() {
    List<Meeting> meetings = RandomMeetings.stream(11L, Shape.ANY, 400).toList();
    List<ValidationReport> sequential = meetings.stream().map(VALIDATOR::validate).toList();
    List<ValidationReport> parallel = meetings.parallelStream().map(VALIDATOR::validate).toList();
    assertEquals(sequential, parallel);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, which would otherwise stall the build; not a measure of speed
  void terminatesOnNestingFarDeeperThanItDescends() {
    Meeting deep = ValidationFixtures.clean().withAgendaItems(AgendaItem.builder().title("deep")
        .addNarrative(RandomMeetings.deepParagraph(5_000)).build());
    ValidationReport report = VALIDATOR.validate(deep);
    List<Violation> tooDeep = report.withCode("validation.too-deep");
    assertEquals(1, tooDeep.size(), report::toString);
    assertTrue(tooDeep.get(0).path().startsWith("agendaItems[0].narrative[0].points[0].points[0]"));
  }

  @Test
  void reportsANullMeetingInsteadOfThrowing() {
    ValidationReport report = VALIDATOR.validate(null);
    assertFalse(report.isValid());
    assertEquals("There is no Meeting to validate", report.violations().get(0).message());
  }

  @Test
  void listsViolationsInDocumentOrder() {
    Meeting m = ValidationFixtures.clean();
    Meeting broken = ValidationFixtures.item(ValidationFixtures.item(m, 2, i -> i.withTitle("")), 0, i -> i.withTitle(""))
        .withEndTime(java.time.LocalTime.of(18, 0));
    List<String> paths = VALIDATOR.validate(broken).violations().stream().map(Violation::path).toList();
    assertEquals(List.of("endTime", "agendaItems[0].title", "agendaItems[2].title"), paths);
  }

  @Test
  void listsWhatARuleReportsBelowItsValueWhereItStandsInTheDocument() {
    // the duplicate minute number is found by a rule on the meeting, before the walk reaches any
    // item; it is listed at the second item, between the first item's problem and the third's
    Meeting m = ValidationFixtures.clean();
    String firstNumber = m.agendaItems().get(0).minuteNumber().orElseThrow();
    Meeting broken = ValidationFixtures.item(ValidationFixtures.item(ValidationFixtures.item(m,
        0, i -> i.withTitle("")), 1, i -> i.withMinuteNumber(firstNumber)), 2, i -> i.withTitle(""));
    List<String> paths = VALIDATOR.validate(broken).violations().stream().map(Violation::path).toList();
    assertEquals(List.of("agendaItems[0].title", "agendaItems[1].minuteNumber", "agendaItems[2].title"), paths);
  }

  @Test
  void problemsAtOneValueKeepTheOrderTheyWereReportedInWhateverElseIsWrong() {
    // part (2) depends on part (9), which does not exist, and on itself: two problems at one
    // condition, reported in rule order; a repeated attendee elsewhere, reported below the
    // meeting before the walk reaches it, must not reorder them
    Meeting m = ValidationFixtures.part(ValidationFixtures.clean(), 1,
        p -> p.withConditions(p.conditions().get(0).withDependsOnParts("9", "2")));
    Meeting alsoRepeated = m.withAttendance(java.util.stream.Stream.concat(m.attendance().stream(),
        java.util.stream.Stream.of(m.attendance().get(1))).toList());
    List<String> alone = conditionCodes(VALIDATOR.validate(m));
    List<String> withOther = conditionCodes(VALIDATOR.validate(alsoRepeated));
    assertEquals(List.of("resolution.condition-unknown-part", "resolution.condition-on-own-part"), alone);
    assertEquals(alone, withOther);
    assertTrue(VALIDATOR.validate(alsoRepeated).violations().get(0).path().startsWith("attendance["),
        "the repeated attendee, at the meeting's attendance, comes before the agenda items' problems");
  }

  private static List<String> conditionCodes(ValidationReport report) {
    return report.violations().stream().filter(v -> v.path().contains("conditions[0]")).map(Violation::code).toList();
  }

  @Test
  void keepsValuesOutOfTheMessageTemplate() {
    Meeting broken = ValidationFixtures.clean().withEndTime(java.time.LocalTime.of(18, 0));
    Violation v = VALIDATOR.validate(broken).withCode("meeting.end-before-start").get(0);
    assertEquals("The meeting ends at {end}, before it starts at {start}", v.template());
    assertEquals(Map.of("end", "18:00", "start", "19:00"), v.parameters());
    assertEquals("The meeting ends at 18:00, before it starts at 19:00", v.message());
  }

  @Test
  void textInsideTheDataCannotBeMistakenForAPlaceholder() {
    Meeting broken = ValidationFixtures.clean().withDeclarations(
        ValidationFixtures.clean().declarations().get(0).withItems("{item}"));
    Violation v = VALIDATOR.validate(broken).withCode("meeting.declaration-unknown-item").get(0);
    assertEquals("The declaration names item {item}, which the meeting does not have", v.message());
  }

  @Test
  void everyRuleHasAWellFormedUniqueCodeAndADescription() {
    List<Rule<?>> rules = VALIDATOR.rules();
    assertTrue(rules.size() >= 30, "at least 30 rules");
    assertEquals(rules.size(), rules.stream().map(Rule::code).collect(Collectors.toSet()).size());
    rules.forEach(r -> assertTrue(r.description().endsWith("."), r.code()));
  }
}
