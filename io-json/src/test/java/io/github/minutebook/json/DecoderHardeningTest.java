package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * What the decoder does with hostile, malformed and borderline documents: each case has its exact
 * outcome, either the decoded value or the one {@link MinutebookJsonException} with its problem,
 * line, column and JSON Pointer.
 *
 * <p>Each document is the smallest one that shows the problem, written out so that the line and
 * column in the assertion can be checked by eye. Problems the decoder notices itself are worded by
 * Minutebook; problems the JSON tokenizer notices keep Jackson's wording and its location (where
 * the tokenizer stopped), but never name Jackson settings a caller of {@link MinutebookJson} cannot
 * reach.
 */
class DecoderHardeningTest {
  private static final MinutebookJson JSON = MinutebookJson.standard();

  /** The properties an unknown-property message lists, in the format's order. */
  private static final String BODY_PROPERTIES = "[type, " + ModelShapes.BODY.properties().stream()
      .map(PropertyShape::name).collect(Collectors.joining(", ")) + "]";
  private static final String MEETING_PROPERTIES = "[minutebook, type, " + ModelShapes.MEETING.properties().stream().map(PropertyShape::name).collect(Collectors.joining(", ")) + "]";

  // --- documents ---

  /** A meeting whose one funding allocation has the given amount, currency and first year, as JSON. */
  private static String budget(String amount, String currency, String firstYear) {
    return """
        {
          "minutebook": "3.0", "type": "meeting",
          "agendaItems": [{
            "title": "Budget",
            "resolutions": [{
              "parts": [{
                "text": "approve the budget",
                "effect": "allocate-funding",
                "fundingAllocations": [{
                  "amount": {
                    "money": {"amount": %s, "currency": %s},
                    "financialYear": {"firstYear": %s, "lastYear": 2017}
                  }
                }]
              }]
            }]
          }]
        }
        """.formatted(amount, currency, firstYear);
  }

  private static String budgetWithAmount(String amount) {
    return budget(amount, "\"GBP\"", "2016");
  }

  private static final String ALLOCATION = "/agendaItems/0/resolutions/0/parts/0/fundingAllocations/0/amount";
  private static final String AMOUNT = ALLOCATION + "/money/amount";
  private static final int AMOUNT_LINE = 11;
  private static final int AMOUNT_COLUMN = 33;

  /** A meeting with one vote whose "yes" count is {@code yes}, as JSON. */
  private static String votes(String yes) {
    return """
        {
          "minutebook": "3.0", "type": "meeting",
          "agendaItems": [{
            "title": "Budget",
            "resolutions": [{"vote": {"counts": {"yes": %s, "no": 3}}}]
          }]
        }
        """.formatted(yes);
  }

  private static final String YES = "/agendaItems/0/resolutions/0/vote/counts/yes";

  /** A meeting whose resolution was made by {@code party}, as JSON. */
  private static String decidedBy(String party) {
    return """
        {
          "minutebook": "3.0", "type": "meeting",
          "agendaItems": [{
            "title": "Budget",
            "resolutions": [{"decisionMaker": %s}]
          }]
        }
        """.formatted(party);
  }

  private static final String DECISION_MAKER = "/agendaItems/0/resolutions/0/decisionMaker";

  /** A meeting with one more property {@code name} whose value is {@code value}, on line 3 from column 3. */
  private static String meetingWith(String name, String value) {
    return """
        {
          "minutebook": "3.0", "type": "meeting",
          "%s": %s
        }
        """.formatted(name, value);
  }

  /** Where the value of {@link #meetingWith}'s property starts. */
  private static int valueColumn(String name) {
    return 3 + name.length() + 2 + 2;
  }

  // --- assertions ---

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static MinutebookJsonException rejects(String document) {
    return rejects(JSON, utf8(document));
  }

  private static MinutebookJsonException rejects(MinutebookJson json, byte[] document) {
    return assertThrows(MinutebookJsonException.class, () -> json.decode(document));
  }

  private static void assertProblem(MinutebookJsonException e, String problem, int line, int column, String pointer) {
    assertAll(e.getMessage(),
        () -> assertEquals(problem, e.problem(), "problem"),
        () -> assertEquals(line, e.line(), "line"),
        () -> assertEquals(column, e.column(), "column"),
        () -> assertEquals(pointer, e.pointer(), "pointer"));
  }

  /** A problem that is not at a place in the text, such as bytes that are not UTF-8. */
  private static void assertByteProblem(MinutebookJsonException e, String problem, long byteOffset) {
    assertAll(e.getMessage(),
        () -> assertEquals(problem, e.problem(), "problem"),
        () -> assertEquals(0, e.line(), "line"),
        () -> assertEquals(0, e.column(), "column"),
        () -> assertEquals("", e.pointer(), "pointer"),
        () -> assertEquals(byteOffset, e.byteOffset(), "byte offset"));
  }

  private static Meeting decodes(String document) {
    return JSON.decode(utf8(document));
  }

  private static Money decodedAmount(String document) {
    return decodes(document).agendaItems().get(0).resolutions().get(0).parts().get(0).fundingAllocations().get(0)
        .amount().orElseThrow().money();
  }

  // --- structure ---

  @Test
  void theBudgetDocumentItselfIsValid() {
    assertEquals(Money.of("949000.00", "GBP"), decodedAmount(budgetWithAmount("\"949000.00\"")));
    assertEquals(3, decodes(votes("7")).agendaItems().get(0).resolutions().get(0).vote().orElseThrow()
        .counts().get(VoteOption.NO));
  }

  @Test
  void anUnknownPropertyIsRejectedWithTheNamesTheObjectMayHave() {
    MinutebookJsonException e = rejects("""
        {
          "minutebook": "3.0", "type": "meeting",
          "body": {"type": "body", "name": "Executive", "chair": "Cllr Smith"}
        }
        """);
    assertProblem(e, "unknown property \"chair\" in Body; expected one of " + BODY_PROPERTIES,
        3, 49, "/body/chair");
  }

  @Test
  void aDuplicateKeyIsRejected() {
    MinutebookJsonException e = rejects("""
        {
          "minutebook": "3.0", "type": "meeting",
          "title": "Executive",
          "title": "Council"
        }
        """);
    assertProblem(e, "duplicate property \"title\" in Meeting", 4, 3, "/title");
  }

  @Test
  void aDuplicateVoteOptionIsRejected() {
    MinutebookJsonException e = rejects(votes("7, \"yes\": 8"));
    assertProblem(e, "duplicate vote option \"yes\"", 5, 52, YES);
  }

  @Test
  void aWordAfterTheDocumentIsRejected() {
    MinutebookJsonException e = rejects("{\"minutebook\": \"3.0\", \"type\": \"meeting\"} x");
    assertProblem(e, "Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', "
        + "'true' or 'false')", 1, 42, "");
  }

  @Test
  void aSecondDocumentAfterTheFirstIsRejected() {
    MinutebookJsonException e = rejects("{\"minutebook\": \"3.0\", \"type\": \"meeting\"} {}");
    assertProblem(e, "found an object after the end of the document", 1, 42, "");
  }

  @Test
  void whitespaceAfterTheDocumentIsAccepted() {
    assertEquals(Meeting.builder().build(), decodes("{\"minutebook\": \"3.0\", \"type\": \"meeting\"}\n\n \t\r\n"));
  }

  @Test
  void aMissingRequiredPropertyIsReportedAtTheEndOfItsObject() {
    MinutebookJsonException e = rejects("""
        {
          "minutebook": "3.0", "type": "meeting",
          "attendance": [
            {"role": "chair"}
          ]
        }
        """);
    assertProblem(e, "Attendance lacks the required property \"person\"", 4, 21, "/attendance/0");
  }

  @Test
  void aNullRequiredPropertyIsRejected() {
    MinutebookJsonException e = rejects("""
        {
          "minutebook": "3.0", "type": "meeting",
          "agendaItems": [
            {"title": null}
          ]
        }
        """);
    assertProblem(e, "\"title\" is null; leave an absent value out instead of writing null", 4, 15,
        "/agendaItems/0/title");
  }

  @Test
  void aNullOptionalPropertyIsRejected() {
    MinutebookJsonException e = rejects(meetingWith("location", "null"));
    assertProblem(e, "\"location\" is null; leave an absent value out instead of writing null", 3, 15, "/location");
  }

  @Test
  void nullWhereAListBelongsIsRejected() {
    MinutebookJsonException e = rejects(meetingWith("agendaItems", "null"));
    assertProblem(e, "\"agendaItems\" is null; leave an absent value out instead of writing null", 3, 18,
        "/agendaItems");
  }

  @Test
  void anObjectWhereAListBelongsIsRejected() {
    MinutebookJsonException e = rejects(meetingWith("agendaItems", "{\"title\": \"Budget\"}"));
    assertProblem(e, "expected an array for \"agendaItems\", found an object", 3, 18, "/agendaItems");
  }

  @Test
  void nullInAListIsRejected() {
    MinutebookJsonException e = rejects(meetingWith("agendaItems", "[null]"));
    assertProblem(e, "a list holds no nulls", 3, 19, "/agendaItems/0");
  }

  @Test
  void anEmptyListIsRejectedAtItsEnd() {
    MinutebookJsonException e = rejects(meetingWith("agendaItems", "[]"));
    assertProblem(e, "\"agendaItems\" is an empty list; leave it out instead", 3, 19, "/agendaItems");
  }

  // --- scalars of the wrong JSON type ---

  @Test
  void aNumberWhereTextBelongsIsRejected() {
    MinutebookJsonException e = rejects(meetingWith("title", "42"));
    assertProblem(e, "expected text, found a whole number", 3, 12, "/title");
  }

  @Test
  void textWhereAWholeNumberBelongsIsRejected() {
    MinutebookJsonException e = rejects(votes("\"7\""));
    assertProblem(e, "expected a whole number, found a string", 5, 49, YES);
  }

  @Test
  void textWhereABooleanBelongsIsRejected() {
    MinutebookJsonException e = rejects("""
        {
          "minutebook": "3.0", "type": "meeting",
          "agendaItems": [{"title": "Budget", "urgent": "true"}]
        }
        """);
    assertProblem(e, "expected true or false, found a string", 3, 49, "/agendaItems/0/urgent");
  }

  @Test
  void aFloatWhereAWholeNumberBelongsIsRejected() {
    String problem = "expected a whole number, found a number with a fraction or exponent";
    String firstYear = ALLOCATION + "/financialYear/firstYear";
    assertProblem(rejects(budget("\"949000.00\"", "\"GBP\"", "2016.0")), problem, 12, 44, firstYear);
    assertProblem(rejects(budget("\"949000.00\"", "\"GBP\"", "2016e0")), problem, 12, 44, firstYear);
    assertProblem(rejects(budget("\"949000.00\"", "\"GBP\"", "1e999999999")), problem, 12, 44, firstYear);
    assertProblem(rejects(budget("\"949000.00\"", "\"GBP\"", "\"2016\"")),
        "expected a whole number, found a string", 12, 44, firstYear);
  }

  @Test
  void aWholeNumberBeyond32BitsIsRejected() {
    MinutebookJsonException e = rejects(votes("2147483648"));
    assertProblem(e, "the number 2147483648 is outside the range of a whole number here (-2147483648 to 2147483647)",
        5, 49, YES);
    assertEquals(Integer.MAX_VALUE, decodes(votes("2147483647")).agendaItems().get(0).resolutions().get(0).vote()
        .orElseThrow().counts().get(VoteOption.YES));
  }

  @Test
  void nanAndInfinityAreRejectedWithoutNamingJacksonFeatures() {
    // the tokenizer reports them where it stopped, after the token
    assertProblem(rejects(votes("NaN")), "Non-standard token 'NaN'", 5, 52, YES);
    assertProblem(rejects(votes("Infinity")), "Non-standard token 'Infinity'", 5, 57, YES);
    assertProblem(rejects(votes("-Infinity")), "Non-standard token '-Infinity'", 5, 58, YES);
  }

  @Test
  void nanAsAnAmountStringIsNotADecimal() {
    assertProblem(rejects(budgetWithAmount("\"NaN\"")),
        "\"NaN\" is not a plain decimal such as \"949000.00\" or \"-0.5\" (no exponent, no spaces, no leading zeros)",
        AMOUNT_LINE, AMOUNT_COLUMN, AMOUNT);
  }

  @Test
  void aThousandAndOneDigitNumberIsRejected() {
    String digits = "1".repeat(1001);
    // the tokenizer reads a number together with the name before it, so the location is the name's
    assertProblem(rejects(votes(digits)), "Number value length (1001) exceeds the maximum allowed (64)", 5, 42, YES);
    assertProblem(rejects(budgetWithAmount("\"" + digits + "\"")),
        "the decimal has 1001 digits before its point and 0 after; at most 64 are accepted on each side",
        AMOUNT_LINE, AMOUNT_COLUMN, AMOUNT);
  }

  @Test
  void hugeExponentsAsJsonNumbersFailFastAsNumbers() {
    String problem = "a decimal is written as a string, such as \"949000.00\", never as a JSON number";
    assertProblem(rejects(budgetWithAmount("1e999999999")), problem, AMOUNT_LINE, AMOUNT_COLUMN, AMOUNT);
    assertProblem(rejects(budgetWithAmount("1e-10000000")), problem, AMOUNT_LINE, AMOUNT_COLUMN, AMOUNT);
    assertProblem(rejects(budgetWithAmount("949000.00")), problem, AMOUNT_LINE, AMOUNT_COLUMN, AMOUNT);
  }

  @Test
  void hugeExponentsAsStringsFailFastAsNotPlainDecimals() {
    assertProblem(rejects(budgetWithAmount("\"1e999999999\"")),
        "\"1e999999999\" is not a plain decimal such as \"949000.00\" or \"-0.5\" (no exponent, no spaces, no leading zeros)",
        AMOUNT_LINE, AMOUNT_COLUMN, AMOUNT);
    assertProblem(rejects(budgetWithAmount("\"1e-10000000\"")),
        "\"1e-10000000\" is not a plain decimal such as \"949000.00\" or \"-0.5\" (no exponent, no spaces, no leading zeros)",
        AMOUNT_LINE, AMOUNT_COLUMN, AMOUNT);
  }

  @Test
  void otherNonPlainDecimalsAreRejected() {
    for (String amount : new String[] {"+1.00", "01.00", "1.", ".5", " 1.00", "1,000.00", "1_000", "0x10", "£949k", ""}) {
      assertProblem(rejects(budgetWithAmount("\"" + amount + "\"")), "\"" + amount + "\" is not a plain decimal such as "
          + "\"949000.00\" or \"-0.5\" (no exponent, no spaces, no leading zeros)", AMOUNT_LINE, AMOUNT_COLUMN, AMOUNT);
    }
  }

  @Test
  void negativeZeroDecodesToZero() {
    Money zero = decodedAmount(budgetWithAmount("\"-0.00\""));
    assertEquals(Money.of("0.00", "GBP"), zero);
    assertEquals(0, zero.amount().signum());
    assertEquals("0.00", zero.amount().toPlainString());
    assertEquals(Money.of("0.00", "GBP"), decodedAmount(budgetWithAmount("\"-0\"")));
  }

  @Test
  void scaleDoesNotMatterWhereTheCurrencyFixesIt() {
    Meeting shorter = decodes(budgetWithAmount("\"1234.5\""));
    Meeting longer = decodes(budgetWithAmount("\"1234.50\""));
    assertEquals(longer, shorter);
    assertEquals(Money.of("1234.50", "GBP"), decodedAmount(budgetWithAmount("\"1234.5\"")));
    assertEquals(Money.of("1234.50", "GBP"), decodedAmount(budgetWithAmount("\"1234.500\"")));
    assertArrayEquals(JSON.encode(longer), JSON.encode(shorter));
  }

  @Test
  void anAmountOfSixtyFourCharactersSurvivesItsOwnEncoding() {
    // accepted on the way in, so the encoder's normalised form ("...99.00") must be accepted on the way back
    Meeting meeting = decodes(budgetWithAmount("\"" + "9".repeat(64) + "\""));
    assertEquals(meeting, JSON.decode(JSON.encode(meeting)));
  }

  @Test
  void aNegativeVoteCountIsRejected() {
    assertProblem(rejects(votes("-1")), "a vote count cannot be negative: -1", 5, 49, YES);
  }

  // --- dates ---

  private static final int DATE_COLUMN = valueColumn("date");

  @Test
  void aPlainDateIsAccepted() {
    assertEquals(Optional.of(LocalDate.of(2016, 9, 14)), decodes(meetingWith("date", "\"2016-09-14\"")).date());
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), decodes(meetingWith("date", "\"2024-02-29\"")).date());
    assertEquals(Optional.of(LocalDate.of(9999, 12, 31)), decodes(meetingWith("date", "\"9999-12-31\"")).date());
    assertEquals(Optional.of(LocalDate.of(0, 1, 1)), decodes(meetingWith("date", "\"0000-01-01\"")).date());
  }

  @Test
  void anImpossibleDateIsRejected() {
    assertProblem(rejects(meetingWith("date", "\"2026-02-30\"")), "\"2026-02-30\" is not a date such as \"2016-09-14\": "
        + "Invalid date 'FEBRUARY 30'", 3, DATE_COLUMN, "/date");
    assertProblem(rejects(meetingWith("date", "\"2025-02-29\"")), "\"2025-02-29\" is not a date such as \"2016-09-14\": "
        + "Invalid date 'February 29' as '2025' is not a leap year", 3, DATE_COLUMN, "/date");
    assertProblem(rejects(meetingWith("date", "\"2026-13-01\"")), "\"2026-13-01\" is not a date such as \"2016-09-14\": "
        + "Invalid value for MonthOfYear (valid values 1 - 12): 13", 3, DATE_COLUMN, "/date");
  }

  @Test
  void aDateWithATimeOrZoneIsRejected() {
    for (String date : new String[] {"2026-06-14T23:00:00Z", "2026-06-14T23:00", "2026-06-14+01:00", "2026-06-14Z"}) {
      assertProblem(rejects(meetingWith("date", "\"" + date + "\"")),
          "\"" + date + "\" is not a date such as \"2016-09-14\"", 3, DATE_COLUMN, "/date");
    }
  }

  @Test
  void aDateAsANumberOrArrayIsRejected() {
    assertProblem(rejects(meetingWith("date", "20160914")),
        "expected a date such as \"2016-09-14\", found a whole number", 3, DATE_COLUMN, "/date");
    assertProblem(rejects(meetingWith("date", "[2016, 9, 14]")),
        "expected a date such as \"2016-09-14\", found an array", 3, DATE_COLUMN, "/date");
    assertProblem(rejects(meetingWith("date", "{\"year\": 2016}")),
        "expected a date such as \"2016-09-14\", found an object", 3, DATE_COLUMN, "/date");
  }

  @Test
  void aPaddedUnpaddedOrFiveDigitYearDateIsRejected() {
    for (String date : new String[] {" 2016-09-14", "2016-09-14 ", "2016-9-14", "16-09-14", "+10000-01-01",
        "10000-01-01", "-0001-01-01", "2016/09/14", "14/09/2016", "２０１６-０９-１４"}) {
      assertProblem(rejects(meetingWith("date", "\"" + date + "\"")),
          "\"" + date + "\" is not a date such as \"2016-09-14\"", 3, DATE_COLUMN, "/date");
    }
  }

  // --- empty strings ---

  @Test
  void anEmptyTitleIsAcceptedBecauseItIsNotStructurallyImpossible() {
    Meeting meeting = decodes(meetingWith("title", "\"\""));
    assertEquals(Optional.of(""), meeting.title());
    assertEquals(meeting, JSON.decode(JSON.encode(meeting)));
  }

  @Test
  void anEmptyDateIsRejected() {
    assertProblem(rejects(meetingWith("date", "\"\"")), "\"\" is not a date such as \"2016-09-14\"", 3, DATE_COLUMN,
        "/date");
  }

  @Test
  void anEmptyCurrencyIsRejected() {
    assertProblem(rejects(budget("\"949000.00\"", "\"\"", "2016")),
        "\"\" is not an ISO 4217 currency code such as \"GBP\"", AMOUNT_LINE, 58, ALLOCATION + "/money/currency");
  }

  @Test
  void aCurrencyCodeOutsideIso4217IsRejectedWithoutAStrayNull() {
    assertProblem(rejects(budget("\"949000.00\"", "\"XXY\"", "2016")),
        "\"XXY\" is not an ISO 4217 currency code such as \"GBP\"", AMOUNT_LINE, 58, ALLOCATION + "/money/currency");
    assertProblem(rejects(budget("\"949000.00\"", "\"gbp\"", "2016")),
        "\"gbp\" is not an ISO 4217 currency code such as \"GBP\"", AMOUNT_LINE, 58, ALLOCATION + "/money/currency");
  }

  @Test
  void anEmptyCodeIsRejected() {
    assertProblem(rejects(meetingWith("minutesStatus", "\"\"")), "\"\" is not one of [draft, confirmed]", 3,
        valueColumn("minutesStatus"), "/minutesStatus");
    assertProblem(rejects(meetingWith("minutesStatus", "\"DRAFT\"")), "\"DRAFT\" is not one of [draft, confirmed]", 3,
        valueColumn("minutesStatus"), "/minutesStatus");
  }

  @Test
  void aLongBadValueIsQuotedShortInTheMessageWithItsLocationKept() {
    String megabyte = "x".repeat(1 << 20);
    String quoted = "\"" + "x".repeat(200) + "…\"";
    assertProblem(rejects(meetingWith("minutesStatus", "\"" + megabyte + "\"")),
        quoted + " is not one of [draft, confirmed]", 3, valueColumn("minutesStatus"), "/minutesStatus");
    String wrongType = "{\"minutebook\": \"3.0\", \"type\": \"" + megabyte + "\"}";
    assertProblem(rejects(wrongType), "\"type\" is " + quoted + " where Meeting needs \"meeting\"", 1, 31, "/type");
    assertProblem(assertThrows(MinutebookJsonException.class, () -> JSON.decodeRecord(utf8(wrongType))),
        "\"type\" is " + quoted + "; a document is a \"meeting\" or a \"decision-record\"", 1, 31, "/type");
    String wrongVersion = "{\"minutebook\": \"" + megabyte + "\"}";
    assertProblem(rejects(wrongVersion), "\"minutebook\" is " + quoted + " where Meeting needs \"3.0\": this decoder reads "
        + "format 3.0 only", 1, 16, "/minutebook");
    assertProblem(assertThrows(MinutebookJsonException.class, () -> JSON.decodeRecord(utf8(wrongVersion))),
        "\"minutebook\" is " + quoted + " where a document needs \"3.0\": this decoder reads format 3.0 only", 1, 16,
        "/minutebook");
    assertProblem(rejects(decidedBy("{\"type\": \"" + megabyte + "\"}")),
        "\"type\" is " + quoted + "; a party is a \"person\" or a \"body\"", 5, 48, DECISION_MAKER + "/type");
    // a value that is long only in characters outside the BMP is never cut between the halves of one
    String emoji = "a" + "\uD83C\uDF89".repeat(150); // the 200th character is the first half of the 100th pair
    String cut = rejects(meetingWith("minutesStatus", "\"" + emoji + "\"")).problem();
    assertEquals("\"a" + "\uD83C\uDF89".repeat(99) + "…\" is not one of [draft, confirmed]", cut);
  }

  // --- text ---

  @Test
  void aLoneSurrogateIsRejected() {
    assertProblem(rejects(meetingWith("title", "\"\\ud800\"")),
        "text contains a lone surrogate (\\ud800 at character 0), which is not Unicode text", 3, 12, "/title");
    assertProblem(rejects(meetingWith("title", "\"a\\udc00b\"")),
        "text contains a lone surrogate (\\udc00 at character 1), which is not Unicode text", 3, 12, "/title");
    assertProblem(rejects(meetingWith("title", "\"\\udc00\\ud800\"")),
        "text contains a lone surrogate (\\udc00 at character 0), which is not Unicode text", 3, 12, "/title");
    assertProblem(rejects(meetingWith("title", "\"ends \\ud83c\"")),
        "text contains a lone surrogate (\\ud83c at character 5), which is not Unicode text", 3, 12, "/title");
  }

  @Test
  void aLoneSurrogateInTextGivenAsAJavaStringIsRefusedWhereItIsNotReplaced() {
    // not an escape, which the decoder refuses in its place, but a raw surrogate in the Java string:
    // UTF-8 has no form for it, and String.getBytes would have put "?" in its place
    String text = "{\"minutebook\": \"3.0\", \"type\": \"meeting\",\r\n \"title\": \"Caf\u00e9 \uD83C\uDF89 \ud800\"}";
    MinutebookJsonException e = assertThrows(MinutebookJsonException.class, () -> JSON.decode(text));
    assertProblem(e, "the text holds a lone surrogate (\\ud800), which is not Unicode and has no UTF-8 form", 2, 19, "");
    assertEquals(utf8(text.substring(0, text.indexOf('\ud800'))).length, e.byteOffset());
    assertProblem(assertThrows(MinutebookJsonException.class, () -> JSON.decodeRecord("{\"minutebook\": \"\udc00")),
        "the text holds a lone surrogate (\\udc00), which is not Unicode and has no UTF-8 form", 1, 17, "");
    assertEquals(Optional.of("Caf\u00e9 \uD83C\uDF89"),
        JSON.decode(text.replace(" \ud800", "")).title(), "a pair is one character, read as it is");
  }

  @Test
  void anEscapedSurrogatePairIsAccepted() {
    assertEquals(Optional.of("\uD83C\uDF89"), decodes(meetingWith("title", "\"\\ud83c\\udf89\"")).title());
  }

  @Test
  void anEscapedControlCharacterIsAcceptedAndRoundTrips() {
    Meeting meeting = decodes(meetingWith("title", "\"a\\u0001b\\u0000c\\u001f\""));
    assertEquals(Optional.of("a\u0001b\u0000c\u001f"), meeting.title());
    String encoded = JSON.encodeToString(meeting);
    assertTrue(encoded.contains("a\\u0001b\\u0000c\\u001F"), encoded);
    assertEquals(meeting, JSON.decode(encoded));
  }

  @Test
  void aRawControlCharacterIsRejected() {
    MinutebookJsonException e = rejects(meetingWith("title", "\"a" + (char) 0x01 + "b\""));
    assertProblem(e, "Illegal unquoted character ((CTRL-CHAR, code 1)): has to be escaped using backslash to be "
        + "included in string value", 3, 14, "/title");
  }

  // --- nesting ---

  /** A meeting whose one item has a paragraph with {@code levels} levels of points beneath it, on one line. */
  private static String deepParagraphs(int levels) {
    StringBuilder text = new StringBuilder(DEEP_PREFIX);
    text.append(DEEP_LEVEL.repeat(levels));
    text.append("{\"text\": \"bottom\"}");
    text.append("]}".repeat(levels));
    return text.append("]}]}").toString();
  }

  private static final String DEEP_PREFIX = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"agendaItems\": [{\"title\": \"deep\", \"narrative\": [";
  private static final String DEEP_LEVEL = "{\"text\": \"x\", \"points\": [";

  /** The result of decoding {@code document} with {@code json} on a thread with a 256 KiB stack. */
  private static Throwable decodeOnSmallStack(MinutebookJson json, String document) throws InterruptedException {
    byte[] bytes = utf8(document);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        json.decode(bytes);
      } catch (Throwable t) {
        thrown.set(t);
      }
    }, "deep", 256 * 1024);
    thread.start();
    thread.join();
    return thrown.get();
  }

  @Test
  void threeThousandLevelsAreRejectedAboutNestingOnASmallStack() throws InterruptedException {
    Throwable thrown = decodeOnSmallStack(JSON, deepParagraphs(3000));
    assertTrue(thrown instanceof MinutebookJsonException, String.valueOf(thrown));
    MinutebookJsonException e = (MinutebookJsonException) thrown;
    if (e.problem().equals(TOO_DEEP_TO_READ)) {
      // 200 levels of codecs do not always fit in 256 KiB (it depends on how the JIT has compiled
      // them), and running out of stack first is as good an answer
      assertTrue(e.pointer().startsWith("/agendaItems/0/narrative/0/points/0"), e.pointer());
      return;
    }
    // the meeting, its agenda list, the item and its narrative take four levels; each paragraph and
    // its list of points two more, so the 99th paragraph (at index 98) is the 201st level
    String pointer = "/agendaItems/0/narrative/0" + "/points/0".repeat(98);
    int column = DEEP_PREFIX.length() + 98 * DEEP_LEVEL.length() + 1;
    assertProblem(e, "Document nesting depth (201) exceeds the maximum allowed (200)", 1, column, pointer);
  }

  private static final String TOO_DEEP_TO_READ = "the document nests too deeply to read";

  @Test
  void threeThousandLevelsWithoutANestingLimitOverflowTheStackIntoAnException() throws InterruptedException {
    MinutebookJson unlimited = MinutebookJson.builder().maxNestingDepth(100_000).build();
    Throwable thrown = decodeOnSmallStack(unlimited, deepParagraphs(3000));
    assertTrue(thrown instanceof MinutebookJsonException, String.valueOf(thrown));
    MinutebookJsonException e = (MinutebookJsonException) thrown;
    // where the stack runs out depends on the JIT, so only the problem and the start of the path are fixed
    assertEquals(TOO_DEEP_TO_READ, e.problem());
    assertEquals(1, e.line());
    assertTrue(e.column() > DEEP_PREFIX.length(), e.getMessage());
    assertTrue(e.pointer().startsWith("/agendaItems/0/narrative/0/points/0/points/0"), e.pointer());
  }

  @Test
  void theDefaultNestingLimitIsTwoHundred() {
    // 98 levels of points reach level 199; one more reaches 201
    Meeting meeting = decodes(deepParagraphs(97));
    assertEquals(1, meeting.agendaItems().get(0).narrative().get(0).points().size());
    MinutebookJsonException e = rejects(deepParagraphs(98));
    assertProblem(e, "Document nesting depth (201) exceeds the maximum allowed (200)", 1,
        DEEP_PREFIX.length() + 98 * DEEP_LEVEL.length() + 1, "/agendaItems/0/narrative/0" + "/points/0".repeat(98));
  }

  @Test
  void deeplyNestedArraysWhereTextBelongsAreRejectedAtTheFirstBracket() throws InterruptedException {
    String document = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": " + "[".repeat(3000) + "]".repeat(3000) + "}";
    Throwable thrown = decodeOnSmallStack(JSON, document);
    assertTrue(thrown instanceof MinutebookJsonException, String.valueOf(thrown));
    assertProblem((MinutebookJsonException) thrown, "expected text, found an array", 1, 51, "/title");
  }

  // --- encodings ---

  private static final String SMALL = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"Budget\"}";
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() {
    assertEquals(decodes(SMALL), JSON.decode(concat(UTF8_BOM, utf8(SMALL))));
  }

  @Test
  void locationsAfterAByteOrderMarkCountCharactersFromTheTextAndBytesFromTheInput() {
    MinutebookJsonException e = rejects(JSON, concat(UTF8_BOM, utf8("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"chair\": 1}")));
    assertProblem(e, "unknown property \"chair\" in Meeting; expected one of " + MEETING_PROPERTIES, 1, 42, "/chair");
    assertEquals(3 + 41, e.byteOffset(), "the byte offset in the input, byte order mark and all");
  }

  @Test
  void columnsCountCharactersNotBytes() {
    MinutebookJsonException e = rejects("""
        {
          "minutebook": "3.0", "type": "meeting",
          "title": "Café £949k", "chair": "Zoë"
        }
        """);
    assertProblem(e, "unknown property \"chair\" in Meeting; expected one of " + MEETING_PROPERTIES, 3, 26, "/chair");
  }

  private static final String BOM_PROBLEM =
      "the document is UTF-16 or UTF-32 (it starts with a byte order mark); Minutebook documents are UTF-8";
  private static final String ZERO_BYTES_PROBLEM =
      "the document is UTF-16 or UTF-32 (it has zero bytes); Minutebook documents are UTF-8";
  private static final String UTF32_PROBLEM = "the document is UTF-32; Minutebook documents are UTF-8";

  @Test
  void utf16WithAByteOrderMarkIsRejected() {
    assertByteProblem(rejects(JSON, concat(bytes(0xFF, 0xFE), SMALL.getBytes(StandardCharsets.UTF_16LE))), BOM_PROBLEM, 0);
    assertByteProblem(rejects(JSON, concat(bytes(0xFE, 0xFF), SMALL.getBytes(StandardCharsets.UTF_16BE))), BOM_PROBLEM, 0);
    assertByteProblem(rejects(JSON, SMALL.getBytes(StandardCharsets.UTF_16)), BOM_PROBLEM, 0);
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRejected() {
    assertByteProblem(rejects(JSON, SMALL.getBytes(StandardCharsets.UTF_16LE)), ZERO_BYTES_PROBLEM, 0);
    assertByteProblem(rejects(JSON, SMALL.getBytes(StandardCharsets.UTF_16BE)), ZERO_BYTES_PROBLEM, 0);
  }

  @Test
  void utf32IsRejected() {
    Charset utf32be = Charset.forName("UTF-32BE");
    Charset utf32le = Charset.forName("UTF-32LE");
    assertByteProblem(rejects(JSON, SMALL.getBytes(utf32be)), UTF32_PROBLEM, 0);
    assertByteProblem(rejects(JSON, concat(bytes(0, 0, 0xFE, 0xFF), SMALL.getBytes(utf32be))), UTF32_PROBLEM, 0);
    assertByteProblem(rejects(JSON, concat(bytes(0xFF, 0xFE, 0, 0), SMALL.getBytes(utf32le))), BOM_PROBLEM, 0);
    assertByteProblem(rejects(JSON, SMALL.getBytes(utf32le)), ZERO_BYTES_PROBLEM, 0);
  }

  @Test
  void leadingZeroBytesThatJacksonWouldTakeForAnotherEncodingAreRejected() {
    // to Jackson's encoding detection 00 04 00 00 is UCS-4 in "3412" order, which it refuses with an
    // exception of its own, and 7B 00 7D 00 is UTF-16LE "{}"
    assertByteProblem(rejects(JSON, bytes(0, 4, 0, 0)), ZERO_BYTES_PROBLEM, 0);
    assertByteProblem(rejects(JSON, bytes(0x7B, 0, 0x7D, 0)), ZERO_BYTES_PROBLEM, 0);
    assertByteProblem(rejects(JSON, bytes(0x20, 0, 0, 0)), ZERO_BYTES_PROBLEM, 0);
  }

  @Test
  void aZeroByteInsideUtf8TextIsAnUnescapedControlCharacter() {
    MinutebookJsonException e = rejects(meetingWith("title", "\"a" + (char) 0 + "b\""));
    assertProblem(e, "Illegal unquoted character ((CTRL-CHAR, code 0)): has to be escaped using backslash to be "
        + "included in string value", 3, 14, "/title");
  }

  @Test
  void utf16OrUtf32AfterAUtf8ByteOrderMarkIsRejected() {
    assertByteProblem(rejects(JSON, concat(UTF8_BOM, SMALL.getBytes(StandardCharsets.UTF_16LE))), ZERO_BYTES_PROBLEM, 0);
    // found by fuzzing: to Jackson, 00 00 6E 00 after the mark is UCS-4 in "2143" order, which it refuses itself
    assertByteProblem(rejects(JSON, concat(UTF8_BOM, bytes(0, 0, 0x6E, 0, 0, 0, 0x40, 0))), UTF32_PROBLEM, 0);
    assertByteProblem(rejects(JSON, concat(UTF8_BOM, SMALL.getBytes(Charset.forName("UTF-32BE")))), UTF32_PROBLEM, 0);
  }

  @Test
  void invalidUtf8IsRejectedWithTheOffsetOfTheFirstBadByte() {
    byte[] start = utf8("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"");
    byte[] end = utf8("\"}");
    assertEquals(51, start.length);
    String problem = "the document is not well-formed UTF-8";
    assertByteProblem(rejects(JSON, concat(start, bytes(0x80), end)), problem, 51); // a lone continuation byte
    assertByteProblem(rejects(JSON, concat(start, bytes(0xC0, 0xAF), end)), problem, 51); // an overlong '/'
    assertByteProblem(rejects(JSON, concat(start, bytes(0xED, 0xA0, 0x80), end)), problem, 51); // an encoded surrogate
    assertByteProblem(rejects(JSON, concat(start, bytes(0xF4, 0x90, 0x80, 0x80), end)), problem, 51); // above U+10FFFF
    assertByteProblem(rejects(JSON, concat(start, bytes(0xFF), end)), problem, 51);
    assertByteProblem(rejects(JSON, concat(start, utf8("ok é"), bytes(0xC3), end)), problem, 51 + 5); // cut short
    assertByteProblem(rejects(JSON, concat(start, bytes(0xE2, 0x82))), problem, 51); // cut short at the end
    assertByteProblem(rejects(JSON, concat(UTF8_BOM, start, bytes(0x80), end)), problem, 3 + 51);
  }

  // --- limits ---

  private static final MinutebookJson SMALL_LIMITS =
      MinutebookJson.builder().maxDocumentBytes(100).maxStringLength(10).maxNestingDepth(5).build();

  @Test
  void aStringOverTheLimitIsRejected() {
    assertEquals(Optional.of("0123456789"), SMALL_LIMITS.decode(utf8(meetingWith("title", "\"0123456789\""))).title());
    assertProblem(rejects(SMALL_LIMITS, utf8(meetingWith("title", "\"0123456789a\""))),
        "String value length (11) exceeds the maximum allowed (10)", 3, 12, "/title");
  }

  @Test
  void aDocumentOverTheLimitIsRejected() {
    String fits = "{\"minutebook\": \"3.0\", \"type\": \"meeting\"}" + " ".repeat(100 - 40);
    assertEquals(100, utf8(fits).length);
    assertEquals(Meeting.builder().build(), SMALL_LIMITS.decode(utf8(fits)));
    assertByteProblem(rejects(SMALL_LIMITS, utf8(fits + " ")), "the document has 101 bytes; at most 100 are accepted", 100);
    MinutebookJsonException streamed = assertThrows(MinutebookJsonException.class,
        () -> SMALL_LIMITS.decode(new ByteArrayInputStream(utf8(fits + " "))));
    assertByteProblem(streamed, "the document has more than 100 bytes", 100);
  }

  @Test
  void nestingOverTheLimitIsRejected() {
    MinutebookJson shallow = MinutebookJson.builder().maxNestingDepth(5).build();
    // the meeting, agenda list, item, narrative list and paragraph are five levels; its points a sixth
    assertEquals(1, shallow.decode(utf8(deepParagraphs(0))).agendaItems().get(0).narrative().size());
    MinutebookJsonException e = rejects(shallow, utf8(deepParagraphs(1)));
    // the tokenizer reads the array's start together with its name, so the location is the name's
    assertProblem(e, "Document nesting depth (6) exceeds the maximum allowed (5)", 1,
        DEEP_PREFIX.length() + DEEP_LEVEL.indexOf("\"points\"") + 1, "/agendaItems/0/narrative/0/points");
  }

  @Test
  void theDefaultStringLimitIsOneMebicharacter() {
    String limit = "x".repeat(1024 * 1024);
    assertEquals(Optional.of(limit), decodes("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"" + limit + "\"}").title());
    assertProblem(rejects("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"" + limit + "x\"}"),
        "String value length (1048577) exceeds the maximum allowed (1048576)", 1, 51, "/title");
  }

  @Test
  void theDefaultDocumentLimitIsSixtyFourMebibytes() {
    byte[] document = new byte[64 * 1024 * 1024 + 1];
    Arrays.fill(document, (byte) ' ');
    byte[] meeting = utf8("{\"minutebook\": \"3.0\", \"type\": \"meeting\"}");
    System.arraycopy(meeting, 0, document, 0, meeting.length);
    assertByteProblem(rejects(JSON, document), "the document has 67108865 bytes; at most 67108864 are accepted",
        67108864);
    assertEquals(Meeting.builder().build(), JSON.decode(Arrays.copyOf(document, document.length - 1)));
  }

  // --- the document as a whole ---

  @Test
  void aRootThatIsNotAnObjectIsRejected() {
    assertProblem(rejects("[]"), "expected an object (Meeting), found an array", 1, 1, "");
    assertProblem(rejects("\"x\""), "expected an object (Meeting), found a string", 1, 1, "");
    assertProblem(rejects("1"), "expected an object (Meeting), found a whole number", 1, 1, "");
    assertProblem(rejects("1.5"), "expected an object (Meeting), found a number with a fraction or exponent", 1, 1, "");
    assertProblem(rejects("true"), "expected an object (Meeting), found a boolean", 1, 1, "");
    assertProblem(rejects("null"), "expected an object (Meeting), found null", 1, 1, "");
    assertProblem(rejects("  [\n]"), "expected an object (Meeting), found an array", 1, 3, "");
  }

  @Test
  void anEmptyDocumentIsRejectedAtItsStart() {
    assertProblem(rejects(""), "the document is empty", 1, 1, "");
    assertProblem(rejects(JSON, UTF8_BOM), "the document is empty", 1, 1, "");
  }

  @Test
  void aDocumentOfWhitespaceIsRejectedAtItsEnd() {
    assertProblem(rejects("  \n  "), "the document is empty", 2, 3, "");
    assertProblem(rejects(" \t "), "the document is empty", 1, 4, "");
  }

  @Test
  void aTruncatedDocumentIsRejectedWithoutJacksonsSourceDescription() {
    MinutebookJsonException e = rejects("{\"minutebook\": \"3.0\", \"type\": \"meeting\"");
    assertProblem(e, "Unexpected end-of-input: expected close marker for Object", 1, 40, "/type");
  }

  // --- type ids ---

  @Test
  void aClassIdIsAnUnknownPropertyAndNeverHonoured() {
    MinutebookJsonException e = rejects("""
        {
          "minutebook": "3.0", "type": "meeting",
          "body": {"type": "body", "@class": "io.github.minutebook.party.Person", "name": "Ann Able"}
        }
        """);
    assertProblem(e, "unknown property \"@class\" in Body; expected one of " + BODY_PROPERTIES, 3, 28,
        "/body/@class");
  }

  @Test
  void aTypeIdAtTheRootIsAnUnknownProperty() {
    MinutebookJsonException e = rejects("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"@type\": \"io.github.minutebook.meeting.Meeting\"}");
    assertProblem(e, "unknown property \"@type\" in Meeting; expected one of " + MEETING_PROPERTIES, 1, 42, "/@type");
  }

  @Test
  void aClassIdInPlaceOfAPartysTypeIsRejected() {
    MinutebookJsonException e = rejects(decidedBy("{\"@class\": \"io.github.minutebook.party.Person\", \"name\": \"Ann\"}"));
    assertProblem(e, "a person or body starts with \"type\": \"person\" or \"body\", not \"@class\"", 5, 40,
        DECISION_MAKER + "/@class");
  }

  // --- the format version ---

  @Test
  void theMinimalDocumentIsTheFormatVersionAlone() {
    assertEquals(Meeting.builder().build(), decodes("{\"minutebook\": \"3.0\", \"type\": \"meeting\"}"));
  }

  @Test
  void aWrongFormatVersionIsRejectedNamingTheVersionThisDecoderReads() {
    assertProblem(rejects("{\"minutebook\": \"4.0\"}"), "\"minutebook\" is \"4.0\" where Meeting needs \"3.0\": "
        + "this decoder reads format 3.0 only", 1, 16, "/minutebook");
    assertProblem(rejects("{\"minutebook\": \"3.0.0\"}"), "\"minutebook\" is \"3.0.0\" where Meeting needs \"3.0\": "
        + "this decoder reads format 3.0 only", 1, 16, "/minutebook");
    assertProblem(rejects("{\"minutebook\": \"\"}"), "\"minutebook\" is \"\" where Meeting needs \"3.0\": "
        + "this decoder reads format 3.0 only", 1, 16, "/minutebook");
    assertProblem(rejects("{\"minutebook\": 3.0}"), "expected text, found a number with a fraction or exponent", 1, 16,
        "/minutebook");
    assertProblem(rejects("{\"minutebook\": \"3.0\"}"), "Meeting lacks the required property \"type\"", 1, 21, "");
  }

  @Test
  void aFormatOneDocumentIsRejectedWithAPointerToTheMigrationNote() {
    // 2.0 renamed the money inside an amount from "value" to "money", 3.0 added "type"; a 1.0 document takes both steps
    assertProblem(rejects(budgetWithAmount("\"949000.00\"").replace("\"3.0\"", "\"1.0\"")),
        "\"minutebook\" is \"1.0\" where Meeting needs \"3.0\": this decoder reads format 3.0 only; "
            + "migrate the document as \"Migrating from 1.0 to 2.0\" and then \"Migrating from 2.0 to 3.0\" "
            + "in docs/json-format.md say", 2, 17, "/minutebook");
  }

  @Test
  void aFormatTwoDocumentIsRejectedWithAPointerToTheMigrationNote() {
    assertProblem(rejects(budgetWithAmount("\"949000.00\"").replace("\"3.0\"", "\"2.0\"")),
        "\"minutebook\" is \"2.0\" where Meeting needs \"3.0\": this decoder reads format 3.0 only; "
            + "migrate the document as \"Migrating from 2.0 to 3.0\" in docs/json-format.md says", 2, 17,
        "/minutebook");
  }

  @Test
  void aSecondFormatVersionIsRejected() {
    assertProblem(rejects("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"minutebook\": \"3.0\"}"),
        "\"minutebook\" appears twice in Meeting", 1, 42, "/minutebook");
  }

  @Test
  void anEmptyObjectLacksTheFormatVersion() {
    assertProblem(rejects("{}"), "Meeting lacks the required property \"minutebook\"", 1, 2, "");
  }

  @Test
  void aDocumentThatDoesNotStartWithTheFormatVersionIsRejected() {
    // MinutebookJson's contract: one JSON object whose first property is "minutebook": "3.0", its second "type"
    String problem = "Meeting must start with \"minutebook\": \"3.0\", not \"title\"";
    assertProblem(rejects("{\"title\": \"Executive\"}"), problem, 1, 2, "/title");
    assertProblem(rejects("{\"title\": \"Executive\", \"minutebook\": \"3.0\", \"type\": \"meeting\"}"), problem, 1, 2, "/title");
    assertProblem(rejects("{\"minutebook\": \"3.0\", \"title\": \"Executive\", \"type\": \"meeting\"}"),
        "Meeting must go on with \"type\": \"meeting\", not \"title\"", 1, 23, "/title");
    assertProblem(rejects("{\"type\": \"meeting\", \"minutebook\": \"3.0\"}"),
        "Meeting must start with \"minutebook\": \"3.0\", not \"type\"", 1, 2, "/type");
  }

  // --- parties ---

  @Test
  void aPartyIsAccepted() {
    Meeting meeting = decodes(decidedBy("{\"type\": \"body\", \"name\": \"Executive\"}"));
    assertEquals(Body.builder().name("Executive").build(),
        meeting.agendaItems().get(0).resolutions().get(0).decisionMaker().orElseThrow());
  }

  @Test
  void aPartyWithoutTypeFirstIsRejected() {
    assertProblem(rejects(decidedBy("{\"name\": \"Executive\", \"type\": \"body\"}")),
        "a person or body starts with \"type\": \"person\" or \"body\", not \"name\"", 5, 40, DECISION_MAKER + "/name");
    assertProblem(rejects(decidedBy("{}")),
        "a person or body starts with \"type\": \"person\" or \"body\", but the object is empty", 5, 40, DECISION_MAKER);
    assertProblem(rejects(decidedBy("{\"type\": \"robot\", \"name\": \"R2\"}")),
        "\"type\" is \"robot\"; a party is a \"person\" or a \"body\"", 5, 48, DECISION_MAKER + "/type");
    assertProblem(rejects(decidedBy("{\"type\": \"body\", \"type\": \"body\", \"name\": \"R2\"}")),
        "\"type\" appears twice in Body", 5, 56, DECISION_MAKER + "/type");
    assertProblem(rejects(decidedBy("{\"type\": 1, \"name\": \"R2\"}")),
        "expected text, found a whole number", 5, 48, DECISION_MAKER + "/type");
    assertProblem(rejects(decidedBy("\"Executive\"")),
        "expected an object (a person or a body), found a string", 5, 39, DECISION_MAKER);
  }

  // --- through Jackson's own API ---

  @Nested
  class ThroughTheMapper {
    private Meeting read(String document) {
      return JSON.mapper().readValue(utf8(document), Meeting.class);
    }

    @Test
    void aValidDocumentReads() {
      assertEquals(decodes(SMALL), read(SMALL));
    }

    @Test
    void anUnknownPropertyThrows() {
      JacksonException e = assertThrows(JacksonException.class, () -> read("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"chair\": 1}"));
      assertTrue(e instanceof MinutebookJsonException, e.toString());
    }

    @Test
    void aDuplicateKeyThrows() {
      assertThrows(JacksonException.class, () -> read("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"a\", \"title\": \"b\"}"));
    }

    @Test
    void trailingTokensThrow() {
      assertThrows(JacksonException.class, () -> read("{\"minutebook\": \"3.0\", \"type\": \"meeting\"} {}"));
      assertThrows(JacksonException.class, () -> read("{\"minutebook\": \"3.0\", \"type\": \"meeting\"} x"));
    }

    @Test
    void aWrongRootThrows() {
      assertThrows(JacksonException.class, () -> read("[]"));
      assertThrows(JacksonException.class, () -> read("1"));
      assertThrows(JacksonException.class, () -> read(""));
    }

    @Test
    void aNullRootThrows() {
      // "null is never accepted": a mapper with the strict settings returns no null meeting
      assertThrows(JacksonException.class, () -> read("null"));
    }

    @Test
    void nanAndHugeNumbersThrow() {
      assertThrows(JacksonException.class, () -> read(votes("NaN")));
      assertThrows(JacksonException.class, () -> read(votes("1".repeat(1001))));
      assertThrows(JacksonException.class, () -> read(budgetWithAmount("1e999999999")));
    }

    @Test
    void aLoneSurrogateThrows() {
      assertThrows(JacksonException.class, () -> read(meetingWith("title", "\"\\ud800\"")));
    }

    private Throwable readOnSmallStack(MinutebookJson json, String document) throws InterruptedException {
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      byte[] bytes = utf8(document);
      Thread thread = new Thread(null, () -> {
        try {
          json.mapper().readValue(bytes, Meeting.class);
        } catch (Throwable t) {
          thrown.set(t);
        }
      }, "deep", 256 * 1024);
      thread.start();
      thread.join();
      return thrown.get();
    }

    @Test
    void deepNestingThrows() throws InterruptedException {
      Throwable thrown = readOnSmallStack(JSON, deepParagraphs(3000));
      assertNotNull(thrown);
      assertTrue(thrown instanceof JacksonException, thrown.toString());
    }

    @Test
    void deepNestingWithoutANestingLimitThrowsAnExceptionNotAStackOverflow() throws InterruptedException {
      Throwable thrown = readOnSmallStack(MinutebookJson.builder().maxNestingDepth(100_000).build(),
          deepParagraphs(3000));
      assertTrue(thrown instanceof MinutebookJsonException, String.valueOf(thrown));
      assertEquals(TOO_DEEP_TO_READ, ((MinutebookJsonException) thrown).problem());
    }

    @Test
    void aTypeIdThrows() {
      assertThrows(JacksonException.class,
          () -> read("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"body\": {\"@class\": \"java.lang.ProcessBuilder\", \"type\": \"body\"}}"));
    }

    @Test
    void aWrongFormatVersionThrows() {
      assertThrows(JacksonException.class, () -> read("{\"minutebook\": \"1.0\"}"));
    }
  }
}
