package io.github.minutebook.ocds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.validation.Validator;
import io.github.minutebook.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcdsChecksTest {
  private static final Validator<ContractAward> CHECKS = OcdsChecks.validator().forType(ContractAward.class);

  private static ContractAward.Builder award() {
    return ContractAward.builder().subject("Road sweeping").stage(ContractStage.AWARD)
        .estimatedValue(Money.of("200000", "GBP")).addValues(Amount.of(Money.of("190000", "GBP")))
        .tenderDeadline(LocalDate.of(2020, 4, 15)).awardDate(LocalDate.of(2020, 4, 20));
  }

  private static List<String> findings(ContractAward award) {
    return CHECKS.validate(award).violations().stream().filter(v -> v.code().startsWith("ocds."))
        .map(v -> v.code() + " at " + v.path()).toList();
  }

  @Test
  void aPlausibleAwardPasses() {
    assertEquals(List.of(), findings(award().build()));
  }

  @Test
  void anAwardAboveTheEstimateInTheSameCurrency() {
    assertEquals(List.of("ocds.award-above-estimate at values[1]"), findings(award()
        .addValues(Amount.of(Money.of("250000", "GBP")), Amount.of(Money.of("250000", "EUR"))).build()));
  }

  @Test
  void aMinimumAboveTheEstimate() {
    assertEquals(List.of("ocds.minimum-above-estimate at estimatedMinValue"),
        findings(award().estimatedMinValue(Money.of("4000000", "GBP")).build()));
  }

  @Test
  void anAwardBeforeTendersClosed() {
    assertEquals(List.of("ocds.awarded-before-deadline at awardDate"),
        findings(award().awardDate(LocalDate.of(2020, 4, 14)).build()));
    assertEquals(List.of(), findings(award().awardDate(LocalDate.of(2020, 4, 15)).build()), "the same day is fine");
  }

  @Test
  void valuesTooSmallToBeAContracts() {
    ContractAward slips = award().values(List.of(Amount.of(Money.of("0.10", "GBP")), Amount.of(Money.of("3", "GBP"))))
        .estimatedMinValue(Money.of("1", "GBP")).build();
    assertEquals(List.of("ocds.implausible-value at values[0]", "ocds.implausible-value at values[1]",
        "ocds.implausible-value at estimatedMinValue"), findings(slips));
  }

  @Test
  void theChecksAreWarningsAddedToTheDefaults() {
    assertEquals(4, OcdsChecks.rules().size());
    for (Violation v : OcdsChecks.validator().forType(ContractAward.class)
        .validate(award().awardDate(LocalDate.of(2020, 1, 1)).build()).violations()) {
      if (!v.code().startsWith("ocds.")) {
        continue; // a default rule's (this award names no supplier)
      }
      assertEquals(io.github.minutebook.validation.Severity.WARNING, v.severity());
    }
  }
}
