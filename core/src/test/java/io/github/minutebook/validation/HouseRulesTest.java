package io.github.minutebook.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.Identified;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.procurement.ContractAward;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** How a council composes its own validator: house rules, dropped rules, changed severities. */
class HouseRulesTest {
  /** A council's house rule: contract awards over £500,000 must be key decisions. */
  static final Rule<ContractAward> LARGE_AWARDS_ARE_KEY_DECISIONS = Rule.of(ContractAward.class,
      "bromley.large-award-not-key", Severity.ERROR,
      "Contract awards over £500,000 must be key decisions.",
      (award, context) -> {
        Money threshold = Money.of("500000", "GBP");
        // isGreaterThan throws for another currency: a threshold in pounds says nothing about euros
        boolean key = context.nearest(Resolution.class).flatMap(Resolution::keyDecision).orElse(false);
        for (int i = 0; i < award.values().size(); i++) {
          Money value = award.values().get(i).money();
          if (value.isSameCurrency(threshold) && value.isGreaterThan(threshold) && !key) {
            context.report("values[" + i + "]", "An award of {value} is not marked as a key decision", "value", value);
          }
        }
      });

  private static final MeetingValidator BROMLEY = MeetingValidator.builder()
      .addDefaultRules()
      .addRule(LARGE_AWARDS_ARE_KEY_DECISIONS)
      .build();

  private static Meeting awardOf(String value, boolean key) {
    Meeting m = ValidationFixtures.contract(ValidationFixtures.clean(),
        c -> c.withValues(Amount.of(ValidationFixtures.gbp(value))));
    return ValidationFixtures.resolution(m, r -> r.withKeyDecision(key));
  }

  @Test
  void aLargeAwardThatIsAKeyDecisionPasses() {
    assertTrue(BROMLEY.validate(awardOf("750000", true)).isValid());
  }

  @Test
  void anAwardOfExactlyTheThresholdNeedNotBeKey() {
    assertTrue(BROMLEY.validate(awardOf("500000", false)).isValid());
  }

  @Test
  void aLargeAwardThatIsNotAKeyDecisionFails() {
    ValidationReport report = BROMLEY.validate(awardOf("750000", false));
    Violation v = report.withCode("bromley.large-award-not-key").get(0);
    assertEquals("agendaItems[1].resolutions[0].parts[1].contractAwards[0].values[0]", v.path());
    assertEquals("An award of GBP 750000.00 is not marked as a key decision", v.message());
    assertEquals(Severity.ERROR, v.severity());
  }

  @Test
  void anAwardInAnotherCurrencyIsNotMeasuredInPounds() {
    Meeting euros = ValidationFixtures.contract(ValidationFixtures.clean(),
        c -> c.withValues(Amount.of(Money.of("750000", "EUR"))));
    ValidationReport report = BROMLEY.validate(ValidationFixtures.resolution(euros, r -> r.withKeyDecision(false)));
    assertTrue(report.withCode("bromley.large-award-not-key").isEmpty());
    assertTrue(report.withCode("validation.rule-failed").isEmpty(), "the rule did not throw: " + report);
  }

  @Test
  void theDefaultValidatorKnowsNothingOfHouseRules() {
    assertTrue(MeetingValidator.defaults().validate(awardOf("750000", false)).isValid());
  }

  @Test
  void dropsADefaultRule() {
    Meeting early = ValidationFixtures.clean().withEndTime(LocalTime.of(18, 0));
    MeetingValidator lenient = MeetingValidator.builder().addDefaultRules()
        .removeRule("meeting.end-before-start").build();
    assertTrue(lenient.validate(early).isValid());
    assertEquals(MeetingValidator.defaults().rules().size() - 1, lenient.rules().size());
  }

  @Test
  void changesASeverity() {
    Meeting noRationale = ValidationFixtures.contract(ValidationFixtures.clean(),
        c -> c.withMethodRationale(java.util.Optional.empty()));
    assertTrue(MeetingValidator.defaults().validate(noRationale).isValid());
    MeetingValidator strict = MeetingValidator.builder().addDefaultRules()
        .severity("contract.direct-award-without-rationale", Severity.ERROR).build();
    ValidationReport report = strict.validate(noRationale);
    assertEquals(Severity.ERROR, report.withCode("contract.direct-award-without-rationale").get(0).severity());
  }

  @Test
  void refusesToRemoveOrReweighARuleItDoesNotHave() {
    MeetingValidator.Builder builder = MeetingValidator.builder().addDefaultRules();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.removeRule("meeting.end-befor-start"));
    assertEquals("no rule with code meeting.end-befor-start to remove", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.severity("no.such-rule", Severity.INFO));
  }

  @Test
  void refusesMalformedCodesAndTypesItNeverVisits() {
    assertThrows(IllegalArgumentException.class,
        () -> Rule.of(ContractAward.class, "Bad Code", Severity.ERROR, "x.", (a, c) -> {}));
    Rule<String> strings = Rule.of(String.class, "house.strings", Severity.ERROR, "x.", (a, c) -> {});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MeetingValidator.builder().addRule(strings));
    assertEquals("rule house.strings targets java.lang.String, which the validator never visits", e.getMessage());
  }

  @Test
  void aRuleForASupertypeChecksEveryValueOfTheTypesBelowIt() {
    // a council that links every decision to its tracker wants every record to carry an identifier
    Rule<Identified> identified = Rule.of(Identified.class, "house.record-without-id", Severity.WARNING,
        "Every record has an identifier.", (record, context) -> {
          if (record.id().isEmpty()) {
            context.report("id", "The record has no identifier");
          }
        });
    Meeting m = ValidationFixtures.clean();
    Meeting unnamed = ValidationFixtures.item(m.withId(java.util.Optional.empty()), 1, i -> i.withId(java.util.Optional.empty()));
    ValidationReport report = MeetingValidator.builder().addRule(identified).build().validate(unnamed);
    java.util.List<String> paths = report.withCode("house.record-without-id").stream().map(Violation::path).toList();
    assertTrue(paths.contains("id"), paths.toString());
    assertTrue(paths.contains("agendaItems[1].id"), paths.toString());
    assertTrue(paths.stream().noneMatch(p -> p.contains("attendance")), "people are not records: " + paths);
    assertEquals(paths.size(), report.violations().size());
  }

  @Test
  void reportsARuleThatThrowsAndGoesOn() {
    Rule<ContractAward> broken = Rule.of(ContractAward.class, "house.broken", Severity.WARNING,
        "Always fails.", (a, c) -> {
          throw new IllegalStateException("boom");
        });
    MeetingValidator validator = MeetingValidator.builder().addRule(broken).addDefaultRules().build();
    ValidationReport report = validator.validate(ValidationFixtures.clean().withEndTime(LocalTime.of(18, 0)));
    Violation failed = report.withCode("validation.rule-failed").get(0);
    assertEquals("Rule house.broken failed with java.lang.IllegalStateException: boom", failed.message());
    assertEquals(1, report.withCode("meeting.end-before-start").size(), "the other rules still ran");
  }

  @Test
  void validatesAValueOtherThanAMeeting() {
    Validator<ContractAward> awards = BROMLEY.forType(ContractAward.class);
    ContractAward award = ValidationFixtures.contract().withValues(Amount.of(ValidationFixtures.gbp("-1")));
    ValidationReport report = awards.validate(award);
    assertEquals("values[0]", report.withCode("contract.negative-value").get(0).path());
    assertTrue(report.withCode("bromley.large-award-not-key").isEmpty());
  }
}
