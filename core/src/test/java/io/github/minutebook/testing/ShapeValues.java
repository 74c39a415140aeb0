package io.github.minutebook.testing;

import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.internal.shape.Cardinality;
import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import io.github.minutebook.internal.shape.TypeShape;
import io.github.minutebook.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Values of any type of the model with every property set, made from the type's shape alone: a
 * property added to a model type is set here with no change to this class, so that round trips
 * check it from the first build. Unlike {@link RandomMeetings}, which knows what minutes say, the
 * values are plausible only in their types.
 *
 * <p>The few types whose checks tie their properties together (a financial year's two years, a sum
 * of money's scale) are made by their factories, listed in {@link #MADE_BY_FACTORY}.
 */
public final class ShapeValues {
  /** How many values of one type a path from the root may pass through: bounds a type that holds itself. */
  private static final int MAX_SAME_TYPE = 2;
  private static final List<String> WORDS = List.of("Executive", "Leeds City Council", "£949k", "(1)", "é ñ ü",
      "RESOLVED that", "Part 2 – exempt", "\"quoted\"", "line\nbreak", "7.1");

  /** Types whose values tie their properties together: made whole. */
  private static final Map<Class<?>, Function<SplittableRandom, Object>> MADE_BY_FACTORY = Map.of(
      FinancialYear.class, r -> FinancialYear.startingIn(r.nextInt(1990, 2040)),
      Money.class, r -> Money.of(BigDecimal.valueOf(r.nextLong(-1_000_000_000L, 1_000_000_000L), 2),
          Currency.getInstance(r.nextBoolean() ? "GBP" : "EUR")));

  private final SplittableRandom random;
  /** The types of the values being made, from the root down. */
  private final java.util.Deque<Class<?>> path = new java.util.ArrayDeque<>();

  /** Values from {@code seed}: the same seed gives the same values. */
  public ShapeValues(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * A value of {@code shape}'s type with every property set, at every depth: only a type that holds
   * itself, directly or not (a paragraph's points, a part's sub-parts), stops at its second level,
   * below which it has its required properties alone.
   */
  public <T> T full(TypeShape<T, ?> shape) {
    path.clear();
    return make(shape, 0);
  }

  @SuppressWarnings("unchecked")
  private <T, B> T make(TypeShape<T, B> shape, int depth) {
    Function<SplittableRandom, Object> factory = MADE_BY_FACTORY.get(shape.type());
    if (factory != null) {
      return shape.type().cast(factory.apply(random));
    }
    if (shape.isSealed()) {
      List<? extends TypeShape<? extends T, ?>> kinds = shape.subtypes();
      return make((TypeShape<T, ?>) kinds.get(random.nextInt(kinds.size())), depth);
    }
    B builder = shape.newBuilder();
    path.push(shape.type());
    for (PropertyShape<T, B, ?> property : shape.properties()) {
      boolean required = property.cardinality() == Cardinality.REQUIRED;
      if (!required && path.stream().filter(t -> t == property.valueType()).count() >= MAX_SAME_TYPE) {
        continue; // a type that holds itself, however deep: two levels of it are enough
      }
      set(builder, property, depth);
    }
    path.pop();
    return shape.build().apply(builder);
  }

  @SuppressWarnings("unchecked")
  private <T, B, V> void set(B builder, PropertyShape<T, B, V> property, int depth) {
    switch (property.cardinality()) {
      case LIST -> {
        List<Object> values = new ArrayList<>();
        for (int i = 0, n = random.nextInt(1, 3); i < n; i++) {
          values.add(value(property.valueType(), depth + 1));
        }
        ((BiConsumer<B, Object>) property.setter()).accept(builder, values);
      }
      case MAP -> {
        Class<?> keyType = property.keyType();
        if (keyType == null || !keyType.isEnum()) {
          throw new IllegalStateException(property + ": only maps keyed by a code list are made");
        }
        Map<Object, Object> values = new java.util.LinkedHashMap<>();
        Object[] keys = keyType.getEnumConstants();
        for (int i = 0, n = random.nextInt(1, 3); i < n; i++) {
          values.put(keys[random.nextInt(keys.length)], value(property.valueType(), depth + 1));
        }
        ((BiConsumer<B, Object>) property.setter()).accept(builder, values);
      }
      default -> ((BiConsumer<B, Object>) property.setter()).accept(builder, value(property.valueType(), depth + 1));
    }
  }

  private Object value(Class<?> type, int depth) {
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      if (shape.type() == type) {
        return make(shape, depth);
      }
    }
    if (type == String.class) {
      return WORDS.get(random.nextInt(WORDS.size()));
    }
    if (type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == Integer.class) {
      return random.nextInt(0, 100);
    }
    if (type == BigDecimal.class) {
      return BigDecimal.valueOf(random.nextLong(0, 10_000), random.nextInt(0, 3));
    }
    if (type == LocalDate.class) {
      return LocalDate.of(random.nextInt(1970, 2040), random.nextInt(1, 13), random.nextInt(1, 29));
    }
    if (type == LocalTime.class) {
      return LocalTime.of(random.nextInt(0, 24), random.nextInt(0, 60));
    }
    if (type == Instant.class) {
      return Instant.ofEpochSecond(random.nextLong(0, 2_000_000_000L));
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(LocalDate.of(random.nextInt(1970, 2040), random.nextInt(1, 13), random.nextInt(1, 29)),
          LocalTime.of(random.nextInt(0, 24), random.nextInt(0, 60), random.nextInt(0, 60)),
          ZoneOffset.ofHours(random.nextInt(-12, 15)));
    }
    if (type == Period.class) {
      return Period.ofMonths(random.nextInt(1, 61));
    }
    if (type == MonthDay.class) {
      return MonthDay.of(random.nextInt(1, 13), random.nextInt(1, 29));
    }
    if (type == ZoneId.class) {
      return ZoneId.of(random.nextBoolean() ? "Europe/London" : "America/Chicago");
    }
    if (type == Currency.class) {
      return Currency.getInstance(random.nextBoolean() ? "GBP" : "USD");
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    throw new IllegalStateException("ShapeValues cannot make a " + type.getName()
        + ": teach it the type (a new kind of value in the model)");
  }
}
