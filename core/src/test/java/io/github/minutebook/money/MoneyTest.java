package io.github.minutebook.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency GBP = Currency.getInstance("GBP");

  @Test
  void widensTheScaleToTheCurrencysMinorUnit() {
    Money money = Money.of("949000", "GBP");
    assertEquals(new BigDecimal("949000.00"), money.amount());
    assertEquals(2, money.amount().scale());
  }

  @Test
  void treatsTrailingZerosAsTheSameSum() {
    assertEquals(Money.of("1234.5", "GBP"), Money.of("1234.50", "GBP"));
    assertEquals(Money.of("1234.5", "GBP"), Money.of("1234.5000", "GBP"));
    assertEquals(Money.of("1234.5", "GBP").hashCode(), Money.of("1234.500", "GBP").hashCode());
  }

  @Test
  void neverRoundsAmountsFinerThanTheMinorUnit() {
    Money rate = Money.of("0.125", "GBP");
    assertEquals(new BigDecimal("0.125"), rate.amount());
    assertFalse(rate.fitsCurrencyScale());
    assertNotEquals(Money.of("0.13", "GBP"), rate);
  }

  @Test
  void dropsTrailingZerosBeyondTheMinorUnitSoThatEqualSumsAreEqual() {
    Money rate = Money.of("0.1250", "GBP");
    assertEquals(new BigDecimal("0.125"), rate.amount());
    assertEquals(Money.of("0.125", "GBP"), rate);
    assertEquals(Money.of("0.125", "GBP").hashCode(), rate.hashCode());
    assertEquals(0, Money.of("0.125", "GBP").compareTo(rate));
    assertEquals(new BigDecimal("1500.5"), Money.of("1500.50", "JPY").amount());
    assertEquals(new BigDecimal("2.5001"), Money.of("2.50010", "BHD").amount());
    assertEquals(new BigDecimal("12.5"), Money.of("12.50", "XAU").amount());
    assertEquals(Money.of("12.5", "XAU"), Money.of("12.500", "XAU"));
    assertEquals(new BigDecimal("1000"), Money.of("1000.000", "XAU").amount());
  }

  @Test
  void zeroAtAnyScaleIsTheCurrencysZero() {
    assertEquals(new BigDecimal("0.00"), Money.of(new BigDecimal("0E+200"), GBP).amount());
    assertEquals(new BigDecimal("0.00"), Money.of(new BigDecimal("0E-200"), GBP).amount());
    assertEquals(new BigDecimal("0"), Money.of("0.000", "XAU").amount());
    assertEquals(new BigDecimal("0.000"), Money.of("0", "KWD").amount());
  }

  @Test
  void normalisesToEachCurrencysOwnScale() {
    assertEquals(new BigDecimal("1500"), Money.of("1500.000", "JPY").amount());
    assertEquals(new BigDecimal("2.500"), Money.of("2.5", "BHD").amount());
    assertEquals(new BigDecimal("12.5"), Money.of("12.5", "XAU").amount()); // gold has no minor unit
    assertTrue(Money.of("12.5", "XAU").fitsCurrencyScale());
  }

  @Test
  void neverKeepsANegativeScaleWhereTheCurrencyHasNoMinorUnit() {
    Money gold = Money.of(new BigDecimal("1E+3"), Currency.getInstance("XAU"));
    assertEquals(0, gold.amount().scale());
    assertEquals(Money.of("1000", "XAU"), gold);
    // a scale of -1 is the same number as "no minor unit" in Currency's terms, and must be widened too
    Money silver = Money.of(new BigDecimal("-3E+1"), Currency.getInstance("XAG"));
    assertEquals(0, silver.amount().scale());
    assertEquals(Money.of("-30", "XAG"), silver);
  }

  @Test
  void negativeZeroIsZero() {
    Money zero = Money.of("-0.00", "GBP");
    assertTrue(zero.isZero());
    assertFalse(zero.isNegative());
    assertEquals(Money.of("0", "GBP"), zero);
  }

  @Test
  void keepsNegativeAmountsForTheValidatorsToJudge() {
    Money saving = Money.of("-50000", "GBP");
    assertTrue(saving.isNegative());
  }

  @Test
  void leavesAbsurdMagnitudesUnwidenedInsteadOfAllocatingThem() {
    Money huge = Money.of(new BigDecimal("1e999999999"), GBP);
    assertEquals(-999999999, huge.amount().scale());
    assertTrue(huge.toString().startsWith("GBP 1E+999999999"), huge.toString());
    Money tiny = Money.of(new BigDecimal("1e-10000000"), GBP);
    assertEquals(10000000, tiny.amount().scale());
  }

  @Test
  void storesAbsurdMagnitudesWithoutTrailingZerosSoThatTheyAreEqualToo() {
    Money written = Money.of(new BigDecimal(BigInteger.TEN.pow(150)), GBP);
    Money exponent = Money.of(new BigDecimal("1E+150"), GBP);
    assertEquals(exponent, written);
    assertEquals(-150, written.amount().scale());
    assertEquals(Money.of(new BigDecimal("1E+999999999"), GBP), Money.of(new BigDecimal("10E+999999998"), GBP));
    assertEquals(Money.of(new BigDecimal("1E+150"), GBP), Money.of(new BigDecimal("1E+150").setScale(3), GBP));
  }

  @Test
  void stripsTwoHundredThousandTrailingZerosInAFewDivisions() {
    // BigDecimal.stripTrailingZeros on Java 17 divides once per zero: about 40 seconds for each of these
    BigInteger zeros = BigInteger.TEN.pow(200_000);
    Money huge = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Money.of(new BigDecimal(zeros), GBP));
    assertEquals(new BigDecimal("1E+200000"), huge.amount());
    Money tenth = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Money.of(new BigDecimal(zeros, 200_001), GBP));
    assertEquals(new BigDecimal("0.10"), tenth.amount());
  }

  @Test
  void stopsStrippingAtTheSmallestScaleABigDecimalHolds() {
    // 1000 x 10^(2^31 - 1) and 100 x 10^(2^31) are one number; 10 x 10^(2^31 + 1) would need a scale below int's
    Money thousand = Money.of(new BigDecimal(BigInteger.valueOf(1000), Integer.MIN_VALUE + 1), GBP);
    Money hundred = Money.of(new BigDecimal(BigInteger.valueOf(100), Integer.MIN_VALUE), GBP);
    assertEquals(hundred, thousand);
    assertEquals(Integer.MIN_VALUE, thousand.amount().scale());
    assertEquals(0, thousand.compareTo(hundred));
  }

  @Test
  void addsAndSubtractsInOneCurrency() {
    Money cost = Money.of("535500", "GBP");
    Money recharged = Money.of("150000", "GBP");
    assertEquals(Money.of("385500", "GBP"), cost.minus(recharged));
    assertEquals(Money.of("685500", "GBP"), cost.plus(recharged));
    assertTrue(cost.isGreaterThan(recharged));
  }

  @Test
  void refusesToCombineCurrencies() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> Money.of("1", "GBP").plus(Money.of("1", "EUR")));
    assertEquals("cannot combine GBP 1.00 with EUR 1.00: the currencies differ", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Money.of("1", "GBP").minus(Money.of("1", "EUR")));
    assertEquals("cannot combine GBP 1.00 with EUR 1.00: the currencies differ", e.getMessage());
  }

  @Test
  void comparesAmountsInOneCurrency() {
    Money threshold = Money.of("100000", "GBP");
    assertTrue(Money.of("100000.01", "GBP").isGreaterThan(threshold));
    assertFalse(Money.of("100000.00", "GBP").isGreaterThan(threshold));
    assertFalse(Money.of("100000.00", "GBP").isLessThan(threshold));
    assertTrue(Money.of("99999.999", "GBP").isLessThan(threshold));
    assertTrue(Money.of("-1", "GBP").isLessThan(Money.of("0", "GBP")));
  }

  @Test
  void refusesToCompareAmountsInDifferentCurrenciesNamingBoth() {
    Money threshold = Money.of("100000", "GBP");
    Money euros = Money.of("750000", "EUR");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> euros.isGreaterThan(threshold));
    assertEquals("cannot compare EUR 750000.00 with GBP 100000.00: the currencies differ", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> threshold.isLessThan(euros));
    assertEquals("cannot compare GBP 100000.00 with EUR 750000.00: the currencies differ", e.getMessage());
  }

  @Test
  void tellsWhetherTwoSumsShareACurrency() {
    Money threshold = Money.of("100000", "GBP");
    assertTrue(Money.of("1", "GBP").isSameCurrency(threshold));
    assertFalse(Money.of("750000", "EUR").isSameCurrency(threshold));
    Money euros = Money.of("750000", "EUR");
    assertFalse(euros.isSameCurrency(threshold) && euros.isGreaterThan(threshold)); // the guarded form never throws
  }

  @Test
  void ordersByCurrencyCodeThenAmountWithoutThrowing() {
    List<Money> sorted = Stream.of(Money.of("2", "GBP"), Money.of("500000", "GBP"), Money.of("1", "USD"),
        Money.of("1", "EUR"), Money.of("-3", "GBP")).sorted().toList();
    assertEquals(List.of(Money.of("1", "EUR"), Money.of("-3", "GBP"), Money.of("2", "GBP"),
        Money.of("500000", "GBP"), Money.of("1", "USD")), sorted);
    // a total order, not a threshold check: USD 1.00 sorts after GBP 500000.00
    assertTrue(Money.of("1", "USD").compareTo(Money.of("500000", "GBP")) > 0);
    assertEquals(0, Money.of("0.1250", "GBP").compareTo(Money.of("0.125", "GBP")));
  }

  @Test
  void namesAnUnknownCurrencyCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("250000", "gbp"));
    assertEquals("\"gbp\" is not an ISO 4217 currency code", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Money.of("250000", "GBPX"));
    assertEquals("\"GBPX\" is not an ISO 4217 currency code", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Money.of("250000", ""));
    assertEquals("\"\" is not an ISO 4217 currency code", e.getMessage());
  }

  @Test
  void namesAnAmountThatIsNotADecimalNumber() {
    NumberFormatException e = assertThrows(NumberFormatException.class, () -> Money.of("250,000", "GBP"));
    assertEquals("\"250,000\" is not a decimal number", e.getMessage());
    e = assertThrows(NumberFormatException.class, () -> Money.of("£250k", "GBP"));
    assertEquals("\"£250k\" is not a decimal number", e.getMessage());
    e = assertThrows(NumberFormatException.class, () -> Money.of("", "GBP"));
    assertEquals("\"\" is not a decimal number", e.getMessage());
    // the amount is read first, as it comes first
    e = assertThrows(NumberFormatException.class, () -> Money.of("NaN", "gbp"));
    assertEquals("\"NaN\" is not a decimal number", e.getMessage());
  }

  @Test
  void printsTheCurrencyCodeAndThePlainAmount() {
    assertEquals("GBP 1471000.00", Money.of("1.471E+6", "GBP").toString());
  }

  @Test
  void amountsAreExactUnlessQualified() {
    Amount amount = Amount.of(Money.of("20000", "GBP"));
    assertEquals(AmountQualifier.EXACT, amount.qualifier());
    assertTrue(amount.basis().isEmpty());
    Amount ceiling = amount.withQualifier(AmountQualifier.UP_TO).withAsWritten("up to £20K");
    assertEquals(AmountQualifier.UP_TO, ceiling.qualifier());
    assertEquals(amount.money(), ceiling.money());
  }
}
