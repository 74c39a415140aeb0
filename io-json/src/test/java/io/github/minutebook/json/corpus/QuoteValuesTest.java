package io.github.minutebook.json.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The readers of dates, times, sums, numbers and names in quotes, on examples from real sources. */
class QuoteValuesTest {

  @Test
  void datesInTheFormsTheSourcesUse() {
    LocalDate tenth = LocalDate.of(2026, 2, 10);
    assertEquals(List.of(tenth), QuoteValues.dates("<meetingdate>10/02/2026</meetingdate>", false));
    assertEquals(List.of(tenth), QuoteValues.dates("2/10/2026", true));
    assertEquals(List.of(tenth), QuoteValues.dates("2026-02-10T19:00:00", false));
    assertEquals(List.of(tenth), QuoteValues.dates("10 February 2026", false));
    assertEquals(List.of(tenth), QuoteValues.dates("Tuesday, 10th February 2026", false));
    assertEquals(List.of(LocalDate.of(2024, 9, 24)), QuoteValues.dates("24.09.2024", false));
    assertEquals(List.of(LocalDate.of(2024, 9, 24)), QuoteValues.dates("24. September 2024", false));
    assertEquals(List.of(LocalDate.of(2026, 7, 9)), QuoteValues.dates("9 Jul 2026 11:00 - Planning Committee", false));
    assertEquals(List.of(LocalDate.of(2026, 8, 3)), QuoteValues.dates("3 Aug 2026 - 10:00", false));
    assertEquals(List.of(LocalDate.of(2015, 10, 19)), QuoteValues.dates("19/10/2015 - Policy Committee", false));
    assertEquals(List.of(LocalDate.of(2019, 1, 31)), QuoteValues.dates("January 31, 2019", false));
    assertEquals(List.of(LocalDate.of(2025, 11, 25)), QuoteValues.dates("held on\n25 November 2025", false));
    assertEquals(List.of(LocalDate.of(2020, 6, 12)), QuoteValues.dates("\"ReceivedDate\": 1591920000000", false));
  }

  @Test
  void anEsriTimeThatIsNotAMidnightIsNotADate() {
    assertEquals(List.of(), QuoteValues.dates("\"ReceivedDate\": 1591920000001", false));
    assertEquals(List.of(), QuoteValues.dates("\"OBJECTID\": 269810", false));
  }

  @Test
  void aDayMonthDateIsNotReadMonthFirstUnlessAsked() {
    assertEquals(List.of(LocalDate.of(2026, 1, 13)), QuoteValues.dates("13/01/2026", false));
    assertEquals(List.of(), QuoteValues.dates("13/01/2026", true));
    assertEquals(List.of(), QuoteValues.dates("30/02/2026", false));
  }

  @Test
  void timesInTheFormsTheSourcesUse() {
    assertEquals(List.of(LocalTime.of(10, 0)), QuoteValues.times("<meetingtime>10.00 am</meetingtime>"));
    assertEquals(List.of(LocalTime.of(14, 0)), QuoteValues.times("2.00 pm"));
    assertEquals(List.of(LocalTime.of(19, 0)), QuoteValues.times("starting at 7.00pm"));
    assertEquals(List.of(LocalTime.of(22, 12)), QuoteValues.times("adjourned at 10.12pm"));
    assertEquals(List.of(LocalTime.of(15, 30)), QuoteValues.times("2024-09-24T15:30:00+02:00"));
    assertEquals(List.of(LocalTime.of(11, 0)), QuoteValues.times("9 Jul 2026 11:00 - Planning Committee"));
    assertEquals(List.of(LocalTime.of(0, 30)), QuoteValues.times("12.30 am"));
    assertEquals(List.of(LocalTime.of(12, 0)), QuoteValues.times("12 noon"));
    assertEquals(List.of(LocalTime.of(10, 0)), QuoteValues.times("10am"));
    assertEquals(List.of(LocalTime.of(16, 22)), QuoteValues.times("2022-11-24 16:22 PM"));
    assertEquals(List.of(LocalTime.of(10, 13)), QuoteValues.times("2023-12-14 10:13 AM"));
    assertEquals(List.of(), QuoteValues.times("16:22 AM"));
  }

  @Test
  void aDottedDateIsNotATime() {
    assertEquals(List.of(), QuoteValues.times("polc2 - 23.09.2015"));
    assertEquals(List.of(), QuoteValues.times("24.09.2024"));
  }

  @Test
  void sumsWithSignsSeparatorsAndMultipliers() {
    assertHolds("£1.2m", "1200000");
    assertHolds("$5,000", "5000");
    assertHolds("\"amount\": 470184791", "470184791");
    assertHolds("4515000.0", "4515000.00");
    assertHolds("a cost of £535,500", "535500");
    assertHolds("a sum of £176K", "176000");
    assertHolds("£3 million", "3000000");
    assertHolds("€2bn", "2000000000");
    assertHolds("10 members", "10");
    assertTrue(QuoteValues.amounts("10 members").stream().noneMatch(s -> s.compareTo(new BigDecimal("10000000")) == 0));
  }

  private static void assertHolds(String quote, String sum) {
    List<BigDecimal> sums = QuoteValues.amounts(quote);
    assertTrue(sums.stream().anyMatch(s -> s.compareTo(new BigDecimal(sum)) == 0), quote + " gave " + sums);
  }

  @Test
  void wholeNumbersInKeysAndLabels() {
    assertEquals(List.of(BigInteger.valueOf(151), BigInteger.valueOf(4832)), QuoteValues.numbers("CId=151&MID=4832"));
    assertEquals(List.of(BigInteger.valueOf(13567)), QuoteValues.numbers("ref: 13567"));
    assertEquals(List.of(BigInteger.ONE), QuoteValues.numbers("<fulldisplaynumberformat>1.</fulldisplaynumberformat>"));
    assertEquals(List.of(BigInteger.valueOf(1234)), QuoteValues.numbers("1,234"));
  }

  @Test
  void namesWithoutHonorificsPunctuationOrCase() {
    assertEquals(Set.of("basil", "curley"), QuoteValues.nameWords("Councillor Basil Curley"));
    assertEquals(QuoteValues.nameWords("Basil Curley"), QuoteValues.nameWords("CURLEY, Basil"));
    assertEquals(Set.of("nicholas", "bennett"), QuoteValues.nameWords("Councillor Nicholas Bennett J.P."));
    assertEquals(Set.of("reyes"), QuoteValues.nameWords("Council Member Reyes"));
    assertNotEquals(QuoteValues.nameWords("the Mayor"), QuoteValues.nameWords("Councillor"));
  }
}
