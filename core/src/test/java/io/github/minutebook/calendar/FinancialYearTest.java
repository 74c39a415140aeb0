package io.github.minutebook.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinancialYearTest {
  @Test
  void aUkYearRunsFromAprilToMarch() {
    FinancialYear year = FinancialYear.parse("2016/17");
    assertEquals(2016, year.firstYear());
    assertEquals(2017, year.lastYear());
    assertEquals(LocalDate.of(2016, 4, 1), year.startDate());
    assertEquals(LocalDate.of(2017, 3, 31), year.endDate());
    assertEquals("2016/17", year.label());
    assertTrue(year.isConsecutive());
  }

  @ParameterizedTest
  @CsvSource({"2016/17,2016,2017", "2016-17,2016,2017", "2016/2017,2016,2017", "2017–18,2017,2018",
      "1999/00,1999,2000", "2016 / 17,2016,2017"})
  void parsesTheWaysMinutesWriteAYear(String label, int first, int last) {
    FinancialYear year = FinancialYear.parse(label);
    assertEquals(first, year.firstYear());
    assertEquals(last, year.lastYear());
  }

  @Test
  void keepsAMalformedYearForTheValidatorsInsteadOfCorrectingIt() {
    FinancialYear year = FinancialYear.parse("2016/18");
    assertEquals(2018, year.lastYear());
    assertFalse(year.isConsecutive());
    assertEquals("2016/2018", year.label());
  }

  @Test
  void anAustralianYearStartsInJuly() {
    FinancialYear year = FinancialYear.startingIn(2024, MonthDay.of(Month.JULY, 1));
    assertEquals(LocalDate.of(2024, 7, 1), year.startDate());
    assertEquals(LocalDate.of(2025, 6, 30), year.endDate());
    assertTrue(year.contains(LocalDate.of(2025, 1, 15)));
    assertFalse(year.contains(LocalDate.of(2025, 7, 1)));
  }

  @Test
  void aUsFiscalYearIsNamedForTheYearItEnds() {
    FinancialYear fy2024 = FinancialYear.parse("FY2024", MonthDay.of(Month.OCTOBER, 1));
    assertEquals(LocalDate.of(2023, 10, 1), fy2024.startDate());
    assertEquals(LocalDate.of(2024, 9, 30), fy2024.endDate());
  }

  @Test
  void aCalendarFinancialYearStartsAndEndsInOneYear() {
    FinancialYear year = FinancialYear.startingIn(2025, MonthDay.of(Month.JANUARY, 1));
    assertEquals("2025", year.label());
    assertTrue(year.isConsecutive());
    assertEquals(LocalDate.of(2025, 12, 31), year.endDate());
  }

  @Test
  void rejectsTextThatIsNotAYear() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("next year"));
    assertEquals("not a financial year: \"next year\" (expected a form such as 2016/17)", e.getMessage());
  }

  @Test
  void rejectsAYearStartThatMostYearsDoNotHave() {
    assertThrows(IllegalArgumentException.class,
        () -> FinancialYear.startingIn(2024, MonthDay.of(Month.FEBRUARY, 29)));
  }

  @Test
  void rejectsYearsBeyondTheCalendarsRangeSoDatesCanAlwaysBeComputed() {
    assertThrows(IllegalArgumentException.class,
        () -> FinancialYear.builder().firstYear(Integer.MAX_VALUE).lastYear(1).build());
  }

  @Test
  void printsANonUkYearStart() {
    assertEquals("2024/25 (from 1 July)",
        FinancialYear.startingIn(2024, MonthDay.of(Month.JULY, 1)).toString());
    assertEquals("2016/17", FinancialYear.startingIn(2016).toString());
  }

  @Test
  void aDateRangeMayBeOpenEnded() {
    DateRange from = DateRange.from(LocalDate.of(2017, 10, 1)).withAsWritten("from October 2017");
    assertTrue(from.end().isEmpty());
    assertEquals(LocalDate.of(2017, 10, 1), from.start().orElseThrow());
  }
}
