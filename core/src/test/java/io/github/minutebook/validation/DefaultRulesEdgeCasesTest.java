package io.github.minutebook.validation;

import static io.github.minutebook.validation.ValidationFixtures.MEMBER;
import static io.github.minutebook.validation.ValidationFixtures.clean;
import static io.github.minutebook.validation.ValidationFixtures.decision;
import static io.github.minutebook.validation.ValidationFixtures.part;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.LinkRelation;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.ComponentRelation;
import io.github.minutebook.funding.FundingComponent;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The corners of the default rules that their main cases do not reach. */
class DefaultRulesEdgeCasesTest {
  private static final MeetingValidator VALIDATOR = MeetingValidator.defaults();

  private static List<String> paths(Meeting m, String code) {
    return VALIDATOR.validate(m).withCode(code).stream().map(Violation::path).toList();
  }

  @Test
  void aDeferredItemMayNotDecideInASubPartEither() {
    Meeting m = decision(part(clean(), 3, p -> p.withEffect(PartEffect.DEFER).withParts(
        ResolutionPart.builder().label("a").text("the scheme be approved").effect(PartEffect.APPROVE).build())),
        i -> i.withOutcome(ItemOutcome.DEFERRED).withResolutions(i.resolutions().get(0)
            .withParts(i.resolutions().get(0).parts().get(3).withLabel("1"))));
    assertEquals(List.of("agendaItems[1].resolutions[0].parts[0].parts[0].effect"),
        paths(m, "agenda.deferred-with-decision"));
  }

  @Test
  void aBodyKnownOnlyByItsIdentifierHasNoBlankNameButOneWithNeitherIsReported() {
    assertEquals(List.of(), paths(clean().withBody(Body.ofId("https://web1.karlsruhe.de/oparl/bodies/0001/organizations/gr/32130")),
        "party.blank-body-name"));
    assertEquals(List.of("body"), paths(clean().withBody(Body.builder().kind(BodyKind.COMMITTEE).build()),
        "party.blank-body-name"));
  }

  @Test
  void aFullYearEffectWithoutItsBasisIsReported() {
    Meeting m = ValidationFixtures.funding(clean(),
        a -> a.withFullYearEffect(a.fullYearEffect().orElseThrow().withBasis(java.util.Optional.empty())));
    List<Violation> found = VALIDATOR.validate(m).withCode("funding.full-year-effect-basis");
    assertEquals(1, found.size());
    assertEquals("The full-year effect does not give its basis, FULL_YEAR_EFFECT", found.get(0).message());
    assertEquals(true, found.get(0).path().endsWith("fundingAllocations[0].fullYearEffect.basis"), found.get(0).path());
  }

  @Test
  void rechargesAndComponentsInAnotherCurrencyAreNotComparedWithTheAllocation() {
    // GBP 176000.00 with a recharge and an included component far above it, but in euros
    Meeting m = ValidationFixtures.funding(clean(), a -> a
        .withRecharges(Recharge.of(Amount.of(Money.of("900000", "EUR")), Body.of("Better Care Fund", BodyKind.FUND)))
        .withComponents(FundingComponent.builder().description("contingency")
            .amount(Amount.of(Money.of("900000", "EUR"))).relation(ComponentRelation.INCLUDED).build()));
    ValidationReport report = VALIDATOR.validate(m);
    assertEquals(List.of(), report.withCode("funding.recharge-exceeds-amount"));
    assertEquals(List.of(), report.withCode("funding.components-exceed-amount"));
    assertEquals(List.of(), report.withCode("validation.rule-failed"));
    assertEquals(2, report.withCode("money.mixed-currencies").size(), report.toString());
  }

  @Test
  void anItemLinkingToItsOwnAgendaNumberLinksToItself() {
    Meeting m = decision(clean(), i -> i.withLinks(ItemLink.of("2", LinkRelation.RELATED)));
    assertEquals(List.of("agendaItems[1].links[0].target"), paths(m, "agenda.link-to-itself"));
  }

  @Test
  void everyChairAfterTheFirstIsReported() {
    Meeting m = clean().withAttendance(Stream.concat(clean().attendance().stream(), Stream.of(
        Attendance.of(Person.councillor("Dan Dale"), AttendanceRole.CHAIR),
        Attendance.of(Person.councillor("Eve Ellis"), AttendanceRole.CHAIR))).toList());
    List<Violation> found = VALIDATOR.validate(m).withCode("meeting.several-chairs");
    assertEquals(List.of("attendance[3]", "attendance[4]"), found.stream().map(Violation::path).toList());
    assertEquals("Councillor Eve Ellis is chair number 3 of the meeting", found.get(1).message());
  }

  @Test
  void keepsParametersInTheOrderTheRuleGaveThem() {
    Meeting m = clean().withAttendance(Stream.concat(clean().attendance().stream(),
        Stream.of(Attendance.of(MEMBER, AttendanceRole.ABSENT))).toList());
    Violation v = VALIDATOR.validate(m).withCode("meeting.present-and-absent").get(0);
    assertEquals(List.of("person", "role", "absence"), List.copyOf(v.parameters().keySet()));
  }

  @Test
  void reportsARuleThatFailsAnAssertion() {
    Rule<Meeting> asserting = Rule.of(Meeting.class, "house.asserting", Severity.INFO, "Fails an assertion.",
        (meeting, context) -> {
          throw new AssertionError("unexpected");
        });
    ValidationReport report = MeetingValidator.builder().addRule(asserting).build().validate(clean());
    assertEquals("Rule house.asserting failed with java.lang.AssertionError: unexpected",
        report.withCode("validation.rule-failed").get(0).message());
  }
}
