package io.github.minutebook.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.LinkRelation;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.condition.ConditionKind;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.EvaluationCriterion;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule does work linear in its input: for documents shaped to stress the rules (many parts
 * and conditions, many labels, people, items, duplicates, votes), validating ten times the input
 * costs about ten times the work, not a hundred. Work is counted, not timed: the bytes the
 * validating thread allocates (iterators, sets, strings, violations), which a rule that walks the
 * parts again for each condition multiplies. The report's size is checked the same way.
 */
class RuleScalingTest {
  private static final int N = 2_000;

  /** Ten times the input may cost at most this many times the work: linear with room for noise, far below 100. */
  private static final double MAX_RATIO = 25;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("conditional parts, each depending on the others' labels", "resolution.condition-unknown-part", (IntFunction<Meeting>) RuleScalingTest::conditionalParts),
        Arguments.of("unlabelled and mislabelled parts", "resolution.part-numbering", (IntFunction<Meeting>) RuleScalingTest::mislabelledParts),
        Arguments.of("items with one repeated minute number", "meeting.duplicate-minute-number", (IntFunction<Meeting>) RuleScalingTest::repeatedNumbers),
        Arguments.of("items linking to each other", "agenda.link-unknown-item", (IntFunction<Meeting>) RuleScalingTest::links),
        Arguments.of("people present, absent and declaring", "meeting.present-and-absent", (IntFunction<Meeting>) RuleScalingTest::people),
        Arguments.of("a recorded vote naming everyone, some twice", "vote.named-on-both-sides", (IntFunction<Meeting>) RuleScalingTest::namedVotes),
        Arguments.of("evaluation criteria", "contract.negative-weight", (IntFunction<Meeting>) RuleScalingTest::criteria));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void tenTimesTheInputCostsAboutTenTimesTheWork(String shape, String stressed, IntFunction<Meeting> document) {
    MeetingValidator validator = MeetingValidator.thorough();
    Meeting small = document.apply(N);
    Meeting large = document.apply(10 * N);
    assertTrue(!validator.validate(small).withCode(stressed).isEmpty(), shape + " reaches " + stressed);
    for (int i = 0; i < 3; i++) { // warm up, so that the counted runs allocate what steady code allocates
      validator.validate(small);
    }
    long smallWork = allocatedBy(() -> validator.validate(small));
    long largeWork = allocatedBy(() -> validator.validate(large));
    double ratio = (double) largeWork / smallWork;
    assertTrue(ratio < MAX_RATIO, shape + ": " + smallWork + " bytes allocated at n = " + N + ", " + largeWork
        + " at 10n, a ratio of " + ratio);

    int smallReport = validator.validate(small).violations().stream().mapToInt(v -> v.toString().length()).sum();
    int largeReport = validator.validate(large).violations().stream().mapToInt(v -> v.toString().length()).sum();
    assertTrue(largeReport <= MAX_RATIO * Math.max(smallReport, 1), shape + ": a report of " + smallReport
        + " characters at n, " + largeReport + " at 10n");
  }

  private static long allocatedBy(Runnable run) {
    long id = Thread.currentThread().getId();
    long before = THREADS.getThreadAllocatedBytes(id);
    run.run();
    return THREADS.getThreadAllocatedBytes(id) - before;
  }

  // --- the shapes ---

  private static Meeting withParts(List<ResolutionPart> parts) {
    return ValidationFixtures.resolution(ValidationFixtures.clean(), r -> r.withParts(parts));
  }

  static Meeting conditionalParts(int n) {
    List<ResolutionPart> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(ResolutionPart.builder().label(Integer.toString(i + 1)).text("part " + i).effect(PartEffect.APPROVE)
          .addConditions(Condition.builder().text("subject to " + (i + 2)).kind(ConditionKind.SUBJECT_TO_APPROVAL)
              .addDependsOnParts(Integer.toString(i + 2), Integer.toString(i + 1), "missing " + i).build())
          .build());
    }
    return withParts(parts);
  }

  static Meeting mislabelledParts(int n) {
    List<ResolutionPart> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ResolutionPart.Builder part = ResolutionPart.builder().text("part " + i).effect(PartEffect.NOTE);
      if (i % 3 != 0) {
        part.label("(" + (char) ('a' + i % 26) + ")");
      }
      parts.add(part.build());
    }
    return withParts(parts);
  }

  static Meeting repeatedNumbers(int n) {
    Meeting m = ValidationFixtures.clean();
    List<AgendaItem> items = new ArrayList<>(m.agendaItems());
    for (int i = 0; i < n; i++) {
      items.add(AgendaItem.builder().minuteNumber(i % 2 == 0 ? "7" : Integer.toString(100 + i)).title("item " + i).build());
    }
    return m.withAgendaItems(items);
  }

  static Meeting links(int n) {
    Meeting m = ValidationFixtures.clean();
    List<AgendaItem> items = new ArrayList<>(m.agendaItems());
    for (int i = 0; i < n; i++) {
      items.add(AgendaItem.builder().id("i" + i).minuteNumber(Integer.toString(100 + i)).title("item " + i)
          .addLinks(ItemLink.of("i" + (n - 1 - i), LinkRelation.RELATED), ItemLink.of("nowhere" + i, LinkRelation.RELATED))
          .build());
    }
    return m.withAgendaItems(items);
  }

  static Meeting people(int n) {
    Meeting m = ValidationFixtures.clean();
    List<Attendance> attendance = new ArrayList<>(m.attendance());
    List<DeclarationOfInterest> declarations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Person person = Person.councillor("Member " + i);
      attendance.add(Attendance.of(person, i % 5 == 0 ? AttendanceRole.APOLOGIES : AttendanceRole.MEMBER_PRESENT));
      if (i % 7 == 0) {
        attendance.add(Attendance.of(person, AttendanceRole.MEMBER_PRESENT));
      }
      declarations.add(DeclarationOfInterest.builder().person(Person.councillor("Declarant " + i)).addItems("2", "x" + i)
          .build());
    }
    return m.withAttendance(attendance).withDeclarations(declarations);
  }

  static Meeting namedVotes(int n) {
    Meeting m = people(n);
    Vote.Builder vote = Vote.builder().putCount(VoteOption.YES, n / 3).putCount(VoteOption.NO, n / 2)
        .result(VoteResult.CARRIED).unanimous(true);
    for (int i = 0; i < n; i++) {
      vote.addNamedVotes(NamedVote.builder().voter(Person.councillor("Member " + i))
          .option(i % 2 == 0 ? VoteOption.YES : VoteOption.NO).build());
      if (i % 11 == 0) {
        vote.addNamedVotes(NamedVote.builder().voter(Person.councillor("Member " + i)).option(VoteOption.NO).build());
      }
    }
    Vote built = vote.build();
    return ValidationFixtures.resolution(m, r -> r.withVote(built));
  }

  static Meeting criteria(int n) {
    List<EvaluationCriterion> criteria = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      criteria.add(EvaluationCriterion.of("criterion " + i, BigDecimal.valueOf(i % 3 == 0 ? -1 : 1)));
    }
    return ValidationFixtures.contract(ValidationFixtures.clean(), c -> c.withEvaluationCriteria(criteria));
  }
}
