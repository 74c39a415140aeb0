package io.github.minutebook.money;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An exact sum of money in one currency.
 *
 * <p>The amount is a {@link BigDecimal}, never a {@code double}. Its scale is normalised to the
 * currency's minor unit where that loses nothing (and never left negative, so that {@code 1E+3}
 * and {@code 1000} are the same sum): {@code 1234.5 GBP} and {@code 1234.500 GBP} are
 * both stored as {@code 1234.50 GBP} and are equal. An amount with more decimal places than the
 * currency has (a rate of {@code 0.125 GBP}, say) is kept exactly as given, never rounded; the
 * validators report it. Negative amounts are representable (a saving, a reduction) and are a
 * validator's concern too.
 *
 * <pre>{@code
 * Money cost = Money.of("535500", "GBP");
 * Money recharged = Money.of(new BigDecimal("150000"), Currency.getInstance("GBP"));
 * Money net = cost.minus(recharged); // GBP 385500.00
 * }</pre>
 */
@Value.Immutable
public abstract class Money implements Comparable<Money> {
  /** Amounts with more integer digits than this are kept at the scale they came with. */
  private static final int MAX_NORMALISED_INTEGER_DIGITS = 100;

  Money() {}

  /** The exact amount, at the currency's scale where that loses nothing. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** The currency of the amount. */
  @Value.Parameter
  public abstract Currency currency();

  /** A sum of money; the amount is normalised to the currency's scale where that loses nothing. */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * A sum of money from a decimal string such as {@code "949000"} or {@code "1234.50"} and an ISO
   * 4217 currency code such as {@code "GBP"}.
   *
   * @throws NumberFormatException if {@code amount} is not a decimal number
   * @throws IllegalArgumentException if {@code currencyCode} is not an ISO 4217 code
   */
  public static Money of(String amount, String currencyCode) {
    return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /** The sum of this and {@code other}, which must be in the same currency. */
  public Money plus(Money other) {
    checkSameCurrency(other);
    return of(amount().add(other.amount()), currency());
  }

  /** This sum less {@code other}, which must be in the same currency. */
  public Money minus(Money other) {
    checkSameCurrency(other);
    return of(amount().subtract(other.amount()), currency());
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount().signum() < 0;
  }

  /** Whether the amount is exactly zero. */
  public boolean isZero() {
    return amount().signum() == 0;
  }

  /**
   * Whether the amount has no more decimal places than the currency's minor unit allows (true for
   * currencies, such as gold, that have no minor unit).
   */
  public boolean fitsCurrencyScale() {
    int digits = currency().getDefaultFractionDigits();
    return digits < 0 || amount().scale() <= digits;
  }

  /**
   * Compares amounts of the same currency numerically.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    return amount().compareTo(other.amount());
  }

  private void checkSameCurrency(Money other) {
    checkArgument(
        currency().equals(other.currency()),
        "cannot combine %s with %s: the currencies differ",
        this,
        other);
  }

  @Value.Check
  Money normalise() {
    int digits = currency().getDefaultFractionDigits();
    BigDecimal amount = amount();
    if (digits < 0 ? amount.scale() >= 0 : amount.scale() == digits) {
      return this;
    }
    if (amount.precision() - amount.scale() > MAX_NORMALISED_INTEGER_DIGITS) {
      return this; // an absurd magnitude: widening it would allocate; validators flag it
    }
    if (digits < 0) {
      // no minor unit: only a negative scale (1E+3) is widened, to the plain 1000 a document writes
      return ImmutableMoney.of(amount.setScale(0), currency());
    }
    if (amount.scale() < digits) {
      return ImmutableMoney.of(amount.setScale(digits), currency());
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() <= digits) {
      return ImmutableMoney.of(stripped.setScale(digits), currency());
    }
    return this; // more places than the currency has: kept exactly, never rounded
  }

  /** The currency code and the plain decimal amount, as in {@code GBP 949000.00}. */
  @Override
  public String toString() {
    BigDecimal amount = amount();
    boolean compact = Math.abs((long) amount.precision() - amount.scale()) < 1_000
        && Math.abs((long) amount.scale()) < 1_000;
    // plain notation unless that would spell out an absurd number of zeros
    return currency().getCurrencyCode() + " " + (compact ? amount.toPlainString() : amount);
  }
}
