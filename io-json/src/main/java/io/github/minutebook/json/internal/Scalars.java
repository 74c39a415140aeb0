package io.github.minutebook.json.internal;

import com.google.common.base.Ascii;
import io.github.minutebook.internal.shape.CodeNames;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Codecs for the scalar values of the format: text, whole numbers, booleans, decimals, dates,
 * times, instants, dates and times with an offset, zones, periods and code lists. Each accepts exactly one JSON type and one written form.
 */
public final class Scalars {
  private Scalars() {}

  /**
   * Most digits accepted on each side of a decimal's point. Limits on each side, not on the whole
   * length, so that whatever is read can be written and read again: normalising a sum to its
   * currency's scale adds digits after the point only to a sum that had none.
   */
  static final int MAX_DECIMAL_DIGITS = 64;

  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,63})(\\.[0-9]{1,64})?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?");
  private static final Pattern INSTANT =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z");
  private static final Pattern DATE_TIME =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");
  /** Each part of a period is a 32-bit whole number: up to ten digits (larger values are refused when parsed). */
  private static final Pattern PERIOD = Pattern.compile("-?P(?:-?[0-9]{1,10}Y)?(?:-?[0-9]{1,10}M)?(?:-?[0-9]{1,10}D)?");
  private static final Pattern MONTH_DAY = Pattern.compile("--[0-9]{2}-[0-9]{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /**
   * Text: any JSON string that is well-formed Unicode (no lone surrogates), and no longer than the
   * reader's string limit. The writer refuses what the reader would: a lone surrogate, which UTF-8
   * cannot encode, and text over the limit of the instance that writes it.
   */
  public static final Codec<String> TEXT = new Codec<>() {
    @Override
    public String read(JsonParser p) {
      String text = string(p, "text");
      int lone = loneSurrogate(text);
      if (lone >= 0) {
        throw Decoding.error(p, "text contains a lone surrogate (\\u" + Integer.toHexString(text.charAt(lone))
            + " at character " + lone + "), which is not Unicode text");
      }
      return text;
    }

    @Override
    public void write(String value, JsonGenerator g) {
      int length = value.length();
      int most = Encoding.maxStringLength(g);
      if (length > most) {
        throw Encoding.error(g, "cannot write text of " + length + " characters: at most " + most
            + " are written, as many as the reader accepts");
      }
      int lone = loneSurrogate(value);
      if (lone >= 0) {
        throw Encoding.error(g, "cannot write text with a lone surrogate (\\u" + Integer.toHexString(value.charAt(lone))
            + " at character " + lone + "): it is not Unicode text, and UTF-8 cannot encode it");
      }
      g.writeString(value);
    }

    @Override
    public Schema schema() {
      return Schema.of().put("type", "string");
    }
  };

  /** A whole number that fits in 32 bits. */
  public static final Codec<Integer> INTEGER = new Codec<>() {
    @Override
    public Integer read(JsonParser p) {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw Decoding.expected(p, "a whole number");
      }
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        throw Decoding.error(p, "the number " + p.getString() + " is outside the range of a whole number here ("
            + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
      }
      return p.getIntValue();
    }

    @Override
    public void write(Integer value, JsonGenerator g) {
      g.writeNumber(value);
    }

    @Override
    public Schema schema() {
      return Schema.of().put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
    }
  };

  /** true or false. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(JsonParser p) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw Decoding.expected(p, "true or false");
      }
      return token == JsonToken.VALUE_TRUE;
    }

    @Override
    public void write(Boolean value, JsonGenerator g) {
      g.writeBoolean(value);
    }

    @Override
    public Schema schema() {
      return Schema.of().put("type", "boolean");
    }
  };

  /** An exact decimal written as a string: "-12.50", never a JSON number and never with an exponent. */
  public static final Codec<BigDecimal> DECIMAL_STRING = new Codec<>() {
    @Override
    public BigDecimal read(JsonParser p) {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
        throw Decoding.error(p, "a decimal is written as a string, such as \"949000.00\", never as a JSON number");
      }
      String text = string(p, "a decimal string");
      if (!isPlainDecimal(text)) {
        throw Decoding.error(p, "\"" + shorten(text) + "\" is not a plain decimal such as \"949000.00\" or \"-0.5\" (no exponent, no spaces, no leading zeros)");
      }
      int point = text.indexOf('.');
      int before = (point < 0 ? text.length() : point) - (text.charAt(0) == '-' ? 1 : 0);
      int after = point < 0 ? 0 : text.length() - point - 1;
      if (before > MAX_DECIMAL_DIGITS || after > MAX_DECIMAL_DIGITS) {
        throw Decoding.error(p, "the decimal has " + before + " digits before its point and " + after
            + " after; at most " + MAX_DECIMAL_DIGITS + " are accepted on each side");
      }
      return new BigDecimal(text);
    }

    @Override
    public void write(BigDecimal value, JsonGenerator g) {
      // counted from the precision and scale, before any digit is written: 1E+999999999 in plain
      // notation would be a billion characters
      long before = Math.max(1L, (long) value.precision() - value.scale());
      long after = Math.max(0L, value.scale());
      if (before > MAX_DECIMAL_DIGITS || after > MAX_DECIMAL_DIGITS) {
        throw Encoding.error(g, "cannot write the decimal " + (value.precision() <= 40 ? value.toString()
            : "of " + value.precision() + " significant digits") + ": it has " + before + " digits before its point and "
            + after + " after, and the format holds at most " + MAX_DECIMAL_DIGITS + " on each side");
      }
      g.writeString(value.toPlainString());
    }

    @Override
    public Schema schema() {
      return Schema.string(DECIMAL.pattern(), "An exact decimal, written as a string: at most "
          + MAX_DECIMAL_DIGITS + " digits on each side of the point.");
    }
  };

  /** A calendar date, "2016-09-14", years 0000 to 9999. */
  public static final Codec<LocalDate> DATE_CODEC = parsed("date", DATE, "a date such as \"2016-09-14\"",
      Scalars::parseDate, date -> {
        checkYear(date.getYear(), date);
        return date.toString();
      });

  /** A local time, "19:00" or "19:00:30", to the nanosecond. */
  public static final Codec<LocalTime> TIME_CODEC = parsed("time", TIME, "a time such as \"19:00\"",
      Scalars::parseTime, LocalTime::toString);

  /** The last instant of the year 9999: the latest the format holds. */
  static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * An instant in UTC, "2026-11-22T03:21:00Z", of the years 0000 to 9999: "9999-12-31T24:00:00Z",
   * the first instant of the year 10000, is refused, since it could not be written back.
   */
  public static final Codec<Instant> INSTANT_CODEC = parsed("instant", INSTANT, "an instant such as \"2026-11-22T03:21:00Z\"",
      Scalars::parseInstant, instant -> {
        String text = instant.toString();
        if (!INSTANT.matcher(text).matches()) {
          throw new IllegalArgumentException("cannot write " + text + ": the format holds instants of years 0000 to 9999");
        }
        return text;
      });

  /**
   * A date and time with the UTC offset the publisher gave, "2024-07-01T17:52:51+02:00": written
   * back with the same offset ({@code Z} for UTC), seconds always and a fraction where there is one.
   * The offset is in whole minutes, as the written form has no seconds for it.
   */
  public static final Codec<OffsetDateTime> DATE_TIME_CODEC = parsed("dateTime", DATE_TIME,
      "a date and time with its offset such as \"2024-07-01T17:52:51+02:00\"",
      text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME), dateTime -> {
        checkYear(dateTime.getYear(), dateTime);
        if (dateTime.getOffset().getTotalSeconds() % 60 != 0) {
          throw new IllegalArgumentException("cannot write " + dateTime + ": the format holds offsets in whole minutes");
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
      });

  /** An ISO-8601 period of years, months and days, "P5Y", "P1Y6M". */
  public static final Codec<Period> PERIOD_CODEC = parsed("period", PERIOD, "a period such as \"P5Y\" or \"P18M\"",
      text -> {
        if (text.equals("P") || text.equals("-P")) {
          throw new DateTimeParseException("empty period", text, 0);
        }
        return Period.parse(text);
      }, Period::toString);

  /** A day of the year, "--04-01". */
  public static final Codec<MonthDay> MONTH_DAY_CODEC = parsed("monthDay", MONTH_DAY, "a day of the year such as \"--04-01\"",
      MonthDay::parse, MonthDay::toString);

  /** A time-zone region or offset: "Europe/London", "+10:00". */
  public static final Codec<ZoneId> ZONE = parsed("zone", Pattern.compile("[A-Za-z0-9_+\\-/:]{1,64}"),
      "a time zone such as \"Europe/London\"", ZoneId::of, ZoneId::getId);

  /** An ISO 4217 currency code, "GBP". */
  public static final Codec<Currency> CURRENCY_CODEC = parsed("currency", CURRENCY, "an ISO 4217 currency code such as \"GBP\"",
      Currency::getInstance, Currency::getCurrencyCode);

  /** A code list: the enum's constants in lower case with hyphens, "report-for-decision". */
  // The tables indexed by ordinal are built here from this run's constants and never stored: an
  // EnumMap without its lookups on every value read and written.
  @SuppressWarnings("EnumOrdinal")
  public static <E extends Enum<E>> Codec<E> codeList(Class<E> type) {
    E[] constants = type.getEnumConstants();
    List<String> names = new ArrayList<>();
    java.util.Map<String, E> byName = new java.util.HashMap<>();
    for (E constant : constants) {
      String name = name(constant);
      names.add(name);
      byName.put(name, constant);
    }
    String expected = "one of " + names;
    tools.jackson.core.io.SerializedString[] written = new tools.jackson.core.io.SerializedString[constants.length];
    for (E constant : constants) {
      written[constant.ordinal()] = new tools.jackson.core.io.SerializedString(name(constant));
    }
    // the names by length, to be matched against the parser's own characters without making a String
    int longest = names.stream().mapToInt(String::length).max().orElse(0);
    @SuppressWarnings("unchecked")
    E[][] byLength = (E[][]) java.lang.reflect.Array.newInstance(type.arrayType(), longest + 1);
    for (int length = 0; length <= longest; length++) {
      int n = length;
      byLength[length] = java.util.Arrays.stream(constants).filter(c -> name(c).length() == n)
          .toArray(size -> (E[]) java.lang.reflect.Array.newInstance(type, size));
    }
    char[][] nameChars = new char[constants.length][];
    for (E constant : constants) {
      nameChars[constant.ordinal()] = name(constant).toCharArray();
    }
    return new Codec<>() {
      @Override
      public E read(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          int length = p.getStringLength();
          if (length <= longest) {
            char[] chars = p.getStringCharacters();
            int offset = p.getStringOffset();
            for (E candidate : byLength[length]) {
              if (java.util.Arrays.equals(nameChars[candidate.ordinal()], 0, length, chars, offset, offset + length)) {
                return candidate;
              }
            }
          }
        }
        String text = string(p, expected);
        E value = byName.get(text);
        if (value == null) {
          throw Decoding.error(p, Decoding.quote(text) + " is not one of " + names);
        }
        return value;
      }

      @Override
      public void write(E value, JsonGenerator g) {
        g.writeString(written[value.ordinal()]);
      }

      @Override
      public Schema schema() {
        return Schema.definition(type.getSimpleName()).put("type", "string").put("enum", names);
      }

      @Override
      public String definitionName() {
        return type.getSimpleName();
      }

      @Override
      public Class<?> valueType() {
        return type;
      }
    };
  }

  /** The written name of a code-list value: lower case with hyphens. */
  public static String name(Enum<?> value) {
    return CodeNames.of(value);
  }

  /** Whether {@code text} matches {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, checked without a regular expression. */
  static boolean isPlainDecimal(String text) {
    int n = text.length();
    int i = 0;
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    int integerStart = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    int integerDigits = i - integerStart;
    if (integerDigits == 0 || (integerDigits > 1 && text.charAt(integerStart) == '0')) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    i++;
    int fractionStart = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    return i == n && i > fractionStart;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of the two digits at {@code i}, or -1 if they are not two digits. */
  private static int twoDigits(String text, int i) {
    char a = text.charAt(i);
    char b = text.charAt(i + 1);
    return isDigit(a) && isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
  }

  /** A date in the form uuuu-MM-dd, checked and built without a formatter; null if the form is wrong. */
  static @Nullable LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int century = twoDigits(text, 0);
    int year = twoDigits(text, 2);
    int month = twoDigits(text, 5);
    int day = twoDigits(text, 8);
    if (century < 0 || year < 0 || month < 0 || day < 0) {
      return null;
    }
    return LocalDate.of(century * 100 + year, month, day); // throws DateTimeException for 30 February
  }

  /** A time in the form HH:mm[:ss[.fffffffff]], checked and built without a formatter; null if the form is wrong. */
  static @Nullable LocalTime parseTime(String text) {
    int n = text.length();
    if (n < 5 || text.charAt(2) != ':') {
      return null;
    }
    int hour = twoDigits(text, 0);
    int minute = twoDigits(text, 3);
    if (hour < 0 || minute < 0) {
      return null;
    }
    if (n == 5) {
      return LocalTime.of(hour, minute);
    }
    if (n < 8 || text.charAt(5) != ':') {
      return null;
    }
    int second = twoDigits(text, 6);
    if (second < 0) {
      return null;
    }
    if (n == 8) {
      return LocalTime.of(hour, minute, second);
    }
    if (text.charAt(8) != '.' || n == 9 || n > 18) {
      return null;
    }
    int nanos = 0;
    for (int i = 9; i < 18; i++) {
      int digit = 0;
      if (i < n) {
        char c = text.charAt(i);
        if (!isDigit(c)) {
          return null;
        }
        digit = c - '0';
      }
      nanos = nanos * 10 + digit;
    }
    return LocalTime.of(hour, minute, second, nanos);
  }

  private static void checkYear(int year, Object value) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("cannot write " + value + ": the format holds years 0000 to 9999");
    }
  }

  private static String string(JsonParser p, String what) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Decoding.expected(p, what);
    }
    return p.getString();
  }

  private static <T> Codec<T> parsed(String name, Pattern form, String what, Function<String, @Nullable T> parse,
      Function<T, String> format) {
    return new Codec<>() {
      @Override
      public T read(JsonParser p) {
        String text = string(p, what);
        boolean handParsed = form == DATE || form == TIME; // these parse their own form, faster than a regex
        if (!handParsed && !form.matcher(text).matches()) {
          throw Decoding.error(p, "\"" + shorten(text) + "\" is not " + what);
        }
        @Nullable T value;
        try {
          value = parse.apply(text);
        } catch (DateTimeException | IllegalArgumentException e) {
          throw Decoding.error(p, "\"" + shorten(text) + "\" is not " + what
              + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
        if (value == null) {
          throw Decoding.error(p, "\"" + shorten(text) + "\" is not " + what);
        }
        return value;
      }

      @Override
      public void write(T value, JsonGenerator g) {
        String text;
        try {
          text = format.apply(value);
        } catch (IllegalArgumentException e) { // a value the format cannot hold, such as a date of the year 10000
          throw Encoding.error(g, String.valueOf(e.getMessage()));
        }
        g.writeString(text);
      }

      @Override
      public Schema schema() {
        return Schema.string(SchemaForms.EXACT.getOrDefault(name, form.pattern()),
            what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + ".");
      }
    };
  }

  /**
   * The written forms in the schema, where they are narrower than the reader's first check: what
   * the parser then accepts, exactly, so that the schema and the decoder agree (a 30 February, a
   * 24:00 or an empty period fail both). Regular expressions in the common subset of Java's and
   * ECMA-262's syntax; SchemaPatternTest checks each against its parser.
   */
  static final class SchemaForms {
    private SchemaForms() {}

    /** A date of years 0000 to 9999 that the proleptic Gregorian calendar has: leap days in leap years only. */
    static final String DATE = "[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
        + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29";

    /** 00:00 to 23:59:59.999999999. */
    static final String TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?";

    /**
     * What {@code Instant.parse} accepts of the pre-checked form: also a leap second 23:59:60, and
     * 24:00:00 as the next day's start, except on the last day of 9999, whose next day is in the
     * year 10000.
     */
    static final String INSTANT = "(?!9999-12-31T24)(?:" + DATE + ")T(?:(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]|23:59:60)"
        + "(?:\\.[0-9]{1,9})?|24:00:00(?:\\.0{1,9})?)Z";

    /**
     * What {@code OffsetDateTime.parse} accepts of the pre-checked form: a clock time of 00:00:00
     * to 23:59:59 (no leap second, no 24:00) and an offset of at most 18 hours.
     */
    static final String DATE_TIME = "(?:" + DATE + ")T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?"
        + "(?:Z|[+-](?:(?:0[0-9]|1[0-7]):[0-5][0-9]|18:00))";

    /** At least one of years, months and days, each of up to ten digits (a 32-bit whole number, which the parser checks). */
    static final String PERIOD = "-?P(?=-?[0-9])(?:-?[0-9]{1,10}Y)?(?:-?[0-9]{1,10}M)?(?:-?[0-9]{1,10}D)?";

    /** A day that some year has: 29 February included. */
    static final String MONTH_DAY = "--(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
        + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|[12][0-9]))";

    /** By the name each parsed codec is made with. */
    static final java.util.Map<String, String> EXACT = java.util.Map.of(
        "date", DATE, "time", TIME, "instant", INSTANT, "dateTime", DATE_TIME, "period", PERIOD,
        "monthDay", MONTH_DAY);
  }

  private static String shorten(String text) {
    return Decoding.shorten(text, 40);
  }

  /** The index of the first lone surrogate in {@code text}, or -1 if it is well-formed Unicode. */
  public static int loneSurrogate(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** An instant of the pre-checked form that the format holds: of the years 0000 to 9999. */
  static Instant parseInstant(String text) {
    Instant instant = Instant.parse(text);
    if (instant.isAfter(LAST_INSTANT)) { // 9999-12-31T24:00:00Z, the start of the year 10000
      throw new DateTimeException("it is the first instant of the year 10000; the format holds years 0000 to 9999");
    }
    return instant;
  }
}
