package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.testing.RandomMeetings;
import io.github.minutebook.testing.RandomMeetings.Shape;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * Generated values survive the format: {@code decode(encode(v)).equals(v)}, and encoding is
 * deterministic, for ten thousand wire-safe meetings from a fixed seed, for the values of other
 * top-level types inside them, for extreme sums in every currency and for awkward text.
 *
 * <p>A failure lists every kind of loss found, with how often it happened and the first example:
 * the path of the value that changed and what it became.
 */
class GeneratedRoundTripTest {
  private static final long SEED = 20261122L;
  private static final int MEETINGS = 10_000;
  private static final MinutebookJson JSON = MinutebookJson.standard();
  private static final MinutebookJson ANOTHER = MinutebookJson.builder().build();
  /** For the few generated meetings (very deep paragraphs) nested more than the standard 200 levels. */
  private static final MinutebookJson DEEP = MinutebookJson.builder().maxNestingDepth(1_000).build();

  @Test
  void tenThousandGeneratedMeetingsSurviveEncodingAndDecoding() {
    Losses losses = new Losses();
    RandomMeetings generator = new RandomMeetings(SEED, Shape.WIRE_SAFE);
    Counts counts = new Counts();
    for (int i = 0; i < MEETINGS; i++) {
      Meeting meeting = generator.meeting();
      boolean thorough = i % 10 == 0;
      roundTripAtAnyDepth("meeting " + i, meeting, Meeting.class, losses, counts, thorough);
      if (thorough) {
        MinutebookJson json = isTooDeep(meeting, Meeting.class) ? DEEP : JSON;
        roundTrip("pretty meeting " + i, meeting, json::encodePretty, json::decode, losses, null, false);
      }
    }
    System.out.printf("GeneratedRoundTripTest: %,d generated meetings (seed %d) round-tripped, %,d bytes; "
        + "%d nested deeper than the standard limit of 200%n", MEETINGS, SEED, counts.bytes, counts.deep);
    losses.assertNone();
    assertTrue(counts.deep < MEETINGS / 50, counts.deep + " meetings were too deep for the standard limits");
  }

  /** Running totals. */
  private static final class Counts {
    long bytes;
    int deep;
  }

  /** Whether the standard writer refuses {@code value} for nesting more than 200 levels. */
  private static <T> boolean isTooDeep(T value, Class<T> type) {
    try {
      JSON.encode(value, type);
      return false;
    } catch (JacksonException e) {
      return String.valueOf(e.getMessage()).startsWith("Document nesting depth");
    }
  }

  /**
   * Round-trips {@code value} with the standard limits, or, where the standard writer refuses it
   * for its nesting (as it must, since the standard reader would refuse it too), with a deeper limit.
   */
  private static <T> void roundTripAtAnyDepth(String name, T value, Class<T> type, Losses losses, Counts counts,
      boolean thorough) {
    MinutebookJson json = JSON;
    byte[] encoded = null;
    try {
      encoded = JSON.encode(value, type);
    } catch (JacksonException e) {
      if (String.valueOf(e.getMessage()).startsWith("Document nesting depth")) {
        counts.deep++;
        json = DEEP;
      } // else the round trip notes what the encoder throws
    }
    MinutebookJson chosen = json;
    counts.bytes += roundTrip(name, value, encoded, v -> chosen.encode(v, type), bytes -> chosen.decode(bytes, type),
        losses, thorough && chosen == JSON ? v -> ANOTHER.encode(v, type) : null, thorough);
  }

  @Test
  void valuesOfOtherTopLevelTypesSurviveOnTheirOwn() {
    Map<Class<?>, List<Object>> values = new LinkedHashMap<>();
    for (Class<?> type : List.of(Money.class, Amount.class, FundingAllocation.class, ContractAward.class,
        ContractTerm.class, EvaluationCriterion.class, Resolution.class, Vote.class, AgendaItem.class, Party.class,
        Person.class, Body.class)) {
      values.put(type, new ArrayList<>());
    }
    RandomMeetings generator = new RandomMeetings(SEED + 1, Shape.WIRE_SAFE);
    for (int i = 0; i < 1_000; i++) {
      collect(generator.meeting(), values, 2_000);
    }
    Losses losses = new Losses();
    StringBuilder counts = new StringBuilder();
    values.forEach((type, found) -> {
      for (int i = 0; i < found.size(); i++) {
        roundTripAs(type, type.getSimpleName() + " " + i, found.get(i), losses);
      }
      counts.append(String.format(" %s %,d;", type.getSimpleName(), found.size()));
      assertTrue(found.size() >= 100, "only " + found.size() + " values of " + type.getSimpleName());
    });
    System.out.println("GeneratedRoundTripTest: values of other top-level types round-tripped:" + counts);
    losses.assertNone();
  }

  @SuppressWarnings("unchecked")
  private static <T> void roundTripAs(Class<T> type, String name, Object value, Losses losses) {
    roundTripAtAnyDepth(name, (T) value, type, losses, new Counts(), true);
  }

  /** Extreme but wire-safe sums: the largest and smallest magnitudes and scales the generator makes. */
  static List<BigDecimal> extremeAmounts() {
    BigInteger widest = BigInteger.TWO.pow(120).subtract(BigInteger.ONE);
    return List.of(
        BigDecimal.ZERO,
        new BigDecimal("-0.00"),
        new BigDecimal(widest, -20), // 1.3E+56
        new BigDecimal(widest.negate(), -20),
        new BigDecimal(widest, 20),
        new BigDecimal(widest, 0),
        BigDecimal.valueOf(9, 30), // 9E-30
        BigDecimal.valueOf(-9, 30),
        BigDecimal.valueOf(9, -30), // 9E+30
        BigDecimal.valueOf(-1, -30),
        new BigDecimal("-3E+1"), // scale -1, the default fraction digits of a currency without a minor unit
        new BigDecimal("5E+1"),
        BigDecimal.valueOf(Long.MIN_VALUE, 6),
        BigDecimal.valueOf(Long.MAX_VALUE, -3),
        BigDecimal.valueOf(Long.MAX_VALUE, 0),
        new BigDecimal("0.5"),
        new BigDecimal("123456789.123456789"));
  }

  @Test
  void extremeSumsInEveryCurrencySurvive() {
    Losses losses = new Losses();
    List<Currency> currencies = Currency.getAvailableCurrencies().stream()
        .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();
    int ran = 0;
    for (Currency currency : currencies) {
      for (BigDecimal amount : extremeAmounts()) {
        Money money = Money.of(amount, currency);
        String name = currency.getCurrencyCode() + " " + amount + " (scale " + amount.scale() + ")";
        roundTripAs(Money.class, "Money " + name, money, losses);
        Amount stated = Amount.builder().money(money).asWritten(money.toString()).build();
        roundTripAs(Amount.class, "Amount " + name, stated, losses);
        ran++;
      }
    }
    Meeting meeting = Meeting.builder().title("every extreme sum").addAgendaItems(AgendaItem.builder()
        .title("sums").addResolutions(Resolution.builder().addParts(io.github.minutebook.decision.ResolutionPart
            .builder().text("allocate").effect(io.github.minutebook.decision.PartEffect.ALLOCATE_FUNDING)
            .addAllFundingAllocations(extremeAmounts().stream()
                .map(a -> FundingAllocation.builder().amount(Amount.of(Money.of(a, Currency.getInstance("GBP"))))
                    .build())
                .toList())
            .build()).build()).build()).build();
    roundTrip("meeting of extreme sums", meeting, JSON::encode, JSON::decode, losses, ANOTHER::encode, true);
    System.out.printf("GeneratedRoundTripTest: %,d extreme sums in %d currencies round-tripped%n", ran,
        currencies.size());
    losses.assertNone();
  }

  /** Text that is awkward to escape, encode or normalise. */
  static List<String> awkwardText() {
    List<String> texts = new ArrayList<>(List.of(
        "", " ", " \t ", "\n", "\r\n", "\u0000", "\u0001\u001f", "\u007f", "\u0080\u009f",
        "\"", "\\", "\\\"", "/", "</script>", "\u2028\u2029", "\uFEFF", "\uFFFE\uFFFF", "\uFFFD",
        "\uD83C\uDF89", "\uDBFF\uDFFF", "\uD800\uDC00", "👩‍👩‍👧‍👦", "🇬🇧", "e\u0301", "\u00e9", "Å\u212b",
        "Ελληνικά", "日本語", "עברית", "العربية", "\u202eevil\u202c", "ﷺ", "\u0000\u0000\u0000",
        "{\"minutebook\": \"3.0\", \"type\": \"meeting\"}", "null", "\\u0000", "%s %n", "£949k", "x".repeat(70_000)));
    RandomMeetings generator = new RandomMeetings(SEED + 2, Shape.WIRE_SAFE);
    for (int i = 0; i < 2_000; i++) {
      texts.add(generator.text());
    }
    return texts;
  }

  @Test
  void awkwardTextSurvives() {
    Losses losses = new Losses();
    List<String> texts = awkwardText();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      Meeting meeting = Meeting.builder().title(text).location(text).addAgendaItems(AgendaItem.builder().title(text)
          .build()).body(Body.builder().name(text).build()).build();
      roundTrip("text " + i, meeting, JSON::encode, JSON::decode, losses, ANOTHER::encode, true);
      roundTrip("pretty text " + i, meeting, JSON::encodePretty, JSON::decode, losses, null, true);
    }
    System.out.printf("GeneratedRoundTripTest: %,d awkward texts round-tripped%n", texts.size());
    losses.assertNone();
  }

  @Test
  void theGeneratorIsReproducible() {
    Meeting first = new RandomMeetings(SEED, Shape.WIRE_SAFE).meeting();
    assertEquals(first, new RandomMeetings(SEED, Shape.WIRE_SAFE).meeting());
  }

  // --- the round trip ---

  /**
   * Encodes twice, decodes and compares, noting any loss; returns the size of the encoding. A
   * thorough round trip also encodes the decoded value again, which must give the same bytes.
   */
  private static <T> long roundTrip(String name, T value, Function<T, byte[]> encode, Function<byte[], T> decode,
      Losses losses, Function<T, byte[]> encodeElsewhere, boolean thorough) {
    return roundTrip(name, value, null, encode, decode, losses, encodeElsewhere, thorough);
  }

  /** A round trip whose first encoding, unless null, has been made already. */
  private static <T> long roundTrip(String name, T value, byte[] encodedAlready, Function<T, byte[]> encode,
      Function<byte[], T> decode, Losses losses, Function<T, byte[]> encodeElsewhere, boolean thorough) {
    byte[] encoded = encodedAlready;
    try {
      if (encoded == null) {
        encoded = encode.apply(value);
      }
    } catch (RuntimeException e) {
      losses.add("encoding throws " + e.getClass().getSimpleName() + ": " + shape(e.getMessage()),
          name + ": " + e.getMessage());
      return 0;
    }
    if (!Arrays.equals(encoded, encode.apply(value))) {
      losses.add("encoding twice gives different bytes", name);
    }
    if (encodeElsewhere != null && !Arrays.equals(encoded, encodeElsewhere.apply(value))) {
      losses.add("another MinutebookJson encodes differently", name);
    }
    T decoded;
    try {
      decoded = decode.apply(encoded);
    } catch (MinutebookJsonException e) {
      losses.add("decoding what was encoded fails: " + shape(e.problem()) + " at " + shape(e.pointer()),
          name + ": " + e.getMessage());
      return encoded.length;
    }
    if (!decoded.equals(value)) {
      String difference = Difference.between("", value, decoded);
      String where = difference.substring(0, difference.indexOf(':'));
      losses.add("the decoded value differs at " + where.replaceAll("\\[[0-9]+]", "[]").replaceAll("^.*/([^/]+/[^/]+)$",
          ".../$1"), name + ": " + difference);
      return encoded.length;
    }
    if (thorough && !Arrays.equals(encoded, encode.apply(decoded))) {
      losses.add("the decoded value encodes differently", name);
    }
    return encoded.length;
  }

  /** A message with its digits and quoted values blurred, to count problems of one kind together. */
  private static String shape(String message) {
    String text = String.valueOf(message).replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("[0-9]+", "N");
    return text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }

  /** Losses of one run, by kind, with a count and the first example of each. */
  private static final class Losses {
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, String> examples = new TreeMap<>();

    void add(String kind, String example) {
      counts.merge(kind, 1, Integer::sum);
      examples.putIfAbsent(kind, example.length() > 600 ? example.substring(0, 600) + "…" : example);
    }

    void assertNone() {
      if (counts.isEmpty()) {
        return;
      }
      StringBuilder report = new StringBuilder("values did not survive the round trip:");
      counts.forEach((kind, count) -> report.append("\n  ").append(count).append(" × ").append(kind)
          .append("\n      first: ").append(examples.get(kind)));
      System.out.println(report);
      throw new AssertionError(report.toString());
    }
  }

  // --- looking inside model values ---

  /** The attributes of a value of the model: the abstract accessors of its Immutables type. */
  private static List<Method> attributes(Object value) {
    Set<Method> methods = new LinkedHashSet<>();
    for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      if (Modifier.isAbstract(type.getModifiers())) {
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0
              && Modifier.isPublic(method.getModifiers())) {
            methods.add(method);
          }
        }
      }
    }
    List<Method> sorted = new ArrayList<>(methods);
    sorted.sort(Comparator.comparing(Method::getName));
    return sorted;
  }

  private static boolean isModelValue(Object value) {
    return value.getClass().getName().startsWith("io.github.minutebook.") && !(value instanceof Enum<?>);
  }

  private static Object get(Method attribute, Object value) {
    try {
      return attribute.invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds every value inside {@code value} whose type is a key of {@code found}, up to {@code limit} a type. */
  private static void collect(Object value, Map<Class<?>, List<Object>> found, int limit) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collect(v, found, limit));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, found, limit));
    } else if (value != null && isModelValue(value)) {
      found.forEach((type, values) -> {
        if (type.isInstance(value) && values.size() < limit) {
          values.add(value);
        }
      });
      for (Method attribute : attributes(value)) {
        collect(get(attribute, value), found, limit);
      }
    }
  }

  /** Where two values of the model first differ. */
  private static final class Difference {
    static String between(String path, Object expected, Object actual) {
      String found = first(path, expected, actual);
      return found != null ? found : path + ": equal parts but unequal values: " + expected + " became " + actual;
    }

    private static String first(String path, Object expected, Object actual) {
      if (expected == null ? actual == null : expected.equals(actual)) {
        return null;
      }
      if (expected == null || actual == null) {
        return leaf(path, expected, actual);
      }
      if (expected instanceof Optional<?> e && actual instanceof Optional<?> a) {
        return e.isPresent() && a.isPresent() ? first(path, e.get(), a.get()) : leaf(path, expected, actual);
      }
      if (expected instanceof List<?> e && actual instanceof List<?> a) {
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
          String found = first(path + "[" + i + "]", e.get(i), a.get(i));
          if (found != null) {
            return found;
          }
        }
        return leaf(path + ".size", e.size(), a.size());
      }
      if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
        for (Map.Entry<?, ?> entry : e.entrySet()) {
          String found = first(path + "[" + entry.getKey() + "]", entry.getValue(), a.get(entry.getKey()));
          if (found != null) {
            return found;
          }
        }
        return leaf(path + ".keys", e.keySet(), a.keySet());
      }
      if (isModelValue(expected) && expected.getClass() == actual.getClass()) {
        for (Method attribute : attributes(expected)) {
          String found = first(path + "/" + attribute.getName(), get(attribute, expected), get(attribute, actual));
          if (found != null) {
            return found;
          }
        }
      }
      return leaf(path, expected, actual);
    }

    private static String leaf(String path, Object expected, Object actual) {
      return path + ": " + describe(expected) + " became " + describe(actual);
    }

    private static String describe(Object value) {
      String text = String.valueOf(value);
      if (text.length() > 120) {
        text = text.substring(0, 120) + "…";
      }
      return value instanceof BigDecimal d ? text + " (scale " + d.scale() + ")" : text;
    }
  }
}
