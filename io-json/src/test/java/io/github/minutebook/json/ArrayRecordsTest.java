package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.seeds.SeedMinutes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A JSON array of documents is read as safely as NDJSON: each record on its own, so that a bad
 * byte, malformed JSON or a record over the document limit costs that record alone, its error
 * located in the whole input; a byte order mark is skipped; and the document limit applies to each
 * record, not to the array.
 */
class ArrayRecordsTest {
  private static final MinutebookJson JSON = MinutebookJson.standard();
  private static final List<Meeting> SEEDS = new ArrayList<>(SeedMinutes.all().values());
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<MeetingRecord> read(MinutebookJson json, byte[] input) {
    try (Stream<MeetingRecord> records = json.readArrayRecords(new ByteArrayInputStream(input))) {
      return records.toList();
    }
  }

  private static List<MeetingRecord> read(byte[] input) {
    return read(JSON, input);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static void assertError(MinutebookJsonException e, String problem, long line, long column, long byteOffset,
      String pointer) {
    assertAll(e.getMessage(),
        () -> assertEquals(problem, e.problem(), "problem"),
        () -> assertEquals(line, e.line(), "line"),
        () -> assertEquals(column, e.column(), "column"),
        () -> assertEquals(byteOffset, e.byteOffset(), "byte offset"),
        () -> assertEquals(pointer, e.pointer(), "pointer"));
  }

  /** The meetings of many records, the seeds over and over, each with its number in its title. */
  private static List<Meeting> many(int n) {
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Meeting seed = SEEDS.get(i % SEEDS.size());
      meetings.add(Meeting.builder().from(seed).title("record " + (i + 1)).build());
    }
    return meetings;
  }

  // --- a bad byte ---

  @Test
  void aBadByteInALargeArrayCostsOnlyItsRecordAndIsLocatedThere() {
    // 3,000 records of some 60 MB in all, one a line; a Latin-1 "é" in the title of record 2,001
    List<Meeting> meetings = many(3000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8("[\n"));
    long badRecordStart = -1;
    for (int i = 0; i < meetings.size(); i++) {
      if (i == 2000) {
        badRecordStart = out.size();
      }
      out.writeBytes(JSON.encode(meetings.get(i)));
      out.writeBytes(utf8(i + 1 < meetings.size() ? ",\n" : "\n"));
    }
    out.writeBytes(utf8("]\n"));
    byte[] input = out.toByteArray();
    String title = "\"title\":\"record 2001\"";
    int at = indexOf(input, utf8(title), (int) badRecordStart) + title.length() - 2; // the "1" of 2001
    input[at] = (byte) 0xE9;

    List<MeetingRecord> records = read(input);

    assertEquals(3000, records.size());
    for (int i = 0; i < 3000; i++) {
      MeetingRecord record = records.get(i);
      assertEquals(i + 1, record.number());
      assertEquals(i + 2, record.line(), "each record starts on its own line, after the bracket's");
      if (i != 2000) {
        assertEquals(meetings.get(i), record.meeting().orElseThrow(), "record " + (i + 1));
      }
    }
    MinutebookJsonException e = records.get(2000).error().orElseThrow();
    long column = new String(input, (int) badRecordStart, (int) (at - badRecordStart), StandardCharsets.UTF_8)
        .codePoints().count() + 1;
    assertError(e, "the document is not well-formed UTF-8", 2002, column, at, "/2000");
  }

  @Test
  void aBadByteOnALaterLineOfARecordIsLocatedOnItsLineAndColumn() {
    String first = JSON.encodeToString(SEEDS.get(0));
    byte[] input = concat(utf8("[ " + first + ",\n  {\"minutebook\": \"3.0\",\n   \"type\": \"meeting\", \"title\": \"ca"),
        new byte[] {(byte) 0xFF}, utf8("\"},\n" + first + "]"));
    List<MeetingRecord> records = read(input);
    assertEquals(List.of(true, false, true), records.stream().map(MeetingRecord::isRead).toList());
    assertEquals(2, records.get(1).line());
    int at = indexOf(input, new byte[] {(byte) 0xFF}, 0);
    assertError(records.get(1).error().orElseThrow(), "the document is not well-formed UTF-8", 3, 35, at, "/1");
  }

  @Test
  void aRecordStartingWithABadByteIsThatRecordsError() {
    byte[] input = concat(utf8("[{\"minutebook\": \"3.0\", \"type\": \"meeting\"}, "), new byte[] {(byte) 0xC0, (byte) 0xAF},
        utf8(", {\"minutebook\": \"3.0\", \"type\": \"meeting\"}]"));
    List<MeetingRecord> records = read(input);
    assertEquals(List.of(true, false, true), records.stream().map(MeetingRecord::isRead).toList());
    assertError(records.get(1).error().orElseThrow(), "expected a Minutebook document, found the byte 0xC0", 1, 44, 43,
        "/1");
  }

  // --- malformed JSON ---

  @Test
  void malformedJsonWhoseBracketsBalanceCostsOnlyItsRecord() {
    String good = JSON.encodeToString(SEEDS.get(1));
    String text = "[" + good + ",\n{\"minutebook\": \"3.0\" \"type\": \"meeting\"},\n{\"minutebook\": \"3.0\", \"type\": "
        + "\"meeting\", \"title\": \"]} \\\" [{\"},\nnull,\ntru,\n" + good + "]";
    List<MeetingRecord> records = read(utf8(text));
    assertEquals(List.of(true, false, true, false, false, true), records.stream().map(MeetingRecord::isRead).toList());
    MinutebookJsonException missingComma = records.get(1).error().orElseThrow();
    assertEquals(2, missingComma.line());
    assertEquals(22, missingComma.column()); // at the "type" that lacks a comma before it
    assertTrue(missingComma.problem().startsWith("Unexpected character ('\"' (code 34)): was expecting comma"),
        missingComma.problem());
    assertEquals("]} \" [{", records.get(2).meeting().orElseThrow().title().orElseThrow(),
        "brackets and quotes inside a string are text");
    assertError(records.get(3).error().orElseThrow(), "expected an object (a meeting or a decision record), found null", 4, 1,
        utf8(text.substring(0, text.indexOf("\nnull,") + 1)).length, "/3");
    assertTrue(records.get(4).error().orElseThrow().problem().startsWith("Unrecognized token 'tru'"),
        records.get(4).error().orElseThrow().problem());
    assertEquals(SEEDS.get(1), records.get(5).meeting().orElseThrow());
  }

  @Test
  void bracketsThatDoNotMatchEndTheArray() {
    String good = "{\"minutebook\": \"3.0\", \"type\": \"meeting\"}";
    String mismatched = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"agendaItems\": [{\"title\": \"t\"}}";
    String text = "[" + good + ", " + mismatched + ", " + good + "]";
    List<MeetingRecord> records = read(utf8(text));
    assertEquals(2, records.size(), "nothing after a record whose brackets do not match can be framed");
    assertTrue(records.get(0).isRead());
    MinutebookJsonException e = records.get(1).error().orElseThrow();
    assertTrue(e.problem().startsWith("Unexpected close marker '}': expected ']'"), e.problem());
    assertEquals(1, e.line());
    assertEquals(text.indexOf("}}") + 2, e.column(), "at the bracket that does not match");
    assertEquals("/1/agendaItems/0", e.pointer(), "after the list's first element, as for the record alone");
  }

  @Test
  void aMissingCommaBetweenRecordsEndsTheArray() {
    String good = "{\"minutebook\": \"3.0\", \"type\": \"meeting\"}";
    List<MeetingRecord> records = read(utf8("[" + good + "\n " + good + ", " + good + "]"));
    assertEquals(2, records.size());
    assertError(records.get(1).error().orElseThrow(), "expected ',' or ']' after record 1, found an object", 2, 2,
        good.length() + 3, "");
    assertEquals(2, records.get(1).number());
  }

  @Test
  void theInputEndingInsideARecordOrTheArrayEndsIt() {
    String good = "{\"minutebook\": \"3.0\", \"type\": \"meeting\"}";
    List<MeetingRecord> cut = read(utf8("[" + good + ", {\"minutebook\": \"3.0\", \"ty"));
    assertEquals(List.of(true, false), cut.stream().map(MeetingRecord::isRead).toList());
    assertEquals("/1", cut.get(1).error().orElseThrow().pointer().substring(0, 2));

    List<MeetingRecord> open = read(utf8("[" + good + ", " + good));
    assertEquals(List.of(true, true, false), open.stream().map(MeetingRecord::isRead).toList());
    assertEquals("the input ends inside the array, which lacks its closing ']'", open.get(2).error().orElseThrow().problem());

    List<MeetingRecord> afterComma = read(utf8("[" + good + ",  "));
    assertEquals("the input ends inside the array, where a document belongs",
        afterComma.get(1).error().orElseThrow().problem());
    List<MeetingRecord> trailingComma = read(utf8("[" + good + ", ]"));
    assertEquals("expected a Minutebook document, found ']'", trailingComma.get(1).error().orElseThrow().problem());
  }

  @Test
  void somethingAfterTheArrayIsAnError() {
    List<MeetingRecord> records = read(utf8("[] x"));
    assertEquals(1, records.size());
    assertError(records.get(0).error().orElseThrow(), "found 'x' after the end of the array", 1, 4, 3, "");
    assertEquals(List.of(), read(utf8(" \r\n[ \n ]\n\n ")), "whitespace around and inside an empty array");
  }

  // --- byte order mark and encodings ---

  @Test
  void aByteOrderMarkIsSkipped() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeArray(SEEDS, out);
    List<MeetingRecord> records = read(concat(BOM, out.toByteArray()));
    assertEquals(SEEDS, records.stream().map(MeetingRecord::meetingOrThrow).toList());

    List<MeetingRecord> located = read(concat(BOM, utf8("[{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"colour\": 1}]")));
    MinutebookJsonException e = located.get(0).error().orElseThrow();
    assertEquals(1, e.line());
    assertEquals(43, e.column(), "the mark is not a character of the text");
    assertEquals(45, e.byteOffset(), "but it is a part of the input");
  }

  @Test
  void utf16AndUtf32AreRefusedWhole() {
    byte[] utf16 = "[{\"minutebook\": \"3.0\", \"type\": \"meeting\"}]".getBytes(StandardCharsets.UTF_16LE);
    List<MeetingRecord> records = read(utf16);
    assertEquals(1, records.size());
    assertEquals("the document is UTF-16 or UTF-32 (it has zero bytes); Minutebook documents are UTF-8",
        records.get(0).error().orElseThrow().problem());
    assertEquals("the document is UTF-16 or UTF-32 (it starts with a byte order mark); Minutebook documents are UTF-8",
        read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16)).get(0).error().orElseThrow().problem());
  }

  @Test
  void columnsCountCharactersAsInASingleDocument() {
    String text = "[{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"\uD83C\uDF89 Café\"}, "
        + "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"colour\": 1}]";
    MinutebookJsonException e = read(utf8(text)).get(1).error().orElseThrow();
    assertEquals(text.codePointCount(0, text.indexOf("\"colour\"")) + 1, e.column());
    assertEquals(utf8(text.substring(0, text.indexOf("\"colour\""))).length, e.byteOffset());
    assertEquals("/1/colour", e.pointer());
  }

  // --- limits ---

  @Test
  void theDocumentLimitAppliesToEachRecordNotToTheArray() {
    String small = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"" + "x".repeat(900) + "\"}";
    MinutebookJson limited = MinutebookJson.builder().maxDocumentBytes(1000).build();
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < 500; i++) { // some 470 KB, far over the limit in all
      text.append(i == 0 ? "" : ",").append(small);
    }
    List<MeetingRecord> records = read(limited, utf8(text.append("]").toString()));
    assertEquals(500, records.size());
    assertTrue(records.stream().allMatch(MeetingRecord::isRead));
  }

  @Test
  void aRecordOverTheLimitIsSkippedWithoutBeingHeldAndTheNextRead() {
    MinutebookJson limited = MinutebookJson.builder().maxDocumentBytes(1000).build();
    String good = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"after\"}";
    // a record of 3 MB, longer than the reader's first buffer, with brackets and quotes in its strings
    String huge = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"agendaItems\": [" + "{\"title\": \"]}\\\"\"},".repeat(200_000)
        + "{\"title\": \"last\"}]}";
    String text = "[\n" + good + ",\n" + huge + ",\n" + good + "\n]";
    List<MeetingRecord> records = read(limited, utf8(text));
    assertEquals(List.of(true, false, true), records.stream().map(MeetingRecord::isRead).toList());
    assertError(records.get(1).error().orElseThrow(), "the record has more than 1000 bytes", 3, 1,
        text.indexOf(huge), "/1");
    assertEquals(4, records.get(2).line());
  }

  @Test
  void anArrayOfEndlessRecordsIsReadLazily() {
    byte[] record = utf8(JSON.encodeToString(SEEDS.get(2)) + ",\n");
    InputStream endless = new InputStream() {
      private long position = -1;

      @Override
      public int read() {
        return position++ < 0 ? '[' : record[(int) ((position - 1) % record.length)] & 0xff;
      }
    };
    try (Stream<Meeting> meetings = JSON.readArray(endless)) {
      assertEquals(5, meetings.limit(5).filter(SEEDS.get(2)::equals).count());
    }
  }

  @Test
  void whitespaceBeforeAndBetweenRecordsIsNotLimited() {
    byte[] spaces = new byte[3 << 20];
    Arrays.fill(spaces, (byte) ' ');
    spaces[spaces.length / 2] = '\n';
    String good = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"t\"}";
    MinutebookJson limited = MinutebookJson.builder().maxDocumentBytes(1 << 20).build();
    List<MeetingRecord> records = read(limited, concat(spaces, utf8("[" + good + ","), spaces, utf8(good + "]")));
    assertEquals(List.of(true, true), records.stream().map(MeetingRecord::isRead).toList());
    assertEquals(List.of(2L, 3L), records.stream().map(MeetingRecord::line).toList());
  }

  @Test
  void aRecordMayNestAsDeepAsADocumentAndWritingAnArrayKeepsItSo() {
    MinutebookJson shallow = MinutebookJson.builder().maxNestingDepth(5).build();
    // meeting, agendaItems, item, resolutions, resolution: five levels; the array around it is a sixth
    Meeting deep = shallow.decode(utf8("{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"agendaItems\": "
        + "[{\"title\": \"t\", \"resolutions\": [{}]}]}"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    shallow.writeArray(List.of(deep, deep), out);
    assertEquals(List.of(deep, deep), read(shallow, out.toByteArray()).stream().map(MeetingRecord::meetingOrThrow).toList());
  }

  @Test
  void anArrayReadsWhatASingleDocumentReadsRecordByRecord() {
    // the same records, as an array and one by one: the same documents and the same problems
    List<String> documents = List.of(JSON.encodeToString(SEEDS.get(3)),
        "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"date\": \"2016-02-30\"}",
        "{\"minutebook\": \"2.0\"}",
        "[1, 2]",
        "\"text\"",
        "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"\\ud800\"}");
    List<MeetingRecord> records = read(utf8("[" + String.join(",", documents) + "]"));
    assertEquals(documents.size(), records.size());
    for (int i = 0; i < documents.size(); i++) {
      String document = documents.get(i);
      MeetingRecord record = records.get(i);
      io.github.minutebook.meeting.CouncilRecord alone;
      try {
        alone = JSON.decodeRecord(document);
      } catch (MinutebookJsonException expected) {
        MinutebookJsonException e = record.error().orElseThrow(() -> new AssertionError("read: " + document));
        assertEquals(expected.problem(), e.problem(), document);
        assertEquals("/" + i + expected.pointer(), e.pointer(), document);
        continue;
      }
      assertEquals(alone, record.recordOrThrow(), document);
    }
    assertFalse(records.get(1).isRead());
  }

  private static int indexOf(byte[] bytes, byte[] part, int from) {
    outer:
    for (int i = from; i + part.length <= bytes.length; i++) {
      for (int k = 0; k < part.length; k++) {
        if (bytes[i + k] != part[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
