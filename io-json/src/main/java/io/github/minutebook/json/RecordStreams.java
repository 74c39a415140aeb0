package io.github.minutebook.json;

import com.google.common.collect.AbstractIterator;
import io.github.minutebook.json.internal.Decoding;
import io.github.minutebook.json.internal.ModelCodecs;
import io.github.minutebook.json.internal.Utf8Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/** Lazy readers of many documents: NDJSON lines and JSON arrays, one record at a time. */
final class RecordStreams {
  private RecordStreams() {}

  static Stream<MeetingRecord> stream(Iterator<MeetingRecord> records, InputStream in) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Moves an error found in a line read on its own to its place in the whole input. */
  static MinutebookJsonException relocate(MinutebookJsonException e, long firstLine, long lineStartByte) {
    TokenStreamLocation at = e.getLocation();
    TokenStreamLocation moved = e.line() > 0
        ? new TokenStreamLocation(null, at == null || at.getByteOffset() < 0 ? -1 : lineStartByte + at.getByteOffset(), -1,
            (int) Math.min(Integer.MAX_VALUE, firstLine + e.line() - 1), e.column())
        : new TokenStreamLocation(null, lineStartByte + Math.max(0, e.byteOffset()), -1, (int) Math.min(Integer.MAX_VALUE, firstLine), 0);
    return new MinutebookJsonException(e.problem(), moved, e.pointer(), e);
  }

  /**
   * NDJSON: one document a line; blank lines are skipped; "\r\n" line ends are accepted. Lines are
   * decoded where they lie in the read buffer, which grows only for a line longer than it and
   * never beyond the document limit: a longer line is skipped without being kept.
   */
  static final class Lines extends AbstractIterator<MeetingRecord> {
    private static final int INITIAL_BUFFER = 256 * 1024;

    private final MinutebookJson json;
    private final InputStream in;
    private final long maxLineBytes;
    private byte[] buffer;
    /** The unread part of the buffer is [start, limit); the search for a line end resumes at scan. */
    private int start;
    private int scan;
    private int limit;
    /** How many bytes of the input come before buffer[0]. */
    private long bufferOffset;
    private boolean eof;
    private long lineNumber;
    private long records;
    private boolean ended;

    Lines(MinutebookJson json, InputStream in, long maxLineBytes) {
      this.json = json;
      this.in = in;
      this.maxLineBytes = lineLimit(maxLineBytes);
      this.buffer = new byte[INITIAL_BUFFER];
    }

    /** The document limit as a line limit: no line can be longer than an array, and the arithmetic must not overflow. */
    private static long lineLimit(long maxDocumentBytes) {
      return Math.min(maxDocumentBytes, Integer.MAX_VALUE - 16);
    }

    /** Lines already in memory, {@code bytes[offset, offset + length)}, decoded where they are. */
    Lines(MinutebookJson json, byte[] bytes, int offset, int length, long maxLineBytes) {
      this.json = json;
      this.in = InputStream.nullInputStream();
      this.maxLineBytes = lineLimit(maxLineBytes);
      this.buffer = bytes;
      this.start = offset;
      this.scan = offset;
      this.limit = offset + length;
      this.bufferOffset = -offset; // byte offsets count from the first byte given
      this.eof = true;
    }

    @Override
    protected @Nullable MeetingRecord computeNext() {
      while (!ended) {
        MeetingRecord record = readRecord();
        if (record != null) {
          return record;
        }
      }
      return endOfData();
    }

    /** Reads more input after the unread part, making room first; false at the end of the input. */
    private boolean fill() {
      if (eof) {
        return false;
      }
      if (start > 0) { // move the unread part to the front
        System.arraycopy(buffer, start, buffer, 0, limit - start);
        bufferOffset += start;
        scan -= start;
        limit -= start;
        start = 0;
      }
      if (limit == buffer.length) { // a line longer than the buffer: room for it, up to the document limit
        long wanted = Math.min((long) buffer.length * 2, maxLineBytes + 2);
        buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(wanted, buffer.length + 1)));
      }
      int read;
      try {
        read = in.read(buffer, limit, buffer.length - limit);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (read < 0) {
        eof = true;
        return false;
      }
      limit += read;
      return true;
    }

    /** Reads one line; returns its record, or null for a blank line or the end. */
    private @Nullable MeetingRecord readRecord() {
      // The line end is found and the line's UTF-8 checked in one pass, so that decoding need not
      // check it again; after an ill-formed byte only the line end is looked for, and decoding
      // reports the byte.
      int end;
      boolean malformed = false;
      while (true) {
        if (!malformed) {
          int found = Utf8Check.lineEnd(buffer, scan, limit);
          if (found >= 0) {
            end = found;
            break;
          }
          if (found == Utf8Check.MALFORMED) {
            malformed = true;
          } else {
            scan = -found - 2; // where the check goes on: the end, or a sequence the end cut short
          }
        }
        if (malformed) {
          end = indexOfNewline(buffer, scan, limit);
          if (end >= 0) {
            break;
          }
          scan = limit;
        }
        if (limit - start > maxLineBytes + 1) { // longer than a document and its '\r'
          return skipLongLine();
        }
        if (!fill()) {
          if (start == limit) {
            ended = true;
            return null;
          }
          end = limit; // the last line has no line end
          malformed |= scan != limit; // a sequence cut short by the end of the input
          break;
        }
      }
      int from = start;
      long lineStartByte = bufferOffset + from;
      start = Math.min(end + 1, limit);
      scan = start;
      lineNumber++;
      int length = end - from;
      if (length > 0 && buffer[from + length - 1] == '\r') {
        length--;
      }
      if (length > maxLineBytes) {
        return tooLong(lineStartByte);
      }
      if (isBlank(buffer, from, length)) {
        return null;
      }
      long number = ++records;
      try {
        return MeetingRecord.of(number, lineNumber,
            malformed ? json.decode(buffer, from, length) : json.decodeWellFormed(buffer, from, length));
      } catch (MinutebookJsonException e) {
        return MeetingRecord.failed(number, lineNumber, relocate(e, lineNumber, lineStartByte));
      } catch (OutOfMemoryError e) {
        // one record too large for the heap: what it allocated is garbage again, and the
        // records after it can still be read, as after any other bad record
        return MeetingRecord.failed(number, lineNumber, new MinutebookJsonException(tooLargeForMemory(),
            new TokenStreamLocation(null, lineStartByte, -1, (int) Math.min(Integer.MAX_VALUE, lineNumber), 0), "", null));
      }
    }

    /** Skips the rest of a line longer than any document, keeping none of it, and reports it. */
    private MeetingRecord skipLongLine() {
      long lineStartByte = bufferOffset + start;
      lineNumber++;
      while (true) {
        int end = indexOfNewline(buffer, scan, limit);
        if (end >= 0) {
          start = end + 1;
          scan = start;
          break;
        }
        start = limit; // drop what was read of the line
        scan = limit;
        if (!fill()) {
          break;
        }
      }
      return tooLong(lineStartByte);
    }

    /** The problem of a record that could not be decoded in the memory the virtual machine has. */
    static String tooLargeForMemory() {
      return "the record is too large to decode in the memory given to Java (" + (Runtime.getRuntime().maxMemory() >> 20)
          + " MiB); run java with a larger -Xmx";
    }

    private MeetingRecord tooLong(long lineStartByte) {
      return MeetingRecord.failed(++records, lineNumber, new MinutebookJsonException(
          "the line has more than " + maxLineBytes + " bytes", new TokenStreamLocation(null, lineStartByte, -1,
              (int) Math.min(Integer.MAX_VALUE, lineNumber), 0), "", null));
    }

    private static boolean isBlank(byte[] bytes, int from, int length) {
      for (int i = from; i < from + length; i++) {
        byte c = bytes[i];
        if (c != ' ' && c != '\t') {
          return false;
        }
      }
      return true;
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  /** The index of the first '\n' in {@code bytes[from, to)}, or -1; eight bytes at a time. */
  static int indexOfNewline(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long word = (long) LONGS.get(bytes, i) ^ NEWLINES; // a zero byte where there was a '\n'
      long zeros = (word - ONES) & ~word & HIGHS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * A JSON array of documents. A record that is well-formed JSON but not a valid document is
   * skipped and reported; malformed JSON ends the stream with a last, failed record, because
   * nothing after it can be trusted.
   */
  static final class Array extends AbstractIterator<MeetingRecord> {
    private final JsonParser parser;
    private long records;
    private boolean ended;
    private boolean started;
    private int arrayDepth;

    Array(MinutebookJson json, InputStream in) {
      // strict UTF-8: malformed bytes are an error, never replaced
      InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
      this.parser = json.factory().createParser(ObjectReadContext.empty(), reader);
    }

    @Override
    protected @Nullable MeetingRecord computeNext() {
      MeetingRecord record = ended ? null : readRecord();
      return record != null ? record : endOfData();
    }

    private @Nullable MeetingRecord readRecord() {
      long line = 0;
      try {
        if (!started) {
          started = true;
          JsonToken first = parser.nextToken();
          if (first != JsonToken.START_ARRAY) {
            throw first == null ? Decoding.error(parser, "the document is empty")
                : Decoding.expected(parser, "an array of Minutebook documents");
          }
          arrayDepth = parser.streamReadContext().getNestingDepth();
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
          ended = true;
          if (parser.nextToken() != null) {
            throw Decoding.error(parser, "found " + Decoding.describe(parser) + " after the end of the array");
          }
          return null;
        }
        line = parser.currentTokenLocation().getLineNr();
        long number = ++records;
        try {
          return MeetingRecord.of(number, line, ModelCodecs.MEETING.read(parser));
        } catch (MinutebookJsonException e) {
          skipRestOfRecord();
          return MeetingRecord.failed(number, line, e);
        }
      } catch (RuntimeException | StackOverflowError e) {
        ended = true; // malformed JSON: nothing after this point can be read reliably
        MinutebookJsonException error = MinutebookJson.translate(unwrap(e), parser);
        return MeetingRecord.failed(records == 0 || line == 0 ? ++records : records, line == 0 ? error.line() : line, error);
      }
    }

    /** After a record failed, moves the parser to the record's last token, back at the array's depth. */
    private void skipRestOfRecord() {
      while (parser.streamReadContext().getNestingDepth() > arrayDepth) {
        if (parser.nextToken() == null) {
          throw Decoding.error(parser, "the input ends inside a record");
        }
      }
    }

    private static Throwable unwrap(Throwable e) {
      return e instanceof UncheckedIOException u ? java.util.Objects.requireNonNull(u.getCause()) : e;
    }
  }
}
