package io.github.minutebook.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A financial year as councils write it: {@code "2016/17"} runs from 1 April 2016 to 31 March
 * 2017.
 *
 * <p>The year start is configurable, so that an Australian year (1 July), a US fiscal year (1
 * October) or a calendar year (1 January, where {@link #firstYear()} equals {@link #lastYear()})
 * fits as well as the UK's. The type holds whatever years the minutes name, including a malformed
 * {@code "2016/18"}; {@link #isConsecutive()} tells whether the years fit the year start, and the
 * validators report those that do not.
 *
 * <pre>{@code
 * FinancialYear uk = FinancialYear.parse("2016/17");          // 1 April 2016 to 31 March 2017
 * FinancialYear au = FinancialYear.startingIn(2024, MonthDay.of(7, 1)); // "2024/25" from 1 July
 * }</pre>
 */
@Value.Immutable
public abstract class FinancialYear implements WithFinancialYear {
  /** The UK's year start, 1 April, which is the default. */
  public static final MonthDay UK_YEAR_START = MonthDay.of(Month.APRIL, 1);

  private static final Pattern LABEL =
      Pattern.compile("(?:FY\\s?)?(\\d{4})(?:\\s?[/\\-\u2013]\\s?(\\d{2}|\\d{4}))?");

  FinancialYear() {}

  /** The calendar year in which the financial year starts (2016 for "2016/17"). */
  public abstract int firstYear();

  /** The calendar year in which the financial year ends (2017 for "2016/17"). */
  public abstract int lastYear();

  /** The day on which every financial year of this kind starts; 1 April unless set. */
  @Value.Default
  public MonthDay yearStart() {
    return UK_YEAR_START;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FinancialYear}. */
  public static final class Builder extends ImmutableFinancialYear.Builder {}

  /** The UK financial year starting on 1 April of {@code firstYear}: 2016 gives "2016/17". */
  public static FinancialYear startingIn(int firstYear) {
    return startingIn(firstYear, UK_YEAR_START);
  }

  /**
   * The financial year starting on {@code yearStart} of {@code firstYear}; it ends in the next
   * calendar year unless it starts on 1 January.
   */
  public static FinancialYear startingIn(int firstYear, MonthDay yearStart) {
    int last = yearStart.equals(MonthDay.of(Month.JANUARY, 1)) ? firstYear : firstYear + 1;
    return builder().firstYear(firstYear).lastYear(last).yearStart(yearStart).build();
  }

  /** Parses a UK financial year label; see {@link #parse(String, MonthDay)}. */
  public static FinancialYear parse(String label) {
    return parse(label, UK_YEAR_START);
  }

  /**
   * Parses a label as minutes write it: {@code "2016/17"}, {@code "2016-17"}, {@code "2016/2017"},
   * {@code "FY2024"} (the year it ends in) or {@code "2024"}. The years are kept as written, so
   * {@code "2016/18"} parses and is reported by the validators rather than corrected.
   *
   * @throws IllegalArgumentException if the text is not such a label
   */
  public static FinancialYear parse(String label, MonthDay yearStart) {
    String text = label.trim();
    Matcher m = LABEL.matcher(text);
    checkArgument(m.matches(), "not a financial year: \"%s\" (expected a form such as 2016/17)", label);
    int first = Integer.parseInt(m.group(1));
    String second = m.group(2);
    if (second == null) {
      return text.startsWith("FY") && !yearStart.equals(MonthDay.of(Month.JANUARY, 1))
          ? startingIn(first - 1, yearStart)
          : startingIn(first, yearStart);
    }
    int last;
    if (second.length() == 4) {
      last = Integer.parseInt(second);
    } else {
      int century = first / 100 * 100;
      last = century + Integer.parseInt(second);
      if (last < first) {
        last += 100; // "1999/00"
      }
    }
    return builder().firstYear(first).lastYear(last).yearStart(yearStart).build();
  }

  /** Whether the last year follows the first as the year start requires ("2016/17", not "2016/18"). */
  public boolean isConsecutive() {
    int expected = yearStart().equals(MonthDay.of(Month.JANUARY, 1)) ? firstYear() : firstYear() + 1;
    return lastYear() == expected;
  }

  /** The first day of the year: the year start in {@link #firstYear()}. */
  public LocalDate startDate() {
    return yearStart().atYear(firstYear());
  }

  /** The last day of the year: the day before the year start in {@link #lastYear()} (31 December for calendar years). */
  public LocalDate endDate() {
    if (yearStart().equals(MonthDay.of(Month.JANUARY, 1))) {
      return LocalDate.of(lastYear(), Month.DECEMBER, 31);
    }
    return yearStart().atYear(lastYear()).minusDays(1);
  }

  /** Whether {@code date} falls within this year, from {@link #startDate()} to {@link #endDate()}. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /** The label as UK minutes write it: "2016/17", or "2024" for a calendar year. */
  public String label() {
    if (firstYear() == lastYear()) {
      return Integer.toString(firstYear());
    }
    if (lastYear() == firstYear() + 1) {
      return String.format("%d/%02d", firstYear(), Math.floorMod(lastYear(), 100));
    }
    return firstYear() + "/" + lastYear();
  }

  @Value.Check
  void check() {
    checkArgument(
        !yearStart().equals(MonthDay.of(Month.FEBRUARY, 29)),
        "a financial year cannot start on 29 February: most years have no such day");
    checkArgument(
        firstYear() > Year.MIN_VALUE && firstYear() < Year.MAX_VALUE
            && lastYear() > Year.MIN_VALUE && lastYear() < Year.MAX_VALUE,
        "financial year %s/%s is outside the calendar's range", firstYear(), lastYear());
  }

  @Override
  public String toString() {
    return yearStart().equals(UK_YEAR_START)
        ? label()
        : label() + " (from " + yearStart().getDayOfMonth() + " "
            + yearStart().getMonth().toString().charAt(0)
            + yearStart().getMonth().toString().substring(1).toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
