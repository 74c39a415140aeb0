package io.github.minutebook.procurement;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A criterion tenders are evaluated on, with its weight in percent: "a 60% price/ 40% quality
 * split" is two criteria. The validators check that weights add up to 100.
 */
@Value.Immutable
public abstract class EvaluationCriterion implements WithEvaluationCriterion {
  EvaluationCriterion() {}

  /** The criterion's name: "price", "quality", "social value". */
  @Value.Parameter
  public abstract String name();

  /** Its weight in percent: 60 for "60% price". */
  @Value.Parameter
  public abstract BigDecimal weightPercent();

  /** A criterion with a whole-number weight in percent. */
  public static EvaluationCriterion of(String name, int weightPercent) {
    return ImmutableEvaluationCriterion.of(name, BigDecimal.valueOf(weightPercent));
  }

  /** A criterion with a decimal weight in percent. */
  public static EvaluationCriterion of(String name, BigDecimal weightPercent) {
    return ImmutableEvaluationCriterion.of(name, weightPercent);
  }

  /** A negative scale ({@code 1E+2}) becomes scale 0 ({@code 100}), so that equal weights are equal. */
  @Value.Check
  EvaluationCriterion normalise() {
    BigDecimal weight = weightPercent();
    if (weight.scale() < 0 && (long) weight.precision() - weight.scale() <= 100) {
      return ImmutableEvaluationCriterion.of(name(), weight.setScale(0));
    }
    return this;
  }
}
