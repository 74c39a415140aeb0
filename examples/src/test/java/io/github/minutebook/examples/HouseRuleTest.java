package io.github.minutebook.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Money;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.Severity;
import io.github.minutebook.validation.ValidationReport;
import io.github.minutebook.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HouseRuleTest {
  private static final Meeting BROMLEY = HouseRule.read(ReadAndValidateTest.BROMLEY);
  private static final String JADU_VALUE = "agendaItems[12].resolutions[0].parts[1].contractAwards[0].values[0]";
  private static final String UNDATED_AMOUNT = "agendaItems[13].resolutions[0].parts[0].fundingAllocations[0].amount";

  @Test
  void printsTheReportsOfTheMeetingAsMinutedAndOfTheChangedCopy() throws Exception {
    String out = Output.of(o -> HouseRule.run(BROMLEY, o));

    assertEquals(String.join("\n",
        "House validator: 77 rules (76 of the thorough profile, 1 dropped, 2 house rules)",
        "",
        "As minuted: 1 violation",
        "  WARNING bromley.large-allocation-undated",
        "          at agendaItems[13].resolutions[0].parts[0].fundingAllocations[0].amount",
        "          GBP 136000.00 for stabilisation of the Betts Park Canal bank does not say when it is spent",
        "VALID: 0 errors, 1 warning, 0 notes",
        "",
        "Minute 81 changed: 3 violations",
        "  ERROR   funding.capital-without-source",
        "          at agendaItems[12].resolutions[0].parts[0].fundingAllocations[0].fundingSources",
        "          The capital allocation does not say how it is funded",
        "  ERROR   bromley.large-award-not-key",
        "          at " + JADU_VALUE,
        "          An award of GBP 750000.00 is not marked as a key decision",
        "  WARNING bromley.large-allocation-undated",
        "          at agendaItems[13].resolutions[0].parts[0].fundingAllocations[0].amount",
        "          GBP 136000.00 for stabilisation of the Betts Park Canal bank does not say when it is spent",
        "INVALID: 2 errors, 1 warning, 0 notes",
        ""), out);
  }

  @Test
  void theDroppedRuleNoLongerReportsWhatTheDefaultsDo() {
    Meeting linkedRelatively = BROMLEY.withDocuments(io.github.minutebook.reference.Document.builder()
        .kind(io.github.minutebook.reference.DocumentKind.MINUTES).title("Printed minutes")
        .address("documents/g5432/Printed%20minutes.pdf").build());
    assertEquals(1, MeetingValidator.thorough().validate(linkedRelatively).withCode("reference.malformed-address").size());
    assertEquals(List.of(), HouseRule.BROMLEY.validate(linkedRelatively).withCode("reference.malformed-address"));
  }

  @Test
  void theChangedCopyChangesOnlyMinute81AndLeavesTheOriginalAlone() {
    Meeting original = HouseRule.read(ReadAndValidateTest.BROMLEY);
    Meeting broken = HouseRule.breakMinute81(BROMLEY);

    assertEquals(original, BROMLEY);
    assertNotEquals(BROMLEY, broken);
    for (int i = 0; i < BROMLEY.agendaItems().size(); i++) {
      boolean minute81 = BROMLEY.agendaItems().get(i).minuteNumber().filter("81"::equals).isPresent();
      assertEquals(!minute81, BROMLEY.agendaItems().get(i).equals(broken.agendaItems().get(i)), "item " + i);
    }
    assertEquals(BROMLEY.withAgendaItems(List.of()), broken.withAgendaItems(List.of()));
  }

  @Test
  void aKeyDecisionMayAwardMoreThan500000() {
    Meeting broken = HouseRule.breakMinute81(BROMLEY);
    int at = HouseRule.indexOfMinute(broken, "81");
    Meeting key = broken.withAgendaItems(HouseRule.replace(broken.agendaItems(), at,
        item -> item.withResolutions(HouseRule.replace(item.resolutions(), 0, r -> r.withKeyDecision(true)))));

    assertEquals(1, HouseRule.BROMLEY.validate(broken).withCode("bromley.large-award-not-key").size());
    assertEquals(List.of(), HouseRule.BROMLEY.validate(key).withCode("bromley.large-award-not-key"));
  }

  @Test
  void exactly500000PassesAndOnlyPoundsAreCompared() {
    assertEquals(List.of(), codesFor(awardOf(Money.of("500000", "GBP"))));
    assertEquals(List.of("bromley.large-award-not-key"), codesFor(awardOf(Money.of("500000.01", "GBP"))));
    // A threshold in pounds says nothing about a sum in euros; and no exception is thrown.
    assertEquals(List.of(), codesFor(awardOf(Money.of("750000", "EUR"))));
    assertEquals(List.of(), HouseRule.BROMLEY.validate(awardOf(Money.of("750000", "EUR"))).withCode("validation.rule-failed"));
  }

  @Test
  void allocationsOf100000OrMoreInPoundsMustSayWhenAndOthersAreLeftAlone() {
    assertEquals(List.of("bromley.large-allocation-undated"), allocationCodes(allocationOf(Money.of("100000", "GBP"))));
    assertEquals(List.of(), allocationCodes(allocationOf(Money.of("99999.99", "GBP"))));
    // €250,000 is not "£100,000 or more" in this rule's terms: not compared, not reported, and the rule does not fail
    Meeting euros = allocationOf(Money.of("250000", "EUR"));
    assertEquals(List.of(), allocationCodes(euros));
    assertEquals(List.of(), HouseRule.BROMLEY.validate(euros).withCode("validation.rule-failed"));
  }

  @Test
  void capitalWithoutSourceIsAnErrorForTheCouncilAndAWarningByDefault() {
    Meeting broken = HouseRule.breakMinute81(BROMLEY);
    assertEquals(Severity.ERROR, only(HouseRule.BROMLEY.validate(broken), "funding.capital-without-source").severity());
    assertEquals(Severity.WARNING,
        only(MeetingValidator.defaults().validate(broken), "funding.capital-without-source").severity());
  }

  @Test
  void aMistypedRuleCodeFailsWhenTheValidatorIsBuilt() {
    assertThrows(IllegalArgumentException.class,
        () -> MeetingValidator.builder().addDefaultRules().removeRule("meeting.declarent-not-in-attendance"));
    assertThrows(IllegalArgumentException.class,
        () -> MeetingValidator.builder().addDefaultRules().severity("funding.capital-without-sources", Severity.ERROR));
  }

  @Test
  void theSeedHasNoMinute99() {
    assertThrows(IllegalArgumentException.class, () -> HouseRule.indexOfMinute(BROMLEY, "99"));
    assertFalse(HouseRule.BROMLEY.validate(HouseRule.breakMinute81(BROMLEY)).isValid());
    assertTrue(HouseRule.BROMLEY.validate(BROMLEY).isValid());
  }

  /** Bromley with the Jadu contract's value changed to {@code value}. */
  private static Meeting awardOf(Money value) {
    int at = HouseRule.indexOfMinute(BROMLEY, "81");
    return BROMLEY.withAgendaItems(HouseRule.replace(BROMLEY.agendaItems(), at,
        item -> item.withResolutions(HouseRule.replace(item.resolutions(), 0,
            r -> r.withParts(HouseRule.replace(r.parts(), 1,
                p -> p.withContractAwards(HouseRule.replace(p.contractAwards(), 0,
                    award -> award.withValues(award.values().get(0).withMoney(value))))))))));
  }

  /** Bromley with the undated allocation of minute 82 (the Betts Park canal bank) changed to {@code value}. */
  private static Meeting allocationOf(Money value) {
    int at = HouseRule.indexOfMinute(BROMLEY, "82");
    return BROMLEY.withAgendaItems(HouseRule.replace(BROMLEY.agendaItems(), at,
        item -> item.withResolutions(HouseRule.replace(item.resolutions(), 0,
            r -> r.withParts(HouseRule.replace(r.parts(), 0,
                p -> p.withFundingAllocations(HouseRule.replace(p.fundingAllocations(), 0,
                    allocation -> allocation.withAmount(allocation.amount().orElseThrow().withMoney(value))))))))));
  }

  private static List<String> allocationCodes(Meeting meeting) {
    return HouseRule.BROMLEY.validate(meeting).violations().stream()
        .filter(v -> v.path().equals(UNDATED_AMOUNT))
        .map(Violation::code)
        .collect(Collectors.toList());
  }

  private static List<String> codesFor(Meeting meeting) {
    return HouseRule.BROMLEY.validate(meeting).violations().stream()
        .filter(v -> v.path().equals(JADU_VALUE))
        .map(Violation::code)
        .collect(Collectors.toList());
  }

  private static Violation only(ValidationReport report, String code) {
    List<Violation> found = report.withCode(code);
    assertEquals(1, found.size(), report.toString());
    return found.get(0);
  }
}
