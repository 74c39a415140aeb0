package io.github.minutebook.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ContractTermTest {
  @Test
  void fiveYearsWithATwoYearOptionRunsSevenAtMost() {
    ContractTerm term = ContractTerm.builder()
        .duration(Period.ofYears(5))
        .addExtensionOption(Period.ofYears(2))
        .build();
    assertEquals(Period.ofYears(7), term.maximumDuration().orElseThrow());
  }

  @Test
  void oneYearPlusOnePlusOneIsThreeYearsAtMost() {
    ContractTerm term = ContractTerm.builder()
        .duration(Period.ofYears(1))
        .addExtensionOptions(Period.ofYears(1), Period.ofYears(1))
        .asWritten("a 1 year +1+1 contract")
        .build();
    assertEquals(2, term.extensionOptions().size());
    assertEquals(Period.ofYears(3), term.maximumDuration().orElseThrow());
  }

  @Test
  void monthsAddUpToYears() {
    ContractTerm term = ContractTerm.builder()
        .duration(Period.ofMonths(18)).addExtensionOption(Period.ofMonths(6)).build();
    assertEquals(Period.ofYears(2), term.maximumDuration().orElseThrow());
  }

  @Test
  void hasNoMaximumDurationWithoutADuration() {
    assertTrue(ContractTerm.builder().addExtensionOption(Period.ofYears(1)).build()
        .maximumDuration().isEmpty());
  }

  @Test
  void evaluationWeightsAreExactDecimals() {
    EvaluationCriterion price = EvaluationCriterion.of("price", 60);
    assertEquals(new BigDecimal("60"), price.weightPercent());
    assertEquals(new BigDecimal("33.3"),
        EvaluationCriterion.of("quality", new BigDecimal("33.3")).weightPercent());
  }
}
