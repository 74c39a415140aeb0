package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import io.github.minutebook.json.internal.Codec;
import io.github.minutebook.json.internal.ModelCodecs;
import io.github.minutebook.json.internal.Scalars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Each pattern in the schema accepts exactly the strings its codec reads: checked on every date of
 * many years, every time, every day of the year, and thousands of near misses. The patterns are
 * tried as ECMA-262 expressions (through joni, as JSON Schema asks) and as Java ones, so that
 * validators of either kind agree with the decoder.
 */
class SchemaPatternTest {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Test
  void theDatePatternIsTheCalendar() {
    List<String> candidates = new ArrayList<>();
    int[][] years = {{0, 120}, {380, 420}, {1580, 1620}, {1880, 1920}, {1980, 2120}, {2380, 2420}, {9880, 9999}};
    for (int[] range : years) {
      for (int year = range[0]; year <= range[1]; year++) {
        for (int month = 0; month <= 13; month++) {
          for (int day = 0; day <= 32; day++) {
            candidates.add(String.format("%04d-%02d-%02d", year, month, day));
          }
        }
      }
    }
    candidates.addAll(List.of("2016-9-14", "2016-09-4", "16-09-14", "12016-09-14", "+2016-09-14", "-0001-01-01",
        "2016-09-14T", " 2016-09-14", "2016/09/14", "20160914", "2016-09-14Z", "", "２０１６-09-14"));
    assertExact(Scalars.DATE_CODEC, candidates, 10_000);
  }

  @Test
  void theTimePatternIsTheClock() {
    List<String> candidates = new ArrayList<>();
    for (int hour = 0; hour <= 25; hour++) {
      for (int minute = 0; minute <= 61; minute++) {
        candidates.add(String.format("%02d:%02d", hour, minute));
        for (int second : new int[] {0, 9, 30, 59, 60, 61}) {
          candidates.add(String.format("%02d:%02d:%02d", hour, minute, second));
        }
      }
    }
    for (String fraction : new String[] {".", ".0", ".5", ".123456789", ".1234567890", ".000000000", ",5"}) {
      candidates.add("19:00:00" + fraction);
      candidates.add("23:59:59" + fraction);
      candidates.add("24:00:00" + fraction);
      candidates.add("19:00" + fraction);
    }
    candidates.addAll(List.of("7:00", "19", "19:0", "19:00:", "1900", "19:00Z", "T19:00", "19:00 ", "", "19h00"));
    assertExact(Scalars.TIME_CODEC, candidates, 7_000);
  }

  @Test
  void theInstantPatternIsWhatInstantParseTakes() {
    List<String> candidates = new ArrayList<>();
    String[] dates = {"2016-02-29", "2015-02-29", "2016-02-30", "2016-12-31", "2016-06-30", "0000-01-01", "9999-12-31",
        "2016-13-01", "1900-02-29", "2000-02-29"};
    String[] times = {"00:00:00", "23:59:59", "23:59:60", "23:58:60", "22:59:60", "12:00:60", "24:00:00", "24:00:01",
        "24:01:00", "24:00:60", "23:60:00", "19:00", "19:00:00.5", "23:59:60.999999999", "24:00:00.0",
        "24:00:00.000000000", "24:00:00.5", "24:00:00.0000000000", "19:00:00.1234567890"};
    for (String date : dates) {
      for (String time : times) {
        for (String t : new String[] {"T", "t", " "}) {
          for (String zone : new String[] {"Z", "z", "+00:00", ""}) {
            candidates.add(date + t + time + zone);
          }
        }
      }
    }
    assertExact(Scalars.INSTANT_CODEC, candidates, 40);
  }

  @Test
  void theDateTimePatternIsWhatOffsetDateTimeParseTakes() {
    List<String> candidates = new ArrayList<>();
    String[] dates = {"2016-02-29", "2015-02-29", "2016-02-30", "2016-12-31", "0000-01-01", "9999-12-31", "2016-13-01",
        "1900-02-29", "2000-02-29"};
    String[] times = {"00:00:00", "23:59:59", "23:59:60", "24:00:00", "23:60:00", "19:00", "19:00:00.5",
        "23:59:59.999999999", "19:00:00.1234567890", "19:00:00."};
    String[] offsets = {"Z", "z", "+00:00", "-00:00", "+02:00", "-05:30", "+18:00", "-18:00", "+18:01", "+19:00",
        "+02:60", "+0200", "+02", "+02:00:00", "", "UTC", "[Europe/Berlin]", "+02:00[Europe/Berlin]"};
    for (String date : dates) {
      for (String time : times) {
        for (String t : new String[] {"T", "t", " "}) {
          for (String offset : offsets) {
            candidates.add(date + t + time + offset);
          }
        }
      }
    }
    assertExact(Scalars.DATE_TIME_CODEC, candidates, 140);
  }

  @Test
  void theDayOfYearPatternIsEveryDayOfSomeYear() {
    List<String> candidates = new ArrayList<>();
    for (int month = 0; month <= 13; month++) {
      for (int day = 0; day <= 32; day++) {
        candidates.add(String.format("--%02d-%02d", month, day));
      }
    }
    candidates.addAll(List.of("--2-29", "02-29", "---02-29", "--02-29-", "--0229", ""));
    assertExact(Scalars.MONTH_DAY_CODEC, candidates, 366);
  }

  @Test
  void theYearStartPatternRefusesTheTwentyNinthOfFebruaryAsFinancialYearDoes() {
    Map<String, Object> yearStart = ModelCodecs.YEAR_START.schema().keywords();
    assertEquals(Map.of("const", "--02-29"), yearStart.get("not"));
    assertEquals(Scalars.MONTH_DAY_CODEC.schema().keywords().get("pattern"), yearStart.get("pattern"));
  }

  @Test
  void thePeriodPatternIsWhatPeriodParseTakesOfYearsMonthsAndDays() {
    List<String> candidates = new ArrayList<>();
    String[] amounts = {"", "0", "1", "-1", "12", "999999999", "-999999999", "1234567890", "+1", "1.5"};
    for (String sign : new String[] {"", "-", "+"}) {
      for (String years : amounts) {
        for (String months : amounts) {
          for (String days : amounts) {
            candidates.add(sign + "P" + unit(years, "Y") + unit(months, "M") + unit(days, "D"));
          }
        }
      }
    }
    SplittableRandom random = new SplittableRandom(1);
    String alphabet = "-P0123456789YMDWT";
    for (int i = 0; i < 30_000; i++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "P" : "");
      for (int n = random.nextInt(1, 8); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      candidates.add(text.toString());
    }
    candidates.addAll(List.of("P", "-P", "p1y", "P1y", "P1M1Y", "P1Y1Y", "P1W", "PT1H", "P1Y ", ""));
    assertExact(Scalars.PERIOD_CODEC, candidates, 500);
  }

  private static String unit(String amount, String unit) {
    return amount.isEmpty() ? "" : amount + unit;
  }

  @Test
  void theDecimalPatternIsWhatTheReaderTakes() {
    List<String> candidates = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(2);
    String alphabet = "-+0123456789.eE ,";
    for (int i = 0; i < 30_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(1, 9); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      candidates.add(text.toString());
    }
    for (int digits = 62; digits <= 66; digits++) { // at most 64 digits on each side of the point
      candidates.add("9".repeat(digits));
      candidates.add("-" + "9".repeat(digits));
      candidates.add("0." + "5".repeat(digits));
      candidates.add("9".repeat(digits) + "." + "5".repeat(digits));
      candidates.add("-" + "9".repeat(64) + "." + "5".repeat(digits));
    }
    candidates.addAll(List.of("0", "-0", "00", "01", "1.", ".5", "1.50", "949000.00", "1e3", "-", "", "٣"));
    assertExact(Scalars.DECIMAL_STRING, candidates, 1_000);
  }

  @Test
  void theCurrencyAndZonePatternsAdmitEverythingTheReaderKnows() {
    List<String> currencies = java.util.Currency.getAvailableCurrencies().stream()
        .map(java.util.Currency::getCurrencyCode).toList();
    assertAdmits(Scalars.CURRENCY_CODEC, currencies);
    List<String> zones = new ArrayList<>(java.time.ZoneId.getAvailableZoneIds());
    zones.addAll(List.of("Z", "+10:00", "-05:30", "+05:30:17", "UTC", "GMT+1", "UT-02:00"));
    assertAdmits(Scalars.ZONE, zones);
  }

  // --- the check ---

  private static void assertExact(Codec<?> codec, List<String> candidates, int minimumAccepted) {
    assertExact(codec, candidates, minimumAccepted, text -> true);
  }

  /** The pattern (and {@code alsoRequired}) accepts exactly what the codec reads. */
  private static void assertExact(Codec<?> codec, List<String> candidates, int minimumAccepted,
      java.util.function.Predicate<String> alsoRequired) {
    String pattern = (String) codec.schema().keywords().get("pattern");
    RegularExpression ecma = JoniRegularExpressionFactory.getInstance().getRegularExpression(pattern);
    Pattern java = Pattern.compile(pattern);
    List<String> wrong = new ArrayList<>();
    int accepted = 0;
    for (String text : candidates) {
      boolean reads = reads(codec, text);
      accepted += reads ? 1 : 0;
      boolean byEcma = ecma.matches(text) && alsoRequired.test(text);
      boolean byJava = java.matcher(text).find() && alsoRequired.test(text);
      if (reads != byEcma || reads != byJava) {
        wrong.add("\"" + text + "\": reader " + reads + ", ECMA-262 " + byEcma + ", Java " + byJava);
      }
    }
    assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " strings disagree with " + pattern);
    assertTrue(accepted >= minimumAccepted, "only " + accepted + " candidates were valid");
  }

  private static void assertAdmits(Codec<?> codec, List<String> values) {
    String pattern = (String) codec.schema().keywords().get("pattern");
    RegularExpression ecma = JoniRegularExpressionFactory.getInstance().getRegularExpression(pattern);
    for (String value : values) {
      if (reads(codec, value)) {
        assertTrue(ecma.matches(value), value + " is read but does not match " + pattern);
      }
    }
  }

  private static boolean reads(Codec<?> codec, String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      literal.append(c == '"' || c == '\\' ? "\\" + c : String.valueOf(c));
    }
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), literal.append('"').toString())) {
      parser.nextToken();
      codec.read(parser);
      return true;
    } catch (MinutebookJsonException e) {
      return false;
    }
  }
}
