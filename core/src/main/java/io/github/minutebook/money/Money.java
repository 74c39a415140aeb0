package io.github.minutebook.money;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An exact sum of money in one currency.
 *
 * <p>The amount is a {@link BigDecimal}, never a {@code double}, and it is stored in one canonical
 * form, so that two sums are {@link #equals equal} exactly when they are in the same currency and
 * numerically equal: the amount is written with the currency's minor unit of places, or with as
 * many more as it needs, and no trailing zeros beyond them. {@code 1234.5 GBP} and {@code 1234.500
 * GBP} are both stored as {@code 1234.50 GBP}; {@code 0.125 GBP} and {@code 0.1250 GBP} (a rate
 * with more places than pounds have) are both {@code 0.125 GBP}; {@code 1E+3 XAU} and {@code
 * 1000.0 XAU} (gold has no minor unit) are both {@code 1000 XAU}. Nothing is ever rounded: sums
 * finer than the minor unit are the validators' to report. A sum of more than 100 integer digits
 * is only stripped of trailing zeros, not widened, so that {@code 1E+999999999} stays small.
 * Negative amounts are representable (a saving, a reduction) and are a validator's concern too.
 *
 * <p>Sums in different currencies are never converted. {@link #plus}, {@link #minus}, {@link
 * #isGreaterThan} and {@link #isLessThan} throw for them; {@link #isSameCurrency} asks first; and
 * {@link #compareTo} is a total order (by currency code, then amount) for sorting, not for
 * thresholds.
 *
 * <pre>{@code
 * Money cost = Money.of("535500", "GBP");
 * Money recharged = Money.of(new BigDecimal("150000"), Currency.getInstance("GBP"));
 * Money net = cost.minus(recharged); // GBP 385500.00
 * }</pre>
 */
@Value.Immutable
public abstract class Money implements Comparable<Money> {
  /** Amounts with more integer digits than this are not widened to the currency's scale. */
  private static final int MAX_NORMALISED_INTEGER_DIGITS = 100;

  /** Unscaled values of at most this many digits are stripped by {@link BigDecimal} itself. */
  private static final int COMPACT_DIGITS = 18;

  Money() {}

  /**
   * The exact amount, with at least the currency's decimal places and no trailing zeros beyond
   * them: {@code 949000.00} for {@code Money.of("949000", "GBP")}, {@code 0.125} for {@code
   * Money.of("0.1250", "GBP")}.
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** The currency of the amount: {@code GBP} for {@code Money.of("949000", "GBP")}. */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * A sum of money, stored in the canonical form, never rounded.
   *
   * <pre>{@code
   * Money.of(new BigDecimal("1E+3"), Currency.getInstance("GBP")); // GBP 1000.00
   * }</pre>
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * A sum of money from a decimal string such as {@code "949000"} or {@code "1234.50"} and an ISO
   * 4217 currency code such as {@code "GBP"}.
   *
   * <pre>{@code
   * Money.of("949000", "GBP");  // GBP 949000.00
   * Money.of("949000", "gbp");  // IllegalArgumentException: "gbp" is not an ISO 4217 currency code
   * Money.of("949,000", "GBP"); // NumberFormatException: "949,000" is not a decimal number
   * }</pre>
   *
   * @throws NumberFormatException if {@code amount} is not a decimal number; the message quotes it
   * @throws IllegalArgumentException if {@code currencyCode} is not an ISO 4217 code known to
   *     {@link Currency}; the message quotes it
   */
  public static Money of(String amount, String currencyCode) {
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      NumberFormatException named = new NumberFormatException("\"" + amount + "\" is not a decimal number");
      named.initCause(e);
      throw named;
    }
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + currencyCode + "\" is not an ISO 4217 currency code", e);
    }
    return of(decimal, currency);
  }

  /**
   * The sum of this and {@code other}.
   *
   * <pre>{@code
   * Money.of("535500", "GBP").plus(Money.of("150000", "GBP")); // GBP 685500.00
   * }</pre>
   *
   * @throws IllegalArgumentException if the currencies differ; the message names both sums
   */
  public Money plus(Money other) {
    checkSameCurrency("combine", other);
    return of(amount().add(other.amount()), currency());
  }

  /**
   * This sum less {@code other}.
   *
   * <pre>{@code
   * Money.of("535500", "GBP").minus(Money.of("150000", "GBP")); // GBP 385500.00
   * }</pre>
   *
   * @throws IllegalArgumentException if the currencies differ; the message names both sums
   */
  public Money minus(Money other) {
    checkSameCurrency("combine", other);
    return of(amount().subtract(other.amount()), currency());
  }

  /**
   * Whether {@code other} is in the same currency, so that {@link #isGreaterThan}, {@link
   * #isLessThan}, {@link #plus} and {@link #minus} accept it. A rule with a threshold in one
   * currency asks this first, and leaves sums in other currencies alone:
   *
   * <pre>{@code
   * Money threshold = Money.of("100000", "GBP");
   * boolean large = award.isSameCurrency(threshold) && award.isGreaterThan(threshold);
   * // false for EUR 750000.00: a threshold in pounds says nothing about euros
   * }</pre>
   */
  public boolean isSameCurrency(Money other) {
    return currency().equals(other.currency());
  }

  /**
   * Whether this sum is numerically greater than {@code other}, which must be in the same
   * currency.
   *
   * <pre>{@code
   * Money.of("100000.01", "GBP").isGreaterThan(Money.of("100000", "GBP")); // true
   * Money.of("750000", "EUR").isGreaterThan(Money.of("100000", "GBP"));    // throws
   * }</pre>
   *
   * @throws IllegalArgumentException if the currencies differ; the message names both sums, as in
   *     {@code cannot compare EUR 750000.00 with GBP 100000.00: the currencies differ}
   */
  public boolean isGreaterThan(Money other) {
    checkSameCurrency("compare", other);
    return amount().compareTo(other.amount()) > 0;
  }

  /**
   * Whether this sum is numerically less than {@code other}, which must be in the same currency.
   * "At least" is its negation.
   *
   * <pre>{@code
   * Money.of("99999.99", "GBP").isLessThan(Money.of("100000", "GBP"));  // true
   * !Money.of("100000", "GBP").isLessThan(Money.of("100000.00", "GBP")); // true: at least £100,000
   * Money.of("1", "EUR").isLessThan(Money.of("100000", "GBP"));          // throws
   * }</pre>
   *
   * @throws IllegalArgumentException if the currencies differ; the message names both sums, as in
   *     {@code cannot compare EUR 1.00 with GBP 100000.00: the currencies differ}
   */
  public boolean isLessThan(Money other) {
    checkSameCurrency("compare", other);
    return amount().compareTo(other.amount()) < 0;
  }

  /**
   * Whether the amount is below zero.
   *
   * <pre>{@code
   * Money.of("-50000", "GBP").isNegative(); // true
   * }</pre>
   */
  public boolean isNegative() {
    return amount().signum() < 0;
  }

  /**
   * Whether the amount is exactly zero.
   *
   * <pre>{@code
   * Money.of("-0.00", "GBP").isZero(); // true, and equal to Money.of("0", "GBP")
   * }</pre>
   */
  public boolean isZero() {
    return amount().signum() == 0;
  }

  /**
   * Whether the amount has no more decimal places than the currency's minor unit allows (true for
   * currencies, such as gold, that have no minor unit).
   *
   * <pre>{@code
   * Money.of("0.125", "GBP").fitsCurrencyScale(); // false: pounds have two places
   * Money.of("0.125", "BHD").fitsCurrencyScale(); // true: Bahraini dinars have three
   * }</pre>
   */
  public boolean fitsCurrencyScale() {
    int digits = currency().getDefaultFractionDigits();
    return digits < 0 || amount().scale() <= digits;
  }

  /**
   * Orders sums by currency code, then numerically: a total order consistent with {@link #equals},
   * for sorting and for sorted collections. It never throws, and it is not for thresholds: {@code
   * USD 1.00} sorts after {@code GBP 500000.00}, because "USD" sorts after "GBP". Compare amounts
   * with {@link #isGreaterThan} and {@link #isLessThan}, which refuse sums in other currencies.
   *
   * <pre>{@code
   * List.of(Money.of("2", "GBP"), Money.of("1", "EUR"), Money.of("1", "GBP")).stream().sorted()
   * // EUR 1.00, GBP 1.00, GBP 2.00
   * }</pre>
   */
  @Override
  public int compareTo(Money other) {
    int byCurrency = currency().getCurrencyCode().compareTo(other.currency().getCurrencyCode());
    return byCurrency != 0 ? byCurrency : amount().compareTo(other.amount());
  }

  private void checkSameCurrency(String verb, Money other) {
    checkArgument(isSameCurrency(other), "cannot %s %s with %s: the currencies differ", verb, this, other);
  }

  @Value.Check
  @SuppressWarnings("ReferenceEquality") // canonical(...) returns the very amount when it is canonical already
  Money normalise() {
    BigDecimal amount = amount();
    BigDecimal canonical = canonical(amount, currency());
    return canonical == amount ? this : ImmutableMoney.of(canonical, currency());
  }

  /**
   * The one representation of {@code amount}'s value in {@code currency}: at least the currency's
   * places, no trailing zeros beyond them; only stripped, never widened, above 100 integer digits.
   * Returns {@code amount} itself where it is already canonical.
   */
  static BigDecimal canonical(BigDecimal amount, Currency currency) {
    int places = Math.max(currency.getDefaultFractionDigits(), 0); // -1: no minor unit
    if (amount.signum() == 0) {
      return amount.scale() == places ? amount : BigDecimal.valueOf(0, places);
    }
    // the number of integer digits, the same for every representation of a non-zero value
    if ((long) amount.precision() - amount.scale() > MAX_NORMALISED_INTEGER_DIGITS) {
      return withoutTrailingZeros(amount, Integer.MIN_VALUE); // widening it would allocate
    }
    if (amount.scale() < places) {
      return amount.setScale(places);
    }
    return withoutTrailingZeros(amount, places);
  }

  /**
   * {@code amount} with its trailing zeros removed while its scale stays at or above {@code floor}.
   * Unlike {@link BigDecimal#stripTrailingZeros()} on Java 17, this takes a handful of divisions,
   * not one per zero, and stops at the smallest scale an {@code int} holds instead of throwing.
   */
  static BigDecimal withoutTrailingZeros(BigDecimal amount, int floor) {
    long room = (long) amount.scale() - floor; // the most zeros that may go
    if (room <= 0 || amount.signum() == 0) {
      return amount;
    }
    if (amount.precision() <= COMPACT_DIGITS && amount.scale() >= Integer.MIN_VALUE + COMPACT_DIGITS) {
      // cheap on a long; it removes at most 17 zeros, so it cannot pass the smallest int scale
      BigDecimal stripped = amount.stripTrailingZeros();
      if (stripped.scale() < floor) {
        stripped = stripped.setScale(floor); // puts back at most 17 zeros
      }
      return stripped.scale() == amount.scale() ? amount : stripped;
    }
    BigInteger unscaled = amount.unscaledValue();
    // 10^k divides the unscaled value only if 2^k does
    long most = Math.min(unscaled.getLowestSetBit(), room);
    long removed = 0;
    for (long chunk = Long.highestOneBit(most); chunk > 0; chunk >>= 1) {
      if (removed + chunk <= most) {
        BigInteger[] quotientAndRemainder = unscaled.divideAndRemainder(BigInteger.TEN.pow((int) chunk));
        if (quotientAndRemainder[1].signum() == 0) {
          unscaled = quotientAndRemainder[0];
          removed += chunk;
        }
      }
    }
    return removed == 0 ? amount : new BigDecimal(unscaled, (int) (amount.scale() - removed));
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
