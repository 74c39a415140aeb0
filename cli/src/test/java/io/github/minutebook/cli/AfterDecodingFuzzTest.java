package io.github.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.testing.RandomMeetings;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.ValidationReport;
import io.github.minutebook.validation.Violation;
import java.util.List;

/**
 * Fuzzes what runs after decoding: the validator (thorough profile) and {@code summarize}, on
 * meetings decoded from mutated documents and on meetings generated from fuzzed seeds. Whatever
 * the meeting, validation reports and never fails a rule, gives the same report twice, and lists
 * the start of that report when limited; the summary is written, linear in the meeting's size,
 * and holds no control character once escaped for the terminal.
 *
 * <p>An ordinary build replays the committed inputs in {@code AfterDecodingFuzzTestInputs/}: the
 * five seed minutes compacted, and what the campaigns grew. To fuzz, run for example
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=150s mvn -pl cli -am test -Dtest=AfterDecodingFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class AfterDecodingFuzzTest {
  private static final MinutebookJson JSON = MinutebookJson.standard();
  private static final MeetingValidator THOROUGH = MeetingValidator.thorough();
  private static final MeetingValidator LIMITED = THOROUGH.toBuilder().maxViolations(7).build();

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({
      "{\"minutebook\":\"3.0\",\"type\":\"meeting\"", "\"agendaItems\":[", "\"resolutions\":[", "\"parts\":[",
      "\"conditions\":[", "\"dependsOnParts\":[", "\"label\":", "\"minuteNumber\":", "\"attendance\":[",
      "\"votes\":[", "\"namedVotes\":[", "\"contractAwards\":[", "\"fundingAllocations\":[", "\"amount\":",
      "\"weight\":", "\"evaluationCriteria\":[", "\"person\":{\"name\":", "\"title\":", "\"\\u001b[2J\"",
      "\"\\u202e\"", "\"\\r\\n\"", "99999999999999999999", "\"P2147483647Y\"", "\"9999-12-31\""})
  void validateAndSummarizeDecoded(byte[] input) {
    Meeting meeting;
    try {
      meeting = JSON.decode(input);
    } catch (MinutebookJsonException e) {
      return; // the decoder's own fuzz test holds it to its promises
    }
    check(meeting, input.length);
  }

  @FuzzTest(maxDuration = "10m")
  void validateAndSummarizeGenerated(FuzzedDataProvider data) {
    RandomMeetings.Shape shape = data.consumeBoolean() ? RandomMeetings.Shape.ANY : RandomMeetings.Shape.WIRE_SAFE;
    Meeting meeting = new RandomMeetings(data.consumeLong(), shape).meeting();
    check(meeting, JSON_SIZE_UNKNOWN);
  }

  private static final int JSON_SIZE_UNKNOWN = -1;

  private static void check(Meeting meeting, int documentBytes) {
    ValidationReport report = THOROUGH.validate(meeting);
    for (Violation v : report.violations()) {
      assertTrue(!v.code().equals("validation.rule-failed"), () -> "a rule failed: " + v);
    }
    assertEquals(report, THOROUGH.validate(meeting), "the same meeting gave another report");
    ValidationReport limited = LIMITED.validate(meeting);
    List<Violation> all = report.violations();
    assertEquals(all.subList(0, Math.min(7, all.size())), limited.violations());
    assertEquals(all.size(), limited.total());

    List<String> lines = MeetingSummary.lines(meeting);
    long chars = 0;
    for (String line : lines) {
      String shown = TerminalText.escape(line);
      chars += shown.length();
      for (int i = 0; i < shown.length(); i++) {
        char c = shown.charAt(i);
        assertTrue(c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != 0x2028 && c != 0x2029
            && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069),
            () -> "a control character reached the terminal: " + shown);
      }
    }
    if (documentBytes >= 0) {
      // each byte of the document may become a few characters of summary (a number padded, a
      // label repeated, an escape), never a number that grows with the square of the input
      long most = 200L * documentBytes + 10_000;
      assertTrue(chars <= most, "a summary of " + chars + " characters for a document of " + documentBytes + " bytes");
    }
  }
}
