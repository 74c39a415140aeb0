package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.minutebook.internal.shape.Cardinality;
import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import io.github.minutebook.internal.shape.TypeShape;
import io.github.minutebook.json.internal.Scalars;
import io.github.minutebook.money.Money;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.testing.ShapeValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values that decode always encode, and values that encode always decode: a property test over
 * the extremes of every scalar type of the format, set on every property of that type in the
 * model.
 *
 * <ul>
 *   <li><b>Through the API</b>: a value of the model is built with the extreme in one property and
 *       encoded. Where the format holds the value (as {@link #held} says, from the rules in
 *       docs/json-format.md, not from the codecs), it must encode, decode to an equal value and
 *       encode to the same bytes again; where it does not, encoding must throw a {@link
 *       MinutebookJsonException} that names the property by its JSON Pointer, and nothing else
 *       (no other exception, no running out of memory on {@code 1E+999999999}).
 *   <li><b>Through the wire</b>: the extreme's written form is put in the property of an encoded
 *       value and decoded. A form the format holds must decode to the value the API builds with
 *       the extreme's Java value, then encode and decode again to the same; any other form must be
 *       refused with a {@link MinutebookJsonException}.
 * </ul>
 *
 * <p>Both run over hand-picked extremes (the edges of each range, on either side) and over seeded
 * random values and written forms biased towards those edges.
 */
class ScalarExtremesTest {
  private static final MinutebookJson JSON = MinutebookJson.standard();
  /** An instance with a short string limit: the writer must keep to its own instance's limit. */
  private static final MinutebookJson TIGHT = MinutebookJson.builder().maxStringLength(40).build();
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final int MEBI = 1 << 20;
  private static final Instant FIRST_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  // --- what the format holds, from its documented rules ---

  /**
   * Whether the format holds a value of a scalar type, as docs/json-format.md states it for the
   * standard limits: text is well-formed Unicode of at most 1 MiB characters; a decimal is plain
   * with at most 64 digits on each side of its point; dates, instants and date-times are of the
   * years 0000 to 9999, a date-time's offset in whole minutes; whole numbers, times, periods, days
   * of the year, zones, currencies and codes: every value Java has.
   */
  private static boolean held(Object value, int maxStringLength) {
    if (value instanceof String text) {
      // UTF-8's own encoder, not the codec's check: a lone surrogate cannot be encoded
      return text.length() <= maxStringLength && StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }
    if (value instanceof BigDecimal decimal) {
      if (Math.abs((long) decimal.precision() - decimal.scale()) > 1000 || Math.abs((long) decimal.scale()) > 1000) {
        return false; // far beyond 64 digits on one side or the other
      }
      String plain = decimal.abs().toPlainString();
      int point = plain.indexOf('.');
      int before = point < 0 ? plain.length() : point;
      int after = point < 0 ? 0 : plain.length() - point - 1;
      return before <= 64 && after <= 64;
    }
    if (value instanceof LocalDate date) {
      return date.getYear() >= 0 && date.getYear() <= 9999;
    }
    if (value instanceof Instant instant) {
      return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.getYear() >= 0 && dateTime.getYear() <= 9999 && dateTime.getOffset().getTotalSeconds() % 60 == 0;
    }
    return true;
  }

  // --- the extremes, through the API ---

  /** An extreme value, and whether it is set on every property of its type or on a sample (for the costly ones). */
  private record Extreme(Object value, boolean everywhere) {}

  private static Extreme all(Object value) {
    return new Extreme(value, true);
  }

  private static Extreme sampled(Object value) {
    return new Extreme(value, false);
  }

  private static Map<Class<?>, List<Extreme>> apiExtremes() {
    Map<Class<?>, List<Extreme>> extremes = new LinkedHashMap<>();
    extremes.put(String.class, List.of(all(""), all("\u0000\u001f\u007f\u0080\u009f\u2028\u2029\ufeff\ufffe\uffff"),
        all("\uD83C\uDF89 \uDBFF\uDFFF"), all("\ud800"), all("a\udc00b"), all("\udc00\ud800"), all("ends \ud83c"),
        sampled("x".repeat(MEBI)), sampled("x".repeat(MEBI + 1)), sampled("\uD83C\uDF89".repeat(MEBI / 2)),
        sampled("é".repeat(MEBI - 1) + "\ud800")));
    extremes.put(Integer.class, List.of(all(Integer.MIN_VALUE), all(-1), all(0), all(1), all(Integer.MAX_VALUE)));
    extremes.put(Boolean.class, List.of(all(true), all(false)));
    BigDecimal nines = new BigDecimal("9".repeat(64));
    extremes.put(BigDecimal.class, List.of(all(BigDecimal.ZERO), all(new BigDecimal("0.00")), all(new BigDecimal("-0.5")),
        all(nines), all(nines.negate()), all(nines.add(BigDecimal.ONE)), all(new BigDecimal("1E+63")),
        all(new BigDecimal("1E+64")), all(new BigDecimal("1E+70")), all(new BigDecimal("1E+999999999")),
        all(new BigDecimal("-1E+999999999")), all(new BigDecimal("1E-64")), all(new BigDecimal("1E-65")),
        all(new BigDecimal("1E-999999999")), all(new BigDecimal("0E-70")), all(new BigDecimal("0E+5")),
        all(new BigDecimal(nines.unscaledValue(), 64)), all(new BigDecimal(nines.unscaledValue().multiply(BigInteger.TEN), 65)),
        all(new BigDecimal(nines + "." + "9".repeat(64))), all(BigDecimal.valueOf(Long.MIN_VALUE))));
    extremes.put(LocalDate.class, List.of(all(LocalDate.MIN), all(LocalDate.of(-1, 12, 31)), all(LocalDate.of(0, 1, 1)),
        all(LocalDate.of(2016, 2, 29)), all(LocalDate.of(9999, 12, 31)), all(LocalDate.of(10000, 1, 1)), all(LocalDate.MAX)));
    extremes.put(LocalTime.class, List.of(all(LocalTime.MIN), all(LocalTime.of(0, 0, 0, 1)), all(LocalTime.of(12, 0, 0, 100_000)),
        all(LocalTime.MAX)));
    extremes.put(Instant.class, List.of(all(Instant.MIN), all(FIRST_INSTANT.minusNanos(1)), all(FIRST_INSTANT), all(Instant.EPOCH),
        all(LAST_INSTANT), all(LAST_INSTANT.plusNanos(1)), all(Instant.MAX)));
    extremes.put(OffsetDateTime.class, List.of(all(OffsetDateTime.MIN), all(OffsetDateTime.MAX),
        all(OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.MAX)), all(OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.MIN)),
        all(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.MIN)),
        all(OffsetDateTime.of(-1, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.MAX)),
        all(OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
        all(OffsetDateTime.of(2024, 7, 1, 17, 52, 51, 0, ZoneOffset.ofHoursMinutesSeconds(1, 0, 30))),
        all(OffsetDateTime.of(2024, 7, 1, 17, 52, 51, 0, ZoneOffset.ofHoursMinutes(-9, -30)))));
    extremes.put(Period.class, List.of(all(Period.ZERO), all(Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE)),
        all(Period.of(Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE)), all(Period.of(1, -1, 1)), all(Period.ofDays(-1))));
    extremes.put(MonthDay.class, List.of(all(MonthDay.of(1, 1)), all(MonthDay.of(2, 29)), all(MonthDay.of(12, 31))));
    List<Extreme> zones = new ArrayList<>();
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      zones.add(all(ZoneId.of(id)));
    }
    for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneOffset.MAX, ZoneOffset.MIN, ZoneOffset.ofHoursMinutesSeconds(1, 0, 30),
        ZoneId.of("UTC+01:00"), ZoneId.of("GMT-12:30:01"), ZoneId.of("Europe/London"))) {
      zones.add(all(zone));
    }
    extremes.put(ZoneId.class, zones);
    List<Extreme> currencies = new ArrayList<>();
    for (Currency currency : Currency.getAvailableCurrencies()) {
      currencies.add(all(currency));
    }
    currencies.add(all(Currency.getInstance("XAU")));
    currencies.add(all(Currency.getInstance("BHD")));
    extremes.put(Currency.class, currencies);
    return extremes;
  }

  @Test
  void extremeValuesBuiltThroughTheApiEncodeOnlyWhereTheyDecodeAgain() {
    Map<Class<?>, List<Extreme>> extremes = apiExtremes();
    Map<String, int[]> outcomes = new LinkedHashMap<>(); // by type: values encoded and read back, refused, unbuildable
    ShapeValues values = new ShapeValues(20261205L);
    int sample = 0;
    for (Slot slot : slots()) {
      List<Extreme> cases = slot.valueType().isEnum() ? enumExtremes(slot.valueType()) : extremes.get(slot.valueType());
      if (cases == null) {
        fail("no extremes for " + slot.valueType().getName() + ", the type of " + slot + ": add them");
      }
      Object owner = owner(values, slot);
      for (Extreme extreme : cases) {
        if (!extreme.everywhere() && sample++ % 23 != 0) {
          continue;
        }
        int[] counts = outcomes.computeIfAbsent(slot.valueType().getSimpleName(), k -> new int[3]);
        counts[checkThroughTheApi(JSON, slot, owner, extreme.value(), MEBI)]++;
      }
    }
    // every type's extremes were tried, and both sides of each edge were met
    for (Class<?> type : extremes.keySet()) {
      int[] counts = outcomes.get(type.getSimpleName());
      assertTrue(counts != null && counts[0] > 0, "no extreme " + type.getSimpleName() + " was encoded: " + outcomes);
    }
    for (Class<?> type : List.of(String.class, BigDecimal.class, LocalDate.class, Instant.class, OffsetDateTime.class)) {
      assertTrue(outcomes.get(type.getSimpleName())[1] > 0, "no extreme " + type.getSimpleName() + " was refused");
    }
  }

  @Test
  void randomValuesNearTheEdgesBuiltThroughTheApiEncodeOnlyWhereTheyDecodeAgain() {
    SplittableRandom random = new SplittableRandom(20161914L);
    ShapeValues values = new ShapeValues(20161915L);
    Map<Class<?>, List<Slot>> slotsByType = new LinkedHashMap<>();
    for (Slot slot : slots()) {
      slotsByType.computeIfAbsent(slot.valueType(), k -> new ArrayList<>()).add(slot);
    }
    int[] outcomes = new int[3];
    for (Map.Entry<Class<?>, Function<SplittableRandom, Object>> generator : RANDOM.entrySet()) {
      List<Slot> slots = slotsByType.get(generator.getKey());
      assertFalse(slots == null, "no property holds a " + generator.getKey());
      for (int i = 0; i < 2000; i++) {
        Slot slot = slots.get(random.nextInt(slots.size()));
        Object value = generator.getValue().apply(random);
        outcomes[checkThroughTheApi(JSON, slot, owner(values, slot), value, MEBI)]++;
        if (value instanceof String) { // and against an instance with a short string limit
          outcomes[checkThroughTheApi(TIGHT, slot, owner(values, slot), value, 40)]++;
        }
      }
    }
    assertTrue(outcomes[0] > 1000 && outcomes[1] > 500, "encoded, refused, unbuildable: " + List.of(outcomes[0], outcomes[1],
        outcomes[2]));
  }

  /** Random values of each scalar type with edges, biased towards the edges of what the format holds. */
  private static final Map<Class<?>, Function<SplittableRandom, Object>> RANDOM = new LinkedHashMap<>();

  static {
    RANDOM.put(String.class, ScalarExtremesTest::randomText);
    RANDOM.put(Integer.class, r -> switch (r.nextInt(3)) {
      case 0 -> r.nextInt();
      case 1 -> Integer.MAX_VALUE - r.nextInt(3);
      default -> Integer.MIN_VALUE + r.nextInt(3);
    });
    RANDOM.put(BigDecimal.class, r -> {
      if (r.nextInt(20) == 0) {
        return new BigDecimal(BigInteger.valueOf(r.nextLong(1, 100)), r.nextBoolean() ? r.nextInt(Integer.MIN_VALUE, -1000)
            : r.nextInt(1000, Integer.MAX_VALUE));
      }
      int digits = r.nextInt(1, 70);
      BigInteger unscaled = new BigInteger(randomDigits(r, digits));
      return new BigDecimal(r.nextBoolean() ? unscaled : unscaled.negate(), r.nextInt(-10, 75));
    });
    RANDOM.put(LocalDate.class, r -> edge(r, LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), 400,
        (date, days) -> date.plusDays(days)));
    RANDOM.put(Instant.class, r -> edge(r, FIRST_INSTANT, LAST_INSTANT, 86_400_000_000_000L,
        (instant, nanos) -> instant.plusNanos(nanos)));
    RANDOM.put(OffsetDateTime.class, r -> {
      LocalDateTime local = edge(r, LocalDateTime.of(0, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999),
          86_400_000_000_000L, (dateTime, nanos) -> dateTime.plusNanos(nanos));
      int offset = r.nextBoolean() ? r.nextInt(-18 * 60, 18 * 60 + 1) * 60 : r.nextInt(-18 * 3600, 18 * 3600 + 1);
      return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offset));
    });
    RANDOM.put(LocalTime.class, r -> LocalTime.ofNanoOfDay(r.nextBoolean() ? r.nextLong(86_400_000_000_000L)
        : r.nextBoolean() ? r.nextLong(1000) : 86_400_000_000_000L - 1 - r.nextLong(1000)));
    RANDOM.put(Period.class, r -> Period.of(edgeInt(r), edgeInt(r), edgeInt(r)));
    RANDOM.put(ZoneId.class, r -> ZoneOffset.ofTotalSeconds(r.nextInt(-18 * 3600, 18 * 3600 + 1)));
  }

  private static int edgeInt(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> Integer.MAX_VALUE - r.nextInt(2);
      case 1 -> Integer.MIN_VALUE + r.nextInt(2);
      case 2 -> r.nextInt(-3, 4);
      default -> r.nextInt();
    };
  }

  /** A value near {@code low} or {@code high}, on either side, within {@code spread} units. */
  private static <T> T edge(SplittableRandom r, T low, T high, long spread, java.util.function.BiFunction<T, Long, T> plus) {
    long step = r.nextLong(-spread, spread + 1);
    if (r.nextInt(4) == 0) {
      step = r.nextLong(-3, 4);
    }
    return plus.apply(r.nextBoolean() ? low : high, step);
  }

  private static String randomDigits(SplittableRandom r, int n) {
    StringBuilder digits = new StringBuilder();
    digits.append((char) ('1' + r.nextInt(9)));
    for (int i = 1; i < n; i++) {
      digits.append((char) ('0' + r.nextInt(10)));
    }
    return digits.toString();
  }

  /** Text of characters from every part of UTF-16: ASCII, controls, the rest of the BMP, pairs and lone surrogates. */
  private static String randomText(SplittableRandom r) {
    StringBuilder text = new StringBuilder();
    int length = r.nextInt(8) == 0 ? r.nextInt(30, 50) : r.nextInt(0, 12);
    while (text.length() < length) {
      switch (r.nextInt(7)) {
        case 0 -> text.append((char) r.nextInt(0x20, 0x7f));
        case 1 -> text.append((char) r.nextInt(0, 0x20));
        case 2 -> text.append((char) r.nextInt(0x80, 0xD800));
        case 3 -> text.append((char) r.nextInt(0xE000, 0x10000));
        case 4 -> text.appendCodePoint(r.nextInt(0x10000, 0x110000));
        case 5 -> text.append((char) r.nextInt(0xD800, 0xDC00)); // a high surrogate, alone unless a low one follows
        default -> text.append((char) r.nextInt(0xDC00, 0xE000));
      }
    }
    return text.toString();
  }

  /**
   * Builds {@code owner} again with {@code value} in the slot, encodes it and checks the outcome
   * against {@link #held}. Returns 0 if it was encoded and read back, 1 if it was refused, 2 if the
   * model itself refused the value.
   */
  private static int checkThroughTheApi(MinutebookJson json, Slot slot, Object owner, Object value, int maxStringLength) {
    Object built;
    try {
      built = slot.rebuild(owner, value);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return 2; // the model's own check refuses it (a negative vote count, a financial year of 2^31 - 1)
    }
    Object stored = slot.stored(built);
    String where = slot + " = " + describe(value) + " (stored as " + describe(stored) + ")";
    byte[] encoded;
    try {
      encoded = encode(json, slot.shape(), built);
    } catch (MinutebookJsonException e) {
      assertFalse(held(stored, maxStringLength), () -> where + " is held by the format but refused: " + e.getMessage());
      assertEquals(slot.pointer(), e.pointer(), () -> where + ": " + e.getMessage());
      assertTrue(e.problem().startsWith("cannot write"), e.problem());
      return 1;
    }
    assertTrue(held(stored, maxStringLength), () -> where + " is not held by the format, but was written: "
        + new String(encoded, 0, Math.min(encoded.length, 300), StandardCharsets.UTF_8));
    Object decoded;
    try {
      decoded = json.decode(encoded, slot.shape().type());
    } catch (MinutebookJsonException e) {
      throw new AssertionError(where + " was written, but the reader refuses it: " + e.getMessage(), e);
    }
    assertEquals(built, decoded, where);
    assertArrayEquals(encoded, encode(json, slot.shape(), decoded), where + ": other bytes when written again");
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static <T> byte[] encode(MinutebookJson json, TypeShape<T, ?> shape, Object value) {
    return json.encode((T) value, shape.type());
  }

  private static List<Extreme> enumExtremes(Class<?> type) {
    List<Extreme> constants = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      constants.add(all(constant));
    }
    return constants;
  }

  private static String describe(@Nullable Object value) {
    String text = String.valueOf(value);
    return text.length() > 60 ? text.substring(0, 60) + "… (" + text.length() + " characters)" : text;
  }

  // --- the extremes, through the wire ---

  /** A written form, and the Java value it stands for when the format holds it (null: refused). */
  private record Form(String json, @Nullable Object value) {}

  private static Form reads(String json, Object value) {
    return new Form(json, value);
  }

  private static Form refused(String json) {
    return new Form(json, null);
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static Map<Class<?>, List<Form>> wireExtremes() {
    Map<Class<?>, List<Form>> forms = new LinkedHashMap<>();
    forms.put(String.class, List.of(reads("\"\"", ""), reads(quoted("x".repeat(MEBI)), "x".repeat(MEBI)),
        refused(quoted("x".repeat(MEBI + 1))), reads("\"\\ud83c\\udf89\"", "\uD83C\uDF89"), refused("\"\\ud800\""),
        refused("\"a\\udc00\""), reads("\"\\u0000\\u001f\\u2028\\uffff\"", "\u0000\u001f\u2028\uffff"), refused("7")));
    forms.put(Integer.class, List.of(reads("2147483647", Integer.MAX_VALUE), reads("-2147483648", Integer.MIN_VALUE),
        reads("0", 0), reads("-0", 0), refused("2147483648"), refused("-2147483649"), refused("1e3"), refused("1.0"),
        refused("\"1\"")));
    forms.put(Boolean.class, List.of(reads("true", true), reads("false", false), refused("1"), refused("\"true\"")));
    String nines = "9".repeat(64);
    forms.put(BigDecimal.class, List.of(reads(quoted(nines), new BigDecimal(nines)), refused(quoted("1" + "0".repeat(64))),
        reads(quoted("-" + nines + "." + nines), new BigDecimal("-" + nines + "." + nines)),
        reads(quoted("0." + "0".repeat(63) + "1"), new BigDecimal("1E-64")), refused(quoted("0." + "0".repeat(64) + "1")),
        reads(quoted("-0"), BigDecimal.ZERO), refused(quoted("1E+70")), refused(quoted("1E+999999999")), refused("1"),
        refused(quoted("01")), refused(quoted("1.")), refused(quoted("+1"))));
    forms.put(LocalDate.class, List.of(reads(quoted("0000-01-01"), LocalDate.of(0, 1, 1)),
        reads(quoted("9999-12-31"), LocalDate.of(9999, 12, 31)), reads(quoted("2016-02-29"), LocalDate.of(2016, 2, 29)),
        refused(quoted("2015-02-29")), refused(quoted("10000-01-01")), refused(quoted("+10000-01-01")),
        refused(quoted("-0001-12-31"))));
    forms.put(LocalTime.class, List.of(reads(quoted("00:00"), LocalTime.MIN), reads(quoted("23:59:59.999999999"), LocalTime.MAX),
        reads(quoted("12:00:00.1"), LocalTime.of(12, 0, 0, 100_000_000)), refused(quoted("24:00")),
        refused(quoted("23:59:60")), refused(quoted("12:00:00.1234567890"))));
    forms.put(Instant.class, List.of(reads(quoted("0000-01-01T00:00:00Z"), FIRST_INSTANT),
        reads(quoted("9999-12-31T23:59:59.999999999Z"), LAST_INSTANT),
        reads(quoted("9999-12-31T23:59:60Z"), Instant.parse("9999-12-31T23:59:59Z")),
        reads(quoted("9999-12-30T24:00:00.000Z"), Instant.parse("9999-12-31T00:00:00Z")),
        refused(quoted("9999-12-31T24:00:00Z")), refused(quoted("9999-12-31T24:00:00.000000000Z")),
        refused(quoted("+10000-01-01T00:00:00Z")), refused(quoted("-0001-12-31T23:59:59Z")),
        refused(quoted("2020-01-01T00:00:00+00:00"))));
    forms.put(OffsetDateTime.class, List.of(
        reads(quoted("0000-01-01T00:00:00+18:00"), OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.MAX)),
        reads(quoted("9999-12-31T23:59:59.999999999-18:00"), OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999,
            ZoneOffset.MIN)),
        reads(quoted("2024-07-01T17:52:51-00:00"), OffsetDateTime.of(2024, 7, 1, 17, 52, 51, 0, ZoneOffset.UTC)),
        refused(quoted("2024-07-01T17:52:51+18:01")), refused(quoted("2024-07-01T17:52:51+01:00:30")),
        refused(quoted("2024-07-01T24:00:00Z")), refused(quoted("10000-01-01T00:00:00Z")),
        refused(quoted("2024-07-01T17:52Z"))));
    forms.put(Period.class, List.of(reads(quoted("P0D"), Period.ZERO), reads(quoted("P2147483647Y"), Period.ofYears(Integer.MAX_VALUE)),
        reads(quoted("P-2147483648Y-2147483648M-2147483648D"), Period.of(Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE)),
        reads(quoted("-P2147483647Y2147483647M2147483647D"), Period.of(-Integer.MAX_VALUE, -Integer.MAX_VALUE, -Integer.MAX_VALUE)),
        refused(quoted("P2147483648Y")), refused(quoted("-P-2147483648Y")), refused(quoted("P")), refused(quoted("P1W")),
        refused(quoted("PT1H"))));
    forms.put(MonthDay.class, List.of(reads(quoted("--02-29"), MonthDay.of(2, 29)), reads(quoted("--12-31"), MonthDay.of(12, 31)),
        refused(quoted("--02-30")), refused(quoted("--13-01"))));
    forms.put(ZoneId.class, List.of(reads(quoted("+18:00"), ZoneOffset.MAX), reads(quoted("-18:00"), ZoneOffset.MIN),
        reads(quoted("Z"), ZoneOffset.UTC), reads(quoted("+01:00:30"), ZoneOffset.ofHoursMinutesSeconds(1, 0, 30)),
        reads(quoted("UTC+1"), ZoneId.of("UTC+01:00")), reads(quoted("America/Argentina/Buenos_Aires"),
            ZoneId.of("America/Argentina/Buenos_Aires")),
        refused(quoted("+18:01")), refused(quoted("Mars/Olympus_Mons")), refused(quoted("x".repeat(65)))));
    forms.put(Currency.class, List.of(reads(quoted("XAU"), Currency.getInstance("XAU")), refused(quoted("gbp")),
        refused(quoted("ZZZ"))));
    return forms;
  }

  @Test
  void extremeWrittenFormsDecodeOnlyWhereTheyEncodeAgain() {
    Map<Class<?>, List<Form>> extremes = wireExtremes();
    ShapeValues values = new ShapeValues(20261206L);
    Set<String> tried = new TreeSet<>();
    int sample = 0;
    for (Slot slot : slots()) {
      List<Form> forms = extremes.get(slot.valueType());
      if (forms == null) {
        continue; // code lists: every constant is written and read by the API test
      }
      Object owner = owner(values, slot);
      for (Form form : forms) {
        if (form.json().length() > 1000 && sample++ % 23 != 0) {
          continue;
        }
        checkThroughTheWire(slot, owner, form);
        tried.add(slot.valueType().getSimpleName());
      }
    }
    assertEquals(new TreeSet<>(extremes.keySet().stream().map(Class::getSimpleName).toList()), tried);
  }

  @Test
  void randomWrittenFormsNearTheEdgesDecodeOnlyWhereTheyEncodeAgain() {
    SplittableRandom random = new SplittableRandom(20161916L);
    ShapeValues values = new ShapeValues(20161917L);
    Map<Class<?>, List<Slot>> slotsByType = new LinkedHashMap<>();
    for (Slot slot : slots()) {
      slotsByType.computeIfAbsent(slot.valueType(), k -> new ArrayList<>()).add(slot);
    }
    int[] outcomes = new int[2];
    for (Map.Entry<Class<?>, Function<SplittableRandom, String>> generator : RANDOM_FORMS.entrySet()) {
      List<Slot> slots = slotsByType.get(generator.getKey());
      for (int i = 0; i < 2000; i++) {
        Slot slot = slots.get(random.nextInt(slots.size()));
        outcomes[checkThroughTheWire(slot, owner(values, slot), new Form(generator.getValue().apply(random), null))
            ? 0 : 1]++;
      }
    }
    assertTrue(outcomes[0] > 500 && outcomes[1] > 500, "read, refused: " + List.of(outcomes[0], outcomes[1]));
  }

  /** Random written forms of each scalar type: the right shape, with digits at and past the edges. */
  private static final Map<Class<?>, Function<SplittableRandom, String>> RANDOM_FORMS = new LinkedHashMap<>();

  static {
    RANDOM_FORMS.put(LocalDate.class, r -> quoted(year(r) + "-" + two(r, 12) + "-" + two(r, 31)));
    RANDOM_FORMS.put(LocalTime.class, r -> quoted(two(r, 24) + ":" + two(r, 59) + (r.nextBoolean() ? ":" + two(r, 60)
        + fraction(r) : "")));
    RANDOM_FORMS.put(Instant.class, r -> quoted(year(r) + "-" + two(r, 12) + "-" + two(r, 31) + "T" + two(r, 24) + ":"
        + two(r, 59) + ":" + two(r, 60) + fraction(r) + "Z"));
    RANDOM_FORMS.put(OffsetDateTime.class, r -> quoted(year(r) + "-" + two(r, 12) + "-" + two(r, 31) + "T" + two(r, 24) + ":"
        + two(r, 59) + ":" + two(r, 60) + fraction(r) + (r.nextInt(4) == 0 ? "Z" : (r.nextBoolean() ? "+" : "-")
        + two(r, 18) + ":" + two(r, 59))));
    RANDOM_FORMS.put(Period.class, r -> quoted((r.nextInt(4) == 0 ? "-" : "") + "P" + periodPart(r, "Y") + periodPart(r, "M")
        + periodPart(r, "D")));
    RANDOM_FORMS.put(BigDecimal.class, r -> quoted((r.nextBoolean() ? "-" : "") + (r.nextInt(5) == 0 ? "0"
        : randomDigits(r, r.nextInt(60, 67))) + (r.nextBoolean() ? "." + "0".repeat(r.nextInt(0, 60))
        + randomDigits(r, r.nextInt(1, 8)) : "")));
    RANDOM_FORMS.put(Integer.class, r -> (r.nextBoolean() ? "-" : "") + (r.nextBoolean() ? "214748364" + r.nextInt(10)
        : Long.toString(r.nextLong(0, 1L << 33))));
    RANDOM_FORMS.put(String.class, r -> {
      StringBuilder json = new StringBuilder("\"");
      for (int i = 0, n = r.nextInt(0, 6); i < n; i++) {
        int unit = switch (r.nextInt(4)) {
          case 0 -> r.nextInt(0xD800, 0xE000); // a surrogate, escaped: lone unless a matching one follows
          case 1 -> r.nextInt(0, 0x20);
          case 2 -> r.nextInt(0xE000, 0x10000);
          default -> r.nextInt(0x20, 0x7f);
        };
        json.append(String.format("\\u%04x", unit));
      }
      return json.append('"').toString();
    });
  }

  private static String year(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> "0000";
      case 1 -> "9999";
      case 2 -> "+10000";
      default -> String.format("%04d", r.nextInt(10_000));
    };
  }

  /** Two digits, mostly at or near {@code edge}, sometimes past it. */
  private static String two(SplittableRandom r, int edge) {
    int value = switch (r.nextInt(4)) {
      case 0 -> 0;
      case 1 -> edge;
      case 2 -> Math.min(99, edge + 1);
      default -> r.nextInt(0, Math.min(100, edge + 1));
    };
    return String.format("%02d", value);
  }

  private static String fraction(SplittableRandom r) {
    return r.nextBoolean() ? "" : "." + randomDigits(r, r.nextInt(1, 10)).replace('1', r.nextBoolean() ? '0' : '9');
  }

  private static String periodPart(SplittableRandom r, String unit) {
    return switch (r.nextInt(4)) {
      case 0 -> "";
      case 1 -> "2147483647" + unit;
      case 2 -> "-214748364" + (8 + r.nextInt(2)) + unit;
      default -> r.nextInt(-100, 100) + unit;
    };
  }

  /**
   * Puts a written form into the slot of {@code owner}'s encoding and decodes it. A form the
   * format holds (one with a Java value) must give the value the API builds with that value, where
   * the model accepts it; every form that is read must encode, and read back the same. Returns
   * whether the form was read.
   */
  private static boolean checkThroughTheWire(Slot slot, Object owner, Form form) {
    byte[] carrier = slot.carrier(encode(JSON, slot.shape(), owner), form.json());
    String where = slot + " = " + describe(form.json());
    Object expected = null;
    if (form.value() != null) {
      try {
        expected = slot.rebuild(owner, form.value());
      } catch (IllegalArgumentException | IllegalStateException e) {
        expected = null; // the model refuses the value: so must the reader
      }
    }
    Object decoded;
    try {
      decoded = JSON.decode(carrier, slot.shape().type());
    } catch (MinutebookJsonException e) {
      if (expected != null) {
        throw new AssertionError(where + " is held by the format, but refused: " + e.getMessage(), e);
      }
      assertFalse(e.problem().startsWith(DecoderFuzzTest.INTERNAL_ERROR), e.getMessage());
      return false;
    }
    if (form.value() != null || expected != null) {
      assertEquals(expected, decoded, where);
    }
    byte[] encoded;
    try {
      encoded = encode(JSON, slot.shape(), decoded);
    } catch (MinutebookJsonException e) {
      throw new AssertionError(where + " was read, but cannot be written: " + e.getMessage(), e);
    }
    Object again = JSON.decode(encoded, slot.shape().type());
    assertEquals(decoded, again, where);
    assertArrayEquals(encoded, encode(JSON, slot.shape(), again), where);
    return true;
  }

  // --- the reproducers of issue 16, by name ---

  @Test
  void theLastInstantOfTheYear9999IsTheLatestAnInstantMayBe() {
    MinutebookJsonException e = assertThrows(MinutebookJsonException.class, () -> JSON.decode(
        "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"provenance\": {\"retrievedAt\": \"9999-12-31T24:00:00Z\"}}"));
    assertEquals("\"9999-12-31T24:00:00Z\" is not an instant such as \"2026-11-22T03:21:00Z\": it is the first instant of "
        + "the year 10000; the format holds years 0000 to 9999", e.problem());
    assertEquals("/provenance/retrievedAt", e.pointer());
    assertEquals(1, e.line());
    assertEquals(72, e.column());
  }

  @Test
  void aHugeAmountIsRefusedQuicklyWithoutBeingSpelledOut() {
    Money huge = Money.of(new BigDecimal("1E+999999999"), Currency.getInstance("GBP"));
    MinutebookJsonException e = assertThrows(MinutebookJsonException.class, () -> JSON.encode(huge, Money.class));
    assertEquals("cannot write the decimal 1E+999999999: it has 1000000000 digits before its point and 0 after, and the "
        + "format holds at most 64 on each side", e.problem());
    assertEquals("/amount", e.pointer());
    EvaluationCriterion weight = EvaluationCriterion.of("price", new BigDecimal("-1E+999999999"));
    assertEquals("/weightPercent", assertThrows(MinutebookJsonException.class,
        () -> JSON.encode(weight, EvaluationCriterion.class)).pointer());
  }

  @Test
  void anAmountTheReaderWouldRefuseIsNeverWritten() {
    Money large = Money.of(new BigDecimal("1E+70"), Currency.getInstance("GBP"));
    MinutebookJsonException e = assertThrows(MinutebookJsonException.class, () -> JSON.encode(large, Money.class));
    assertEquals("cannot write the decimal of 73 significant digits: it has 71 digits before its point and 2 after, and "
        + "the format holds at most 64 on each side", e.problem());
    Money largest = Money.of(new BigDecimal("1E+63"), Currency.getInstance("GBP"));
    assertEquals(largest, JSON.decode(JSON.encode(largest, Money.class), Money.class));
  }

  @Test
  void aDocumentLargerThanTheLimitIsNotWritten() {
    MinutebookJson small = MinutebookJson.builder().maxDocumentBytes(100).build();
    io.github.minutebook.meeting.Meeting meeting = io.github.minutebook.meeting.Meeting.builder().title("x".repeat(100)).build();
    MinutebookJsonException e = assertThrows(MinutebookJsonException.class, () -> small.encode(meeting));
    assertEquals("the document written has " + JSON.encode(meeting).length + " bytes; this instance reads at most 100",
        e.problem());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    assertThrows(MinutebookJsonException.class, () -> small.writeNdjson(List.of(meeting), out));
    MinutebookJsonException inArray = assertThrows(MinutebookJsonException.class,
        () -> small.writeArray(List.of(io.github.minutebook.meeting.Meeting.builder().build(), meeting), out));
    assertEquals("/1", inArray.pointer());
    assertEquals(meeting, JSON.decode(JSON.encode(meeting)));
  }

  @Test
  void nestingBeyondTheLimitIsRefusedAsAValueTheFormatCannotHold() {
    MinutebookJson shallow = MinutebookJson.builder().maxNestingDepth(3).build();
    io.github.minutebook.meeting.Meeting meeting = io.github.minutebook.meeting.Meeting.builder()
        .addAgendaItems(io.github.minutebook.agenda.AgendaItem.builder().title("t")
            .addResolutions(io.github.minutebook.decision.Resolution.builder().build()).build()).build();
    MinutebookJsonException e = assertThrows(MinutebookJsonException.class, () -> shallow.encode(meeting));
    assertEquals("Document nesting depth (4) exceeds the maximum allowed (3)", e.problem());
    assertFalse(e.problem().contains("StreamWriteConstraints"), e.problem());
    assertEquals("/agendaItems/0/resolutions/0", e.pointer(), "the object that would be the fourth level");
  }

  // --- the slots: every property of every type whose values are scalars ---

  /** One small value of each type, made once: the extremes are set in it one at a time. */
  private static final Map<TypeShape<?, ?>, Object> OWNERS = new java.util.HashMap<>();

  private static Object owner(ShapeValues values, Slot slot) {
    return OWNERS.computeIfAbsent(slot.shape(), shape -> essentials(shape, values.full(shape)));
  }

  /**
   * {@code full} with only the properties it cannot be without (required and defaulted ones): a
   * meeting with everything set is half a megabyte, which every check would write and read.
   */
  @SuppressWarnings("unchecked")
  private static Object essentials(TypeShape<?, ?> shape, Object full) {
    TypeShape<Object, Object> type = (TypeShape<Object, Object>) shape;
    Object builder = type.newBuilder();
    for (PropertyShape<Object, Object, ?> p : type.properties()) {
      if (p.cardinality() == Cardinality.REQUIRED || p.cardinality() == Cardinality.DEFAULTED) {
        ((BiConsumer<Object, Object>) p.setter()).accept(builder, p.getter().apply(full));
      }
    }
    return type.build().apply(builder);
  }

  /** A property of a type of the model whose values are of a scalar type (or a code list). */
  private record Slot(TypeShape<?, ?> shape, PropertyShape<?, ?, ?> property) {
    Class<?> valueType() {
      return property.valueType();
    }

    /** The JSON Pointer of the value in the slot, in an encoding of its owner. */
    String pointer() {
      return switch (property.cardinality()) {
        case LIST -> "/" + property.name() + "/0";
        case MAP -> "/" + property.name() + "/" + Scalars.name((Enum<?>) firstKey());
        default -> "/" + property.name();
      };
    }

    Object firstKey() {
      return java.util.Objects.requireNonNull(property.keyType()).getEnumConstants()[0];
    }

    /** {@code owner}, built again with {@code value} in this slot and every other property as it was. */
    @SuppressWarnings("unchecked")
    Object rebuild(Object owner, Object value) {
      TypeShape<Object, Object> type = (TypeShape<Object, Object>) shape;
      Object builder = type.newBuilder();
      for (PropertyShape<Object, Object, ?> p : type.properties()) {
        Object current = p.name().equals(property.name()) ? wrap(value) : p.getter().apply(owner);
        if (current != null) {
          ((BiConsumer<Object, Object>) p.setter()).accept(builder, current);
        }
      }
      return type.build().apply(builder);
    }

    private Object wrap(Object value) {
      return switch (property.cardinality()) {
        case LIST -> List.of(value);
        case MAP -> Map.of(firstKey(), value);
        default -> value;
      };
    }

    /** The value the slot holds in {@code owner}, as the model stores it (a sum of money normalised). */
    @SuppressWarnings("unchecked")
    Object stored(Object owner) {
      Object value = ((Function<Object, Object>) property.getter()).apply(owner);
      return switch (property.cardinality()) {
        case LIST -> ((List<?>) value).get(0);
        case MAP -> ((Map<?, ?>) value).get(firstKey());
        default -> value;
      };
    }

    /** {@code encoded}, with the written form {@code json} in this slot. */
    byte[] carrier(byte[] encoded, String json) {
      ObjectNode tree = (ObjectNode) TREES.readTree(encoded);
      JsonNode value = TREES.readTree(json);
      JsonNode placed = switch (property.cardinality()) {
        case LIST -> JsonNodeFactory.instance.arrayNode().add(value);
        case MAP -> JsonNodeFactory.instance.objectNode().set(Scalars.name((Enum<?>) firstKey()), value);
        default -> value;
      };
      tree.set(property.name(), placed);
      return TREES.writeValueAsBytes(tree);
    }

    @Override
    public String toString() {
      return shape.type().getSimpleName() + "." + property.name();
    }
  }

  private static List<Slot> slots() {
    List<Slot> slots = new ArrayList<>();
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      if (shape.isSealed()) {
        continue;
      }
      for (PropertyShape<?, ?, ?> property : shape.properties()) {
        Class<?> type = property.valueType();
        boolean scalar = type.isEnum() || ModelShapes.ALL.stream().noneMatch(s -> s.type() == type);
        if (scalar && property.cardinality() != Cardinality.MAP || property.cardinality() == Cardinality.MAP
            && type == Integer.class) {
          slots.add(new Slot(shape, property));
        }
      }
    }
    return slots;
  }
}
