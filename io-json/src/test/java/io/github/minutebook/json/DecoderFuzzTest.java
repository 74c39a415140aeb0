package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.minutebook.meeting.Meeting;

/**
 * Fuzzes the decoder with arbitrary bytes: whatever comes in, the decoder either returns a meeting
 * that survives its own encoding, or throws one {@link MinutebookJsonException} that is not an
 * internal error. Nothing else may escape: no other exception, no {@link StackOverflowError}.
 *
 * <p>An ordinary build replays the committed inputs in {@code DecoderFuzzTestInputs/decode/}: the
 * golden files, hand-written malformed documents, every crash found so far ({@code crash-*}), and
 * the corpora that campaigns grew (the files named by their SHA-1): 1,000,000 executions at
 * first, 3,376,951 more after the hardening of issue 16. To fuzz,
 * with Jackson's classes instrumented as well as ours (see the module's pom), run for example
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 JAZZER_MAX_EXECUTIONS=1000000 mvn -pl io-json -am test -Dtest=DecoderFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * <p>Jazzer keeps its generated corpus in {@code io-json/.cifuzz-corpus/} (not committed) and
 * writes each crashing input into the inputs directory, where it becomes a regression case: keep
 * it, and copy the grown corpus into the inputs directory after a campaign.
 */
class DecoderFuzzTest {
  /** What {@code MinutebookJson} says of a bug in itself, as opposed to a problem with the document. */
  static final String INTERNAL_ERROR = "the decoder failed unexpectedly";

  private static final MinutebookJson JSON = MinutebookJson.standard();

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({
      "{\"minutebook\": \"3.0\", \"type\": \"meeting\"", "\"minutebook\"", "\"2.0\"", "\"type\"", "\"person\"", "\"body\"",
      "\"agendaItems\"", "\"resolutions\"", "\"parts\"", "\"points\"", "\"narrative\"", "\"fundingAllocations\"",
      "\"amount\"", "\"value\"", "\"money\"", "\"currency\"", "\"GBP\"", "\"XAU\"", "\"counts\"", "\"yes\"", "\"term\"",
      "\"duration\"", "\"extensionOptions\"", "\"P1Y\"", "\"2016-09-14\"", "\"19:00\"", "\"--04-01\"",
      "\"Europe/London\"", "\"2026-11-22T03:21:00Z\"", "\\u0000", "\\ud800", "\\udc00", "null", "true", "1e999999999",
      "-0", "2147483648", "[", "]", "{", "}", ",", ":"})
  void decode(byte[] input) {
    Meeting meeting;
    try {
      meeting = JSON.decode(input);
    } catch (MinutebookJsonException e) {
      if (e.problem().startsWith(INTERNAL_ERROR)) {
        throw new AssertionError("internal error: " + e.getMessage(), e);
      }
      return; // a document the format refuses, refused properly
    }
    byte[] encoded = JSON.encode(meeting);
    Meeting again = JSON.decode(encoded);
    assertEquals(meeting, again, "the decoded meeting changed on its way through the encoder");
    assertArrayEquals(encoded, JSON.encode(again), "encoding the meeting again gave other bytes");
  }
}
