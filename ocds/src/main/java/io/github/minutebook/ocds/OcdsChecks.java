package io.github.minutebook.ocds;

import com.google.common.collect.ImmutableList;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.Rule;
import io.github.minutebook.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Checks that real OCDS data fails, as rules for the Minutebook validator, with its paths, codes
 * and severities: an award above the tender's estimated value, a minimum above the estimate, an
 * award dated before tenders closed, and values too small to be a contract's (0.1, 3). They apply
 * to any contract decision, but are meant for records read from OCDS, where such values are
 * usually slips of data entry:
 *
 * <pre>{@code
 * MeetingValidator validator = OcdsChecks.validator(); // the default rules and these
 * OcdsImport.standard().read(in).forEach(record -> record.value()
 *     .map(validator::validate).ifPresent(report -> ...));
 * }</pre>
 *
 * <p>Dates in the wrong format cannot reach the model: the importer reports them as notes on
 * the record it reads ({@code ocds.bad-date}, {@code ocds.date-without-time}, {@code
 * ocds.date-without-offset}).
 */
public final class OcdsChecks {
  /** Amounts below this, in the currency's major unit, are not a contract's value. */
  static final BigDecimal SMALLEST_PLAUSIBLE = BigDecimal.valueOf(100);

  /** An award above the tender's estimate. */
  public static final Rule<ContractAward> AWARD_ABOVE_ESTIMATE = Rule.of(ContractAward.class,
      "ocds.award-above-estimate", Severity.WARNING,
      "No value awarded is above the value estimated when the contract was tendered (tender.value), in the same"
          + " currency. Reported at the award's value.",
      (award, context) -> {
        Optional<Money> estimate = award.estimatedValue().filter(m -> m.amount().signum() > 0);
        if (estimate.isEmpty()) {
          return;
        }
        List<Amount> values = award.values();
        for (int i = 0; i < values.size(); i++) {
          Money value = values.get(i).money();
          if (value.currency().equals(estimate.get().currency()) && value.amount().compareTo(estimate.get().amount()) > 0) {
            context.report("values[" + i + "]", "The award of {value} is above the estimated value of {estimate}",
                "value", value, "estimate", estimate.get());
          }
        }
      });

  /** A minimum estimate above the estimate. */
  public static final Rule<ContractAward> MINIMUM_ABOVE_ESTIMATE = Rule.of(ContractAward.class,
      "ocds.minimum-above-estimate", Severity.WARNING,
      "The lower end of the estimated value (tender.minValue) is not above its upper end (tender.value), in the same"
          + " currency. Reported at estimatedMinValue.",
      (award, context) -> {
        if (award.estimatedMinValue().isPresent() && award.estimatedValue().isPresent()) {
          Money min = award.estimatedMinValue().get();
          Money max = award.estimatedValue().get();
          if (min.currency().equals(max.currency()) && min.amount().compareTo(max.amount()) > 0) {
            context.report("estimatedMinValue", "The minimum estimate of {min} is above the estimate of {max}",
                "min", min, "max", max);
          }
        }
      });

  /** An award dated before tenders closed. */
  public static final Rule<ContractAward> AWARDED_BEFORE_DEADLINE = Rule.of(ContractAward.class,
      "ocds.awarded-before-deadline", Severity.WARNING,
      "The award is not dated before the last day for tenders (tender.tenderPeriod.endDate). Reported at awardDate.",
      (award, context) -> {
        if (award.awardDate().isPresent() && award.tenderDeadline().isPresent()
            && award.awardDate().get().isBefore(award.tenderDeadline().get())) {
          context.report("awardDate", "The award is dated {date}, before tenders closed on {deadline}",
              "date", award.awardDate().get(), "deadline", award.tenderDeadline().get());
        }
      });

  /** A value too small to be a contract's. */
  public static final Rule<ContractAward> IMPLAUSIBLE_VALUE = Rule.of(ContractAward.class,
      "ocds.implausible-value", Severity.WARNING,
      "Every value of the contract, estimated or awarded, that is above zero is at least 100 in its currency: a"
          + " value of 0.1 or 3 is a slip, or a placeholder for a value not given. Reported at the value.",
      (award, context) -> {
        for (int i = 0; i < award.values().size(); i++) {
          implausible(award.values().get(i).money(), "values[" + i + "]", context);
        }
        award.estimatedMinValue().ifPresent(m -> implausible(m, "estimatedMinValue", context));
        award.estimatedValue().ifPresent(m -> implausible(m, "estimatedValue", context));
      });

  private static final ImmutableList<Rule<?>> RULES =
      ImmutableList.of(AWARD_ABOVE_ESTIMATE, MINIMUM_ABOVE_ESTIMATE, AWARDED_BEFORE_DEADLINE, IMPLAUSIBLE_VALUE);

  private static final MeetingValidator VALIDATOR = rulesAdded(MeetingValidator.builder().addDefaultRules()).build();

  private OcdsChecks() {}

  private static void implausible(Money money, String path, io.github.minutebook.validation.RuleContext context) {
    if (money.amount().signum() > 0 && money.amount().compareTo(SMALLEST_PLAUSIBLE) < 0) {
      context.report(path, "{value} is too small to be the value of a contract", "value", money);
    }
  }

  /** The OCDS checks, in the order they run. */
  public static List<Rule<?>> rules() {
    return RULES;
  }

  /** The default rules and the OCDS checks. */
  public static MeetingValidator validator() {
    return VALIDATOR;
  }

  /** Adds the OCDS checks to a validator being built (house rules, other profiles). */
  public static MeetingValidator.Builder rulesAdded(MeetingValidator.Builder builder) {
    RULES.forEach(builder::addRule);
    return builder;
  }
}
