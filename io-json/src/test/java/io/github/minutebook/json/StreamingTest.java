package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.seeds.SeedMinutes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reading and writing many documents: NDJSON and JSON arrays, strict and record by record. */
class StreamingTest {
  private final MinutebookJson json = MinutebookJson.standard();
  private final List<Meeting> seeds = new ArrayList<>(SeedMinutes.all().values());

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private String ndjson(List<Meeting> meetings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeNdjson(meetings, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesAndReadsNdjson() {
    String text = ndjson(seeds);
    assertEquals(seeds.size(), text.lines().count());
    try (Stream<Meeting> read = json.readNdjson(bytes(text))) {
      assertEquals(seeds, read.toList());
    }
  }

  @Test
  void aLineHoldingOnlyCarriageReturnsIsBlankLikeOneOfSpaces() {
    String good = json.encodeToString(seeds.get(4));
    String text = good + "\n\r\r\n \r\t\n" + good + "\r\n\r";
    List<MeetingRecord> records;
    try (Stream<MeetingRecord> read = json.readNdjsonRecords(bytes(text))) {
      records = read.toList();
    }
    assertEquals(List.of(1L, 4L), records.stream().map(MeetingRecord::line).toList());
    assertTrue(records.stream().allMatch(MeetingRecord::isRead), records.toString());
  }

  @Test
  void goesOnAfterBadRecordsAndSaysWhereEachIs() {
    String good = json.encodeToString(seeds.get(4));
    String text = good + "\r\n"
        + "\n"
        + "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"surprise\": 1}\n"
        + "   \n"
        + "{not json\n"
        + good + "\n";
    List<MeetingRecord> records;
    try (Stream<MeetingRecord> read = json.readNdjsonRecords(bytes(text))) {
      records = read.toList();
    }
    assertEquals(4, records.size());
    assertEquals(List.of(1L, 2L, 3L, 4L), records.stream().map(MeetingRecord::number).toList());
    assertEquals(List.of(1L, 3L, 5L, 6L), records.stream().map(MeetingRecord::line).toList());
    assertEquals(List.of(true, false, false, true), records.stream().map(MeetingRecord::isRead).toList());

    MinutebookJsonException unknown = records.get(1).error().orElseThrow();
    assertTrue(unknown.problem().startsWith("unknown property \"surprise\" in Meeting"), unknown.problem());
    assertEquals(3, unknown.line());
    assertEquals(42, unknown.column()); // where the property's name starts
    assertEquals("/surprise", unknown.pointer());

    MinutebookJsonException malformed = records.get(2).error().orElseThrow();
    assertEquals(5, malformed.line());
    assertEquals(seeds.get(4), records.get(3).meeting().orElseThrow());
  }

  @Test
  void strictReadingThrowsAtTheFirstBadRecordWithItsLine() {
    String text = json.encodeToString(seeds.get(0)) + "\n[]\n";
    MinutebookJsonException e = assertThrows(MinutebookJsonException.class, () -> {
      try (Stream<Meeting> read = json.readNdjson(bytes(text))) {
        read.forEach(m -> { });
      }
    });
    assertEquals(2, e.line());
    assertEquals("expected an object (a meeting or a decision record), found an array", e.problem());
  }

  @Test
  void decisionRecordsAreReadBesideMeetingsAndOnlyAStreamOfMeetingsRefusesThem() {
    io.github.minutebook.meeting.DecisionRecord decision = io.github.minutebook.meeting.DecisionRecord.builder()
        .title("Award of the road sweeping contract").build();
    String text = json.encodeToString(seeds.get(0)) + "\n" + json.encodeToString(decision) + "\n";

    List<MeetingRecord> records = json.readNdjsonRecords(bytes(text)).toList();

    assertEquals(seeds.get(0), records.get(0).meeting().orElseThrow());
    assertEquals(decision, records.get(1).recordOrThrow());
    assertTrue(records.get(1).meeting().isEmpty());
    MinutebookJsonException e = assertThrows(MinutebookJsonException.class, () -> records.get(1).meetingOrThrow());
    assertEquals(2, e.line());
    assertEquals("record 2 is a decision record, not a meeting (read it with record())", e.problem());
  }

  @Test
  void aLineOverTheLimitIsOneBadRecord() {
    MinutebookJson small = MinutebookJson.builder().maxDocumentBytes(100).build();
    String text = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"" + "x".repeat(200) + "\"}\n{\"minutebook\": \"3.0\", \"type\": \"meeting\"}\n";
    List<MeetingRecord> records = small.readNdjsonRecords(bytes(text)).toList();
    assertEquals("the line has more than 100 bytes", records.get(0).error().orElseThrow().problem());
    assertTrue(records.get(1).isRead());
  }

  @Test
  void readsNdjsonLazilyFromEndlessInput() {
    byte[] line = (json.encodeToString(seeds.get(2)) + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream endless = new InputStream() {
      private long position;

      @Override
      public int read() {
        return line[(int) (position++ % line.length)] & 0xff;
      }
    };
    try (Stream<Meeting> read = json.readNdjson(endless)) {
      assertEquals(3, read.limit(3).filter(seeds.get(2)::equals).count());
    }
  }

  @Test
  void writesAndReadsAJsonArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeArray(seeds, out);
    try (Stream<Meeting> read = json.readArray(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(seeds, read.toList());
    }
    assertEquals(List.of(), json.readArray(bytes(" [ ] ")).toList());
  }

  @Test
  void skipsAnInvalidArrayRecordAndReadsTheNext() {
    String good = json.encodeToString(seeds.get(4));
    String text = "[\n" + good + ",\n{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"agendaItems\": [{\"title\": 5, \"x\": [1, {\"y\": 2}]}]},\n"
        + good + "\n]";
    List<MeetingRecord> records = json.readArrayRecords(bytes(text)).toList();
    assertEquals(3, records.size());
    assertEquals(List.of(true, false, true), records.stream().map(MeetingRecord::isRead).toList());
    MinutebookJsonException e = records.get(1).error().orElseThrow();
    assertEquals("/1/agendaItems/0/title", e.pointer(), "pointers locate the value in the whole array");
    assertEquals(3, e.line());
    assertEquals(seeds.get(4), records.get(2).meeting().orElseThrow());
  }

  @Test
  void malformedJsonEndsAnArrayWithAFailedRecord() {
    String good = json.encodeToString(seeds.get(4));
    List<MeetingRecord> records = json.readArrayRecords(bytes("[" + good + ", {\"minutebook\": ]")).toList();
    assertEquals(2, records.size());
    assertTrue(records.get(0).isRead());
    assertFalse(records.get(1).isRead());
    assertEquals(2, records.get(1).number());
  }

  @Test
  void refusesAnArrayStreamThatIsNotAnArray() {
    List<MeetingRecord> records = json.readArrayRecords(bytes(json.encodeToString(seeds.get(4)))).toList();
    assertEquals(1, records.size());
    assertEquals("expected an array of Minutebook documents, found an object", records.get(0).error().orElseThrow().problem());
  }

  @Test
  void refusesAnArrayThatIsNotUtf8() {
    byte[] latin1 = "[{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1);
    List<MeetingRecord> records = json.readArrayRecords(new ByteArrayInputStream(latin1)).toList();
    assertFalse(records.get(0).isRead());
  }

  /** An input stream that hands out its bytes in pieces of awkward, varying sizes. */
  private static InputStream inPieces(byte[] data) {
    java.util.Random sizes = new java.util.Random(7);
    return inPieces(data, () -> 1 + sizes.nextInt(sizes.nextBoolean() ? 17 : 90_000));
  }

  /** An input stream that hands out its bytes in pieces whose sizes {@code nextSize} gives. */
  private static InputStream inPieces(byte[] data, java.util.function.IntSupplier nextSize) {
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
        int n = Math.min(Math.min(len, data.length - position), nextSize.getAsInt());
        System.arraycopy(data, position, b, off, n);
        position += n;
        return n;
      }
    };
  }

  @Test
  void readsLinesLongerThanTheReadBufferAndAcrossItsEdges() {
    // lines of a few hundred bytes up to 600 KB, more than twice the reader's first buffer
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Meeting seed = seeds.get(i % seeds.size());
      meetings.add(i % 7 == 3 ? seed.withTitle("x".repeat(600_000) + i) : seed);
      meetings.add(Meeting.builder().title("short " + i).build());
    }
    byte[] data = ndjson(meetings).getBytes(StandardCharsets.UTF_8);
    try (Stream<Meeting> read = json.readNdjson(inPieces(data))) {
      assertEquals(meetings, read.toList());
    }
  }

  @Test
  void aLastLineWithoutALineEndIsRead() {
    String text = json.encodeToString(seeds.get(1)) + "\n" + json.encodeToString(seeds.get(2));
    try (Stream<Meeting> read = json.readNdjson(bytes(text))) {
      assertEquals(List.of(seeds.get(1), seeds.get(2)), read.toList());
    }
  }

  @Test
  void aLineOverTheLimitAndLongerThanTheBufferIsSkippedAndTheNextRead() {
    MinutebookJson small = MinutebookJson.builder().maxDocumentBytes(1000).build();
    String first = "{\"minutebook\": \"3.0\", \"type\": \"meeting\"}\n";
    String text = first + "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"" + "x".repeat(700_000) + "\"}\n"
        + "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"after\"}";
    List<MeetingRecord> records = small.readNdjsonRecords(inPieces(text.getBytes(StandardCharsets.UTF_8))).toList();
    assertEquals(3, records.size());
    MinutebookJsonException tooLong = records.get(1).error().orElseThrow();
    assertEquals("the line has more than 1000 bytes", tooLong.problem());
    assertEquals(2, tooLong.line());
    assertEquals(first.length(), tooLong.byteOffset(), "where the line starts in the input");
    assertEquals(List.of(1L, 2L, 3L), records.stream().map(MeetingRecord::line).toList());
    assertEquals(java.util.Optional.of("after"), records.get(2).meetingOrThrow().title());
  }

  @Test
  void anErrorInALaterLineIsLocatedInTheWholeInput() {
    String first = json.encodeToString(seeds.get(3)) + "\n";
    String text = first + "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"chair\": 1}\n";
    List<MeetingRecord> records = json.readNdjsonRecords(bytes(text)).toList();
    MinutebookJsonException e = records.get(1).error().orElseThrow();
    assertEquals(2, e.line());
    assertEquals(42, e.column());
    assertEquals(first.getBytes(StandardCharsets.UTF_8).length + 41, e.byteOffset());
  }

  @Test
  void decodesADocumentInTheMiddleOfABufferWithOffsetsFromItsStart() {
    byte[] document = json.encode(seeds.get(0));
    byte[] buffer = new byte[document.length + 20];
    System.arraycopy(document, 0, buffer, 10, document.length);
    assertEquals(seeds.get(0), json.decode(buffer, 10, document.length));

    byte[] bad = "xx{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"chair\": 1}yy".getBytes(StandardCharsets.UTF_8);
    MinutebookJsonException e = assertThrows(MinutebookJsonException.class, () -> json.decode(bad, 2, bad.length - 4));
    assertEquals(1, e.line());
    assertEquals(42, e.column());
    assertEquals(41, e.byteOffset());
    assertThrows(IndexOutOfBoundsException.class, () -> json.decode(bad, 2, bad.length));
  }

  /** An input stream that hands out its bytes in pieces of the given sizes, then the rest at once. */
  private static InputStream inPiecesOf(byte[] data, int... sizes) {
    int[] piece = {0};
    return inPieces(data, () -> piece[0] < sizes.length ? sizes[piece[0]++] : Integer.MAX_VALUE);
  }

  /** A document of exactly {@code bytes} bytes. */
  private static String documentOf(int bytes) {
    String start = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"";
    String end = "\"}";
    return start + "x".repeat(bytes - start.length() - end.length()) + end;
  }

  @Test
  void aLineOfExactlyTheLimitIsReadEvenWhenItsCarriageReturnEndsARead() {
    MinutebookJson small = MinutebookJson.builder().maxDocumentBytes(1000).build();
    String exact = documentOf(1000);
    byte[] data = (exact + "\r\n" + documentOf(1001) + "\r\n" + exact + "\n").getBytes(StandardCharsets.UTF_8);
    // the first read ends just after the first line's '\r', the second just after the second's
    List<MeetingRecord> records = small.readNdjsonRecords(inPiecesOf(data, 1001, 1 + 1002)).toList();
    assertEquals(3, records.size());
    assertTrue(records.get(0).isRead(), String.valueOf(records.get(0).error()));
    assertEquals("the line has more than 1000 bytes", records.get(1).error().orElseThrow().problem());
    assertTrue(records.get(2).isRead());
    assertEquals(List.of(1L, 2L, 3L), records.stream().map(MeetingRecord::line).toList());
  }

  @Test
  void anAbsurdDocumentLimitStillReadsLines() {
    MinutebookJson unlimited = MinutebookJson.builder().maxDocumentBytes(Long.MAX_VALUE).build();
    String text = json.encodeToString(seeds.get(0)) + "\n" + json.encodeToString(seeds.get(1)) + "\n";
    try (Stream<Meeting> read = unlimited.readNdjson(bytes(text))) {
      assertEquals(List.of(seeds.get(0), seeds.get(1)), read.toList());
    }
  }
}
