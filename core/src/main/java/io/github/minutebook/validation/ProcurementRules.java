package io.github.minutebook.validation;

import static io.github.minutebook.validation.Severity.ERROR;
import static io.github.minutebook.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.procurement.ProcurementMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules on contract decisions. */
final class ProcurementRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Stages at which a supplier has been chosen. */
  private static final Set<ContractStage> SUPPLIER_CHOSEN = Sets.immutableEnumSet(EnumSet.of(
      ContractStage.AWARD, ContractStage.DIRECT_AWARD, ContractStage.CALL_OFF, ContractStage.VARIATION,
      ContractStage.EXTENSION, ContractStage.USE_OF_EXISTING_CONTRACT));

  private ProcurementRules() {}

  /**
   * The start plus the duration, less a day; empty when either is missing or the duration is
   * negative (the negative-duration rule reports it). A duration that runs past the end of the
   * calendar ("P2147483647Y") ends on {@link LocalDate#MAX}: later than any stated date, rather
   * than a date nobody can check.
   */
  private static Optional<LocalDate> initialEnd(ContractTerm term) {
    if (term.start().isEmpty() || term.duration().isEmpty() || term.duration().get().isNegative()) {
      return Optional.empty();
    }
    try {
      return Optional.of(term.start().get().plus(term.duration().get()).minusDays(1));
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return Optional.of(LocalDate.MAX);
    }
  }

  /**
   * The exact sum of the weights: in a {@code long} while they are whole and the sum cannot wrap,
   * as it mostly is, and in a BigDecimal otherwise (weights adding up to 2^64 + 100 once wrapped to
   * exactly 100).
   */
  private static BigDecimal totalWeight(List<EvaluationCriterion> criteria) {
    long whole = 0;
    for (EvaluationCriterion criterion : criteria) {
      BigDecimal weight = criterion.weightPercent();
      long next = whole + weight.longValue();
      boolean wrapped = ((whole ^ next) & (weight.longValue() ^ next)) < 0;
      if (weight.scale() != 0 || weight.precision() > 15 || wrapped) {
        BigDecimal total = BigDecimal.ZERO;
        for (EvaluationCriterion c : criteria) {
          total = total.add(c.weightPercent());
        }
        return total;
      }
      whole = next;
    }
    return BigDecimal.valueOf(whole);
  }

  static List<Rule<?>> all() {
    return ImmutableList.of(
        Rule.of(ContractAward.class, "contract.weights-not-100", ERROR,
            "Evaluation weights add up to 100%.",
            (a, c) -> {
              if (a.evaluationCriteria().isEmpty()) {
                return;
              }
              BigDecimal total = totalWeight(a.evaluationCriteria());
              if (total.compareTo(HUNDRED) != 0) {
                c.report("evaluationCriteria", "Evaluation weights add up to {total}%, not 100%",
                    "total", total.stripTrailingZeros().toPlainString());
              }
            }),
        Rule.of(EvaluationCriterion.class, "contract.negative-weight", ERROR,
            "No evaluation weight is negative.",
            (e, c) -> {
              if (e.weightPercent().signum() < 0) {
                c.report("weightPercent", "Criterion {name} has a negative weight of {weight}%",
                    "name", e.name(), "weight", e.weightPercent().toPlainString());
              }
            }),
        Rule.of(ContractAward.class, "contract.negative-value", ERROR,
            "A contract's values are not negative.",
            (a, c) -> {
              for (int i = 0; i < a.values().size(); i++) {
                if (a.values().get(i).money().isNegative()) {
                  c.report("values[" + i + "]", "The contract value {value} is negative", "value", a.values().get(i).money());
                }
              }
            }),
        Rule.of(ContractTerm.class, "contract.term-ends-before-start", ERROR,
            "A contract's initial term ends after it starts.",
            (t, c) -> {
              if (t.start().isPresent() && t.end().isPresent() && t.end().get().isBefore(t.start().get())) {
                c.report("end", "The term ends on {end}, before it starts on {start}", "end", t.end().get(), "start", t.start().get());
              }
            }),
        Rule.of(ContractTerm.class, "contract.maximum-end-before-end", ERROR,
            "The latest end with extensions is not before the initial term's end.",
            (t, c) -> {
              if (t.maximumEnd().isEmpty()) {
                return;
              }
              Optional<LocalDate> initialEnd = t.end().or(() -> initialEnd(t));
              if (initialEnd.isPresent() && t.maximumEnd().get().isBefore(initialEnd.get())) {
                if (initialEnd.get().equals(LocalDate.MAX) && t.end().isEmpty()) {
                  c.report("maximumEnd", "The latest end {maximum} is before the initial term ends: {duration} from {start} "
                      + "runs past the end of the calendar", "maximum", t.maximumEnd().get(), "duration", t.duration().get(),
                      "start", t.start().get());
                } else {
                  c.report("maximumEnd", "The latest end {maximum} is before the initial term ends on {end}",
                      "maximum", t.maximumEnd().get(), "end", initialEnd.get());
                }
              }
            }),
        Rule.of(ContractTerm.class, "contract.negative-duration", ERROR,
            "Durations and extension options are not negative.",
            (t, c) -> {
              if (t.duration().map(d -> d.isNegative()).orElse(false)) {
                c.report("duration", "The duration {duration} is negative", "duration", t.duration().get());
              }
              for (int i = 0; i < t.extensionOptions().size(); i++) {
                if (t.extensionOptions().get(i).isNegative()) {
                  c.report("extensionOptions[" + i + "]", "The extension option {option} is negative", "option", t.extensionOptions().get(i));
                }
              }
            }),
        Rule.of(ContractAward.class, "contract.direct-award-without-rationale", WARNING,
            "A direct award or single tender gives the reason competition was not used.",
            (a, c) -> {
              boolean direct = a.stage() == ContractStage.DIRECT_AWARD
                  || a.procurementMethod().orElse(null) == ProcurementMethod.DIRECT;
              if (direct && a.methodRationale().isEmpty()) {
                c.report("methodRationale", "The contract is awarded without competition but no reason is given");
              }
            }),
        Rule.of(ContractAward.class, "contract.award-without-supplier", ERROR,
            "A decision that chooses a supplier names it or marks it withheld as exempt.",
            (a, c) -> {
              if (SUPPLIER_CHOSEN.contains(a.stage()) && a.suppliers().isEmpty() && !a.supplierWithheld()) {
                c.report("suppliers", "The award ({stage}) names no supplier and does not mark it withheld", "stage", a.stage());
              }
            }),
        Rule.of(ContractAward.class, "contract.supplier-named-and-withheld", WARNING,
            "A supplier withheld as exempt is not also named.",
            (a, c) -> {
              if (a.supplierWithheld() && !a.suppliers().isEmpty()) {
                c.report("supplierWithheld", "The supplier is marked withheld, yet the award names {count}", "count", a.suppliers().size());
              }
            }));
  }
}
