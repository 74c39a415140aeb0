package io.github.minutebook.json.corpus;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a quote states, read the ways corpus/README.md lists for {@code "as"}: the dates, times,
 * sums, whole numbers and name words in it. Each reader returns every candidate the quote holds, so
 * that "19&#47;10&#47;2015 - Policy Committee" is a date and "9 Jul 2026 11:00" both a date and a
 * time; the inventory test asks whether one of them is the fixture's value.
 */
final class QuoteValues {
  private QuoteValues() {}

  // --- dates ---

  private static final Map<String, Integer> MONTHS = months();

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new java.util.HashMap<>();
    String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    String[] german = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember"};
    for (int i = 0; i < 12; i++) {
      months.put(english[i], i + 1);
      months.put(english[i].substring(0, 3), i + 1);
      months.put(german[i], i + 1);
    }
    months.put("sept", 9);
    months.put("jän", 1);
    return months;
  }

  private static final String MONTH = "([A-Za-zÄäÖöÜü]{3,9})";
  private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern SLASH_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
  private static final Pattern DOT_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  /** "10 February 2026", "Tuesday, 10th February 2026", "9 Jul 2026", "24. September 2024". */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)");
  /** "February 10, 2026". */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

  /**
   * An Esri (ArcGIS) date: milliseconds since 1970-01-01T00:00:00Z, twelve or thirteen digits, read
   * as a date only when it falls on a midnight UTC ({@code 1591920000000} is 2020-06-12), which is
   * how ArcGIS feature services write a date without a time.
   */
  private static final Pattern EPOCH_MILLIS = Pattern.compile("(?<![\\d.])(\\d{12,13})(?![\\d.])");
  private static final long MILLIS_A_DAY = 86_400_000L;

  /**
   * Every date in the quote: ISO ({@code 2026-02-10}, also inside {@code 2026-02-10T19:00:00}),
   * {@code 10/02/2026} as day/month (month/day where {@code monthFirst}), {@code 24.09.2024},
   * dates with the month in words, English or German, in full or cut to three letters, and Esri
   * dates in milliseconds at midnight UTC ({@code 1591920000000}).
   */
  static List<LocalDate> dates(String quote, boolean monthFirst) {
    Set<LocalDate> dates = new LinkedHashSet<>();
    for (Matcher m = ISO_DATE.matcher(quote); m.find(); ) {
      add(dates, m.group(1), m.group(2), m.group(3));
    }
    for (Matcher m = SLASH_DATE.matcher(quote); m.find(); ) {
      if (monthFirst) {
        add(dates, m.group(3), m.group(1), m.group(2));
      } else {
        add(dates, m.group(3), m.group(2), m.group(1));
      }
    }
    for (Matcher m = DOT_DATE.matcher(quote); m.find(); ) {
      add(dates, m.group(3), m.group(2), m.group(1));
    }
    for (Matcher m = DAY_MONTH_YEAR.matcher(quote); m.find(); ) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        add(dates, m.group(3), month.toString(), m.group(1));
      }
    }
    for (Matcher m = MONTH_DAY_YEAR.matcher(quote); m.find(); ) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month != null) {
        add(dates, m.group(3), month.toString(), m.group(2));
      }
    }
    for (Matcher m = EPOCH_MILLIS.matcher(quote); m.find(); ) {
      long millis = Long.parseLong(m.group(1));
      if (millis % MILLIS_A_DAY == 0) {
        dates.add(LocalDate.ofEpochDay(millis / MILLIS_A_DAY));
      }
    }
    return List.copyOf(dates);
  }

  private static void add(Set<LocalDate> dates, String year, String month, String day) {
    try {
      dates.add(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      // not a date the calendar has: 30/02/2026, or a month/day order the quote does not use
    }
  }

  // --- times ---

  /**
   * "10.00 am", "7.00pm", "15:30", "T15:30:00", "10:00:00.000", a 24-hour time with a redundant "PM"
   * ("16:22 PM"); not the "23.09" of "23.09.2015", nor
   * the "02:00" of a zone offset "+02:00".
   */
  private static final Pattern CLOCK = Pattern.compile(
      "(?<![\\d.:/+])(\\d{1,2})[.:](\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*([ap])\\.?\\s?m\\b\\.?)?(?!\\d|\\.\\d)",
      Pattern.CASE_INSENSITIVE);
  /** "10am", "7 pm". */
  private static final Pattern HOUR = Pattern.compile("(?<![\\d.:])(\\d{1,2})\\s?([ap])\\.?m\\b\\.?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOON = Pattern.compile("\\b(noon|midday)\\b", Pattern.CASE_INSENSITIVE);

  /** Every time of day in the quote, in the forms above. */
  static List<LocalTime> times(String quote) {
    Set<LocalTime> times = new LinkedHashSet<>();
    for (Matcher m = CLOCK.matcher(quote); m.find(); ) {
      time(times, m.group(1), m.group(2), m.group(3), m.group(4));
    }
    for (Matcher m = HOUR.matcher(quote); m.find(); ) {
      time(times, m.group(1), "00", null, m.group(2));
    }
    if (NOON.matcher(quote).find()) {
      times.add(LocalTime.NOON);
    }
    return List.copyOf(times);
  }

  private static void time(Set<LocalTime> times, String hours, String minutes, String seconds, String meridiem) {
    int hour = Integer.parseInt(hours);
    if (meridiem != null) {
      boolean redundantPm = meridiem.equalsIgnoreCase("p") && hour > 12 && hour < 24; // Toronto's "16:22 PM"
      if (!redundantPm && (hour < 1 || hour > 12)) {
        return;
      }
      hour = redundantPm ? hour : hour % 12 + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
    }
    try {
      times.add(LocalTime.of(hour, Integer.parseInt(minutes), seconds == null ? 0 : Integer.parseInt(seconds)));
    } catch (DateTimeException e) {
      // "24.09" and the like
    }
  }

  // --- sums and whole numbers ---

  /**
   * A sum: an optional currency sign or code, digits with optional thousands commas and decimals,
   * and an optional multiplier: "£1.2m", "$5,000", "470184791", "4515000.0", "£535,500", "£176K",
   * "€2bn", "£3 million".
   */
  private static final Pattern SUM = Pattern.compile(
      "(?<![\\w.,])(?:[£$€]|GBP\\s?|USD\\s?|EUR\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
          + "(?:\\s?(bn|billion|m|million|k|thousand)\\b)?",
      Pattern.CASE_INSENSITIVE);

  /** Every sum in the quote, multipliers applied. */
  static List<BigDecimal> amounts(String quote) {
    Set<BigDecimal> sums = new LinkedHashSet<>();
    for (Matcher m = SUM.matcher(quote); m.find(); ) {
      BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
      String multiplier = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
      value = switch (multiplier) {
        case "bn", "billion" -> value.movePointRight(9);
        case "m", "million" -> value.movePointRight(6);
        case "k", "thousand" -> value.movePointRight(3);
        default -> value;
      };
      sums.add(value.stripTrailingZeros());
    }
    return List.copyOf(sums);
  }

  private static final Pattern WHOLE = Pattern.compile("(?<![\\d,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\d)");

  /** Every whole number in the quote ("CId=151" holds 151, "1." holds 1, "1,234" 1234). */
  static List<BigInteger> numbers(String quote) {
    Set<BigInteger> numbers = new LinkedHashSet<>();
    for (Matcher m = WHOLE.matcher(quote); m.find(); ) {
      numbers.add(new BigInteger(m.group(1).replace(",", "")));
    }
    return List.copyOf(numbers);
  }

  // --- names ---

  /** Titles of more than one word, taken out before the words are split. */
  private static final Pattern TITLE_PHRASES = Pattern.compile(
      "\\b(council member|county councillor|deputy mayor|lord mayor|lady mayoress)\\b");

  /** Words that are not part of a name: honorifics, courtesy titles and the common post-nominals. */
  static final Set<String> HONORIFICS = Set.of("councillor", "cllr", "mr", "mrs", "ms", "miss", "mx", "dr", "sir",
      "dame", "lord", "lady", "rev", "revd", "reverend", "prof", "professor", "mayor", "alderman", "alderwoman",
      "hon", "rt", "the", "councilmember", "alderperson", "herr", "frau", "stadtrat", "stadträtin",
      "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "jp", "obe", "mbe", "cbe",
      "mp", "mep", "kc", "qc");

  /**
   * The words of a name as the {@code name} comparison sees them: lower case, punctuation and
   * single letters dropped (initials, the "J.P." of post-nominals), honorifics left out. A name
   * that is nothing but a title ("the Mayor") keeps its words, so that it is not equal to every
   * other such name.
   */
  static Set<String> nameWords(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    Set<String> words = words(TITLE_PHRASES.matcher(lower).replaceAll(" "), true);
    return words.isEmpty() ? words(lower, false) : words;
  }

  private static Set<String> words(String text, boolean withoutTitles) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 1 && !(withoutTitles && HONORIFICS.contains(word))) {
        words.add(word);
      }
    }
    return words;
  }
}
