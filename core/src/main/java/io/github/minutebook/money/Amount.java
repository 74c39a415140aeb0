package io.github.minutebook.money;

import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.calendar.FinancialYear;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sum as the minutes state it: "up to a further £141k in 2016/17", "£188k p.a.", "a full year
 * effect of £1,471k".
 *
 * <p>The {@link #money()} is exact; the {@link #qualifier()} says whether it is a ceiling, an
 * estimate or exact; the {@link #basis()} says what it covers; the {@link #financialYear()} or
 * {@link #period()} says when; {@link #asWritten()} keeps the words of the minutes ("£1,471k") so
 * that nothing is lost in translation.
 *
 * <pre>{@code
 * Amount fullYear = Amount.builder()
 *     .money(Money.of("1471000", "GBP"))
 *     .basis(AmountBasis.FULL_YEAR_EFFECT)
 *     .asWritten("£1,471k")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Amount implements WithAmount {
  Amount() {}

  /** The sum of money. */
  public abstract Money money();

  /** Whether the sum is exact, estimated, a ceiling, a floor or approximate; exact unless set. */
  @Value.Default
  public AmountQualifier qualifier() {
    return AmountQualifier.EXACT;
  }

  /** What the sum covers (per annum, in a financial year, one-off...), where the minutes say. */
  public abstract Optional<AmountBasis> basis();

  /** The financial year the sum falls in ("2016/17"), where stated. */
  public abstract Optional<FinancialYear> financialYear();

  /** The dates the sum covers ("1st April to 30th September 2017"), where stated. */
  public abstract Optional<DateRange> period();

  /** The sum as the minutes wrote it: "£949k", "£1,071k", "£535,500". */
  public abstract Optional<String> asWritten();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An exact amount with nothing else stated. */
  public static Amount of(Money money) {
    return builder().money(money).build();
  }

  /** Builds an {@link Amount}. */
  public static final class Builder extends ImmutableAmount.Builder {}
}
