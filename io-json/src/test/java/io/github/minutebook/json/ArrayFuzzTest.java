package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.minutebook.meeting.Meeting;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes the reader of JSON arrays with arbitrary bytes: whatever comes in, it gives records
 * numbered from 1, each a meeting that survives its own encoding or one {@link
 * MinutebookJsonException} that is not an internal error, located within the input; nothing
 * escapes. And it gives the same records however the input arrives: whole, or a few bytes a read
 * into a reader whose small document limit keeps its buffer small, so that every record crosses
 * the edges of the buffer.
 *
 * <p>An ordinary build replays the committed inputs in {@code ArrayFuzzTestInputs/readArray/}. To
 * fuzz, as for {@link DecoderFuzzTest}:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 JAZZER_MAX_EXECUTIONS=1000000 mvn -pl io-json -am test -Dtest=ArrayFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class ArrayFuzzTest {
  private static final MinutebookJson JSON = MinutebookJson.standard();
  /** A limit small enough that the reader's buffer starts at 66 bytes and records go over it. */
  private static final MinutebookJson SMALL = MinutebookJson.builder().maxDocumentBytes(64).build();

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({"[", "]", ",", "{\"minutebook\": \"3.0\", \"type\": \"meeting\"}", "{\"minutebook\":\"3.0\"}",
      "\"title\": \"", "\"agendaItems\": [{\"title\": \"t\"}]", "\\\"", "\\\\", "\"", "{", "}", ":", "\\x0A", "\\x0D\\x0A",
      "\\xEF\\xBB\\xBF", "\\xFF", "\\xC0\\xAF", "null", "true", "-0", "\\ud800"})
  void readArray(byte[] input) {
    List<MeetingRecord> whole = read(JSON, new ByteArrayInputStream(input), input.length);
    for (MeetingRecord record : whole) {
      record.meeting().ifPresent(meeting -> assertEquals(meeting, JSON.decode(JSON.encode(meeting)),
          "a meeting read from an array changed on its way through the encoder"));
    }
    List<MeetingRecord> small = read(SMALL, new ByteArrayInputStream(input), input.length);
    List<MeetingRecord> inPieces = read(SMALL, inPieces(input), input.length);
    assertEquals(describe(small), describe(inPieces), "the records differ with the input read a few bytes at a time");
  }

  private static List<MeetingRecord> read(MinutebookJson json, InputStream in, int length) {
    List<MeetingRecord> records;
    try (Stream<MeetingRecord> stream = json.readArrayRecords(in)) {
      records = stream.toList();
    }
    long number = 1;
    for (MeetingRecord record : records) {
      assertEquals(number++, record.number(), "records are numbered from 1, one by one");
      assertTrue(record.line() >= 1, "a record starts on a line");
      record.error().ifPresent(e -> {
        if (e.problem().startsWith(DecoderFuzzTest.INTERNAL_ERROR)) {
          throw new AssertionError("internal error: " + e.getMessage(), e);
        }
        assertTrue(e.byteOffset() >= 0 && e.byteOffset() <= length, () -> "outside the input: " + e.getMessage());
      });
    }
    return records;
  }

  /** What a record says, to compare two readings of one input. */
  private static List<String> describe(List<MeetingRecord> records) {
    List<String> described = new ArrayList<>();
    for (MeetingRecord record : records) {
      described.add(record.number() + "@" + record.line() + ": " + record.error().map(e -> e.problem() + " at "
          + e.line() + ":" + e.column() + " byte " + e.byteOffset() + " " + e.pointer())
          .orElseGet(() -> record.meeting().map(Meeting::toString).orElseThrow()));
    }
    return described;
  }

  /** The input handed out one to seven bytes a read. */
  private static InputStream inPieces(byte[] data) {
    return new InputStream() {
      private int position;

      @Override
      public int read() {
        return position < data.length ? data[position++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position == data.length) {
          return -1;
        }
        int n = Math.min(Math.min(len, data.length - position), 1 + position % 7);
        System.arraycopy(data, position, b, off, n);
        position += n;
        return n;
      }
    };
  }
}
