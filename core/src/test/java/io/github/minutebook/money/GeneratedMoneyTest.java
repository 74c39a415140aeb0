package io.github.minutebook.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link Money#equals}, {@link Money#hashCode} and {@link Money#compareTo} agree, on pairs of sums
 * generated from a fixed seed in every currency {@link Currency} knows: with no minor unit (XAU),
 * none (JPY), two (GBP), three (BHD, JOD, KWD) and four (CLF) places. A pair is the same number
 * written two ways, a neighbour, or an unrelated sum; one in five pairs mixes currencies.
 */
class GeneratedMoneyTest {
  private static final long SEED = 0x4d6f6e6579L; // "Money"
  private static final int PAIRS_PER_CURRENCY = 150;
  private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();
  /** One currency of each kind of minor unit, so that sums collide. */
  private static final List<Currency> FEW = List.of("XAU", "JPY", "GBP", "KWD", "CLF").stream()
      .map(Currency::getInstance).toList();
  /** The reference order: currency code, then value, computed from the amounts as generated. */
  private static final Comparator<Generated> REFERENCE = Comparator
      .comparing((Generated g) -> g.currency.getCurrencyCode())
      .thenComparing(g -> g.amount, BigDecimal::compareTo);

  /** A sum as generated, before {@link Money} made it canonical. */
  private record Generated(BigDecimal amount, Currency currency) {
    Money money() {
      return Money.of(amount, currency);
    }
  }

  @Test
  void everyKindOfMinorUnitIsGenerated() {
    for (String code : List.of("XAU", "JPY", "GBP", "EUR", "BHD", "JOD", "KWD", "CLF")) {
      assertTrue(CURRENCIES.contains(Currency.getInstance(code)), code);
    }
    assertEquals(-1, Currency.getInstance("XAU").getDefaultFractionDigits());
    assertEquals(3, Currency.getInstance("KWD").getDefaultFractionDigits());
    assertEquals(4, Currency.getInstance("CLF").getDefaultFractionDigits());
  }

  @Test
  void equalsHashCodeAndCompareToAgreeOnGeneratedPairs() {
    SplittableRandom random = new SplittableRandom(SEED);
    int pairs = 0;
    int equal = 0;
    int equalWrittenDifferently = 0;
    int mixed = 0;
    for (Currency currency : CURRENCIES) {
      for (int i = 0; i < PAIRS_PER_CURRENCY; i++) {
        Generated a = new Generated(decimal(random), currency);
        Currency other = random.nextInt(5) == 0 ? CURRENCIES.get(random.nextInt(CURRENCIES.size())) : currency;
        Generated b = new Generated(partner(a.amount, random), other);
        checkPair(a, b);
        checkPair(b, a);
        pairs++;
        boolean same = a.currency.equals(b.currency) && a.amount.compareTo(b.amount) == 0;
        equal += same ? 1 : 0;
        equalWrittenDifferently += same && !a.amount.equals(b.amount) ? 1 : 0;
        mixed += a.currency.equals(b.currency) ? 0 : 1;
      }
    }
    System.out.printf("GeneratedMoneyTest: %,d pairs (seed %d) in %d currencies: %,d equal, %,d of them written"
        + " differently; %,d in two currencies%n", pairs, SEED, CURRENCIES.size(), equal, equalWrittenDifferently, mixed);
    assertTrue(pairs >= 30_000, pairs + " pairs");
    assertTrue(equalWrittenDifferently >= pairs / 5, equalWrittenDifferently + " equal pairs written differently");
    assertTrue(mixed >= pairs / 10, mixed + " pairs in two currencies");
  }

  @Test
  void sortingGeneratedSumsAgreesWithCurrencyThenValueAndWithEquals() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<Generated> generated = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      Currency currency = random.nextBoolean() ? FEW.get(random.nextInt(FEW.size()))
          : CURRENCIES.get(random.nextInt(CURRENCIES.size()));
      BigDecimal amount = decimal(random);
      generated.add(new Generated(amount, currency));
      if (random.nextInt(3) == 0) {
        generated.add(new Generated(partner(amount, random), currency)); // often the same sum again
      }
    }
    List<Money> sorted = generated.stream().sorted(REFERENCE).map(Generated::money).toList();
    assertEquals(sorted, generated.stream().map(Generated::money).sorted().toList());
    // consistent with equals: a sorted set keeps exactly the sums a hash set keeps
    Set<Money> hashed = new HashSet<>(sorted);
    Set<Money> tree = new TreeSet<>(sorted);
    assertEquals(hashed.size(), tree.size());
    assertEquals(hashed, tree);
    assertTrue(hashed.size() < sorted.size(), "some sums were generated twice");
  }

  @Test
  void strippingMatchesBigDecimalOnGeneratedLargeValues() {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    for (int i = 0; i < 5_000; i++) {
      BigInteger unscaled = bigInteger(random, 1 + random.nextInt(300)).add(BigInteger.ONE)
          .multiply(BigInteger.TEN.pow(random.nextInt(random.nextBoolean() ? 5 : 400)));
      BigDecimal value = new BigDecimal(unscaled, random.nextInt(-500, 500));
      BigDecimal stripped = value.stripTrailingZeros();
      assertEquals(stripped, Money.withoutTrailingZeros(value, Integer.MIN_VALUE), value::toString);
      int floor = random.nextInt(-600, 600);
      BigDecimal expected = floor >= value.scale() ? value : stripped.setScale(Math.max(stripped.scale(), floor));
      assertEquals(expected, Money.withoutTrailingZeros(value, floor), () -> value + " down to scale " + floor);
    }
  }

  /** Every property that ties a pair's equality, hash code and order to the numbers they are. */
  private static void checkPair(Generated a, Generated b) {
    Money x = a.money();
    Money y = b.money();
    String pair = a + " and " + b + ", stored as " + x + " and " + y;
    checkCanonical(a, x);
    boolean sameCurrency = a.currency.equals(b.currency);
    int numeric = Integer.signum(a.amount.compareTo(b.amount));
    boolean same = sameCurrency && numeric == 0;

    assertEquals(same, x.equals(y), pair);
    assertEquals(same, x.compareTo(y) == 0, pair);
    assertEquals(Integer.signum(REFERENCE.compare(a, b)), Integer.signum(x.compareTo(y)), pair);
    if (same) {
      assertEquals(x.hashCode(), y.hashCode(), pair);
      assertEquals(x.amount(), y.amount(), pair); // the same scale too
      assertEquals(x.toString(), y.toString(), pair);
    }
    assertEquals(sameCurrency, x.isSameCurrency(y), pair);
    if (sameCurrency) {
      assertEquals(numeric > 0, x.isGreaterThan(y), pair);
      assertEquals(numeric < 0, x.isLessThan(y), pair);
    } else {
      String message = "cannot compare " + x + " with " + y + ": the currencies differ";
      assertEquals(message, assertThrows(IllegalArgumentException.class, () -> x.isGreaterThan(y)).getMessage());
      assertEquals(message, assertThrows(IllegalArgumentException.class, () -> x.isLessThan(y)).getMessage());
    }
  }

  /** The stored amount is the generated number, in the one form described on {@link Money}. */
  private static void checkCanonical(Generated generated, Money money) {
    BigDecimal amount = money.amount();
    String what = generated + " stored as " + money;
    assertEquals(0, amount.compareTo(generated.amount), what); // never rounded
    assertEquals(amount, Money.of(amount, money.currency()).amount(), what); // already canonical
    int digits = generated.currency.getDefaultFractionDigits();
    int places = Math.max(digits, 0);
    BigDecimal stripped = generated.amount.stripTrailingZeros();
    boolean absurd = stripped.signum() != 0 && stripped.precision() - stripped.scale() > 100;
    assertEquals(absurd ? stripped.scale() : Math.max(stripped.scale(), places), amount.scale(), what);
    assertEquals(digits < 0 || stripped.scale() <= digits, money.fitsCurrencyScale(), what);
  }

  /**
   * A decimal: mostly sums a council might write, sometimes with trailing zeros, negative, zero,
   * finer than any currency's minor unit, over a hundred digits long, or of an absurd magnitude.
   */
  private static BigDecimal decimal(SplittableRandom random) {
    BigInteger unscaled = switch (random.nextInt(6)) {
      case 0 -> BigInteger.ZERO;
      case 1 -> BigInteger.valueOf(random.nextLong(1, 1_000));
      case 2 -> BigInteger.valueOf(random.nextLong(1, 100_000_000_000L));
      case 3 -> BigInteger.valueOf(random.nextLong()).abs();
      case 4 -> BigInteger.valueOf(random.nextLong(1, 100)).multiply(BigInteger.TEN.pow(random.nextInt(1, 8)));
      default -> bigInteger(random, 1 + random.nextInt(130));
    };
    int scale = random.nextInt(10) == 0 ? random.nextInt(-160, 160) : random.nextInt(-3, 7);
    BigDecimal value = new BigDecimal(unscaled, scale);
    return random.nextInt(4) == 0 ? value.negate() : value;
  }

  /** The same number written another way, a neighbour, or another sum altogether. */
  private static BigDecimal partner(BigDecimal value, SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0, 1 -> { // the same number with more or fewer trailing zeros
        BigDecimal stripped = value.stripTrailingZeros();
        int extra = random.nextInt(0, 6);
        yield new BigDecimal(stripped.unscaledValue().multiply(BigInteger.TEN.pow(extra)), stripped.scale() + extra);
      }
      case 2 -> value.add(BigDecimal.ONE.movePointLeft(random.nextInt(-2, 6))); // a neighbour
      case 3 -> value.negate();
      default -> decimal(random);
    };
  }

  /** A non-negative integer of up to {@code digits} decimal digits, uniformly spread over its bits. */
  private static BigInteger bigInteger(SplittableRandom random, int digits) {
    byte[] bytes = new byte[(int) Math.ceil(digits * Math.log(10) / Math.log(256))];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return new BigInteger(1, bytes).mod(BigInteger.TEN.pow(digits));
  }
}
