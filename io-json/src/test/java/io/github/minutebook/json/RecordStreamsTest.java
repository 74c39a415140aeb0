package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The record iterators' contract beyond what {@link StreamingTest} reads: how they behave as
 * iterators (asking twice, asking past the end) and when the input itself fails part way.
 */
class RecordStreamsTest {
  private static final MinutebookJson JSON = MinutebookJson.standard();
  private static final String GOOD = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"title\": \"Executive\"}";
  private static final String BAD = "{\"minutebook\": \"3.0\", \"type\": \"meeting\", \"colour\": \"red\"}";

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code text}, then a failure to read. */
  private static InputStream failingAfter(String text, IOException failure) {
    return new SequenceInputStream(utf8(text), new InputStream() {
      @Override
      public int read() throws IOException {
        throw failure;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw failure;
      }
    });
  }

  @Test
  void askingTwiceReadsOnceAndAskingPastTheEndThrows() {
    for (Iterator<MeetingRecord> records : List.of(
        new RecordStreams.Lines(JSON, utf8(GOOD + "\n\n" + BAD + "\n"), Long.MAX_VALUE),
        new RecordStreams.Array(JSON, utf8("[" + GOOD + ", " + BAD + "]")))) {
      assertTrue(records.hasNext());
      assertTrue(records.hasNext());
      MeetingRecord first = records.next();
      assertEquals(1, first.number());
      assertTrue(first.isRead());
      MeetingRecord second = records.next(); // without asking first
      assertEquals(2, second.number());
      assertFalse(second.isRead());
      assertFalse(records.hasNext());
      assertFalse(records.hasNext());
      assertThrows(NoSuchElementException.class, records::next);
      assertThrows(UnsupportedOperationException.class, records::remove);
    }
  }

  @Test
  void ndjsonWhoseInputFailsGivesEveryRecordBeforeTheFailureThenTheFailure() {
    IOException failure = new IOException("the disk went away");
    List<MeetingRecord> read = new ArrayList<>();
    try (Stream<MeetingRecord> records = JSON.readNdjsonRecords(failingAfter(GOOD + "\n" + BAD + "\n" + GOOD + "\n",
        failure))) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> records.forEach(read::add));
      assertSame(failure, e.getCause());
    }
    assertEquals(List.of(1L, 2L, 3L), read.stream().map(MeetingRecord::number).toList());
    assertEquals(List.of(true, false, true), read.stream().map(MeetingRecord::isRead).toList());
  }

  @Test
  void anArrayWhoseInputFailsEndsWithAFailedRecordAfterEveryRecordBeforeIt() {
    List<MeetingRecord> read;
    try (Stream<MeetingRecord> records = JSON.readArrayRecords(failingAfter("[" + GOOD + ", " + GOOD + ", ",
        new IOException("the disk went away")))) {
      read = records.toList();
    }
    assertEquals(List.of(1L, 2L, 3L), read.stream().map(MeetingRecord::number).toList());
    assertEquals(List.of(true, true, false), read.stream().map(MeetingRecord::isRead).toList());
    assertEquals(JSON.decode(GOOD), read.get(1).meeting().orElseThrow());
    assertTrue(read.get(2).error().orElseThrow().problem().contains("the disk went away"),
        read.get(2).error().orElseThrow().problem());
  }
}
