package io.github.minutebook.validation;

import static io.github.minutebook.validation.Severity.ERROR;
import static io.github.minutebook.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.funding.ComponentRelation;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingComponent;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.funding.SpendType;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rules on funding allocations, amounts, financial years and periods. */
final class FundingRules {
  private FundingRules() {}

  static List<Rule<?>> all() {
    return ImmutableList.of(
        Rule.of(FundingAllocation.class, "funding.negative-amount", ERROR,
            "Amounts of an allocation, its full-year effect, components and recharges are not negative.",
            (f, c) -> {
              f.amount().ifPresent(a -> negative(a, "amount", c));
              f.fullYearEffect().ifPresent(a -> negative(a, "fullYearEffect", c));
              for (int i = 0; i < f.components().size(); i++) {
                negative(f.components().get(i).amount(), "components[" + i + "].amount", c);
              }
              for (int i = 0; i < f.recharges().size(); i++) {
                negative(f.recharges().get(i).amount(), "recharges[" + i + "].amount", c);
              }
            }),
        Rule.of(FundingAllocation.class, "funding.recharge-exceeds-amount", ERROR,
            "Recharges together are not above the allocation they come out of.",
            (f, c) -> {
              if (f.recharges().isEmpty() || f.amount().isEmpty()) {
                return;
              }
              Amount amount = f.amount().get();
              List<Amount> recharged = new ArrayList<>(f.recharges().size());
              for (Recharge recharge : f.recharges()) {
                recharged.add(recharge.amount());
              }
              Optional<Money> total = above(recharged, amount);
              if (total.isPresent()) {
                c.report("recharges", "Recharges of {recharged} exceed the allocation of {amount}",
                    "recharged", total.get(), "amount", amount.money());
              }
            }),
        Rule.of(FundingAllocation.class, "funding.components-exceed-amount", ERROR,
            "Components included in an allocation are together not above it.",
            (f, c) -> {
              if (f.components().isEmpty() || f.amount().isEmpty()) {
                return;
              }
              Amount amount = f.amount().get();
              List<Amount> included = new ArrayList<>(f.components().size());
              for (FundingComponent component : f.components()) {
                if (component.relation() == ComponentRelation.INCLUDED) {
                  included.add(component.amount());
                }
              }
              Optional<Money> total = above(included, amount);
              if (total.isPresent()) {
                c.report("components", "Included components of {components} exceed the allocation of {amount}",
                    "components", total.get(), "amount", amount.money());
              }
            }),
        Rule.of(FundingAllocation.class, "funding.sources-exceed-amount", ERROR,
            "The amounts of an allocation's funding sources together are not above the allocation, where each is stated "
                + "on the same terms (currency, basis, financial year and period).",
            (f, c) -> {
              if (f.fundingSources().isEmpty() || f.amount().isEmpty()) {
                return;
              }
              Amount amount = f.amount().get();
              List<Amount> sourced = new ArrayList<>(f.fundingSources().size());
              for (FundingSource source : f.fundingSources()) {
                if (source.amount().isPresent()) {
                  Amount a = source.amount().get();
                  if (!a.basis().equals(amount.basis()) || !a.financialYear().equals(amount.financialYear())
                      || !a.period().equals(amount.period())) {
                    return; // a source stated per year against a total, or for another year: not comparable
                  }
                  sourced.add(a);
                }
              }
              // sources whose amount is not stated add an unknown sum: those stated are a floor
              Optional<Money> total = above(sourced, amount);
              if (total.isPresent()) {
                c.report("fundingSources", "Funding sources of {sourced} exceed the allocation of {amount}",
                    "sourced", total.get(), "amount", amount.money());
              }
            }),
        Rule.of(FundingAllocation.class, "funding.full-year-effect-basis", WARNING,
            "A full-year effect has the basis FULL_YEAR_EFFECT, and the headline beside it is not itself a full-year effect.",
            (f, c) -> f.fullYearEffect().ifPresent(fye -> {
              if (fye.basis().isEmpty()) {
                c.report("fullYearEffect.basis", "The full-year effect does not give its basis, full-year-effect");
              } else if (fye.basis().get() != AmountBasis.FULL_YEAR_EFFECT) {
                c.report("fullYearEffect.basis", "The full-year effect has the basis {basis}, not full-year-effect", "basis", fye.basis().get());
              }
              if (f.amount().flatMap(Amount::basis).orElse(null) == AmountBasis.FULL_YEAR_EFFECT) {
                c.report("amount.basis", "The headline amount is itself a full-year effect beside another full-year effect");
              }
            })),
        Rule.of(FundingAllocation.class, "funding.capital-without-source", WARNING,
            "A capital allocation names how it is funded.",
            (f, c) -> {
              if (f.spendType().orElse(null) == SpendType.CAPITAL && f.fundingSources().isEmpty()) {
                c.report("fundingSources", "The capital allocation does not say how it is funded");
              }
            }),
        Rule.of(Amount.class, "funding.period-outside-financial-year", WARNING,
            "An amount's period falls within its financial year.",
            (a, c) -> {
              if (a.financialYear().isEmpty() || a.period().isEmpty()) {
                return;
              }
              FinancialYear year = a.financialYear().get();
              DateRange period = a.period().get();
              boolean outside = period.start().map(d -> !year.contains(d)).orElse(false)
                  || period.end().map(d -> !year.contains(d)).orElse(false);
              if (outside) {
                c.report("period", "The period {period} is not within the financial year {year}",
                    "period", period.start().map(Object::toString).orElse("…") + " to "
                        + period.end().map(Object::toString).orElse("…"), "year", year.label());
              }
            }),
        Rule.of(FinancialYear.class, "calendar.financial-year-not-consecutive", ERROR,
            "A financial year runs one year: \"2016/17\", not \"2016/18\".",
            (y, c) -> {
              if (!y.isConsecutive()) {
                c.report("", "Financial year {year} does not run for one year", "year", y.label());
              }
            }),
        Rule.of(DateRange.class, "calendar.period-ends-before-start", ERROR,
            "A period does not end before it starts.",
            (d, c) -> {
              if (d.start().isPresent() && d.end().isPresent() && d.end().get().isBefore(d.start().get())) {
                c.report("end", "The period ends on {end}, before it starts on {start}",
                    "end", d.end().get(), "start", d.start().get());
              }
            }));
  }

  private static void negative(Amount amount, String path, RuleContext c) {
    if (amount.money().isNegative()) {
      c.report(path, "The amount {amount} is negative", "amount", amount.money());
    }
  }

  /**
   * The sum of the parts where it is above the whole they come out of; empty when it is not, or
   * cannot be told (no parts, or a currency other than the whole's).
   */
  private static Optional<Money> above(List<Amount> parts, Amount whole) {
    return sum(parts, whole).filter(total -> total.isGreaterThan(whole.money()));
  }

  /** The sum of amounts in the allocation's currency; empty when there are none or currencies differ. */
  private static Optional<Money> sum(List<Amount> amounts, Amount of) {
    Money total = null;
    for (Amount amount : amounts) {
      Money money = amount.money();
      if (!money.isSameCurrency(of.money())) {
        return Optional.empty(); // a mixed-currency document is reported by its own rule
      }
      total = total == null ? money : total.plus(money);
    }
    return Optional.ofNullable(total);
  }
}
