package io.github.minutebook.json;

import com.google.common.collect.AbstractIterator;
import io.github.minutebook.json.internal.ModelCodecs;
import io.github.minutebook.json.internal.Utf8Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
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

  /** The problem of a record that could not be read or decoded in the memory the virtual machine has. */
  static String tooLargeForMemory() {
    return "the record is too large to decode in the memory given to Java (" + (Runtime.getRuntime().maxMemory() >> 20)
        + " MiB); run java with a larger -Xmx";
  }

  /**
   * A copy of a read buffer with room for more, up to {@code most} bytes, or null when the heap
   * has no room for it: the reader then skips the record, keeping none of it, and goes on.
   */
  static byte @Nullable [] grown(byte[] buffer, long most) {
    long wanted = Math.min((long) buffer.length * 2, most);
    try {
      return Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(wanted, buffer.length + 1)));
    } catch (OutOfMemoryError e) {
      return null;
    }
  }

  /** Reads into {@code buffer} from {@code offset} to its end; -1 at the end of the input. */
  static int read(InputStream in, byte[] buffer, int offset) {
    try {
      return in.read(buffer, offset, buffer.length - offset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A reader of records from a stream through a buffer of its own, which grows only for a record
   * longer than it, and only while the heap has room.
   */
  abstract static class Buffered extends AbstractIterator<MeetingRecord> {
    InputStream in = InputStream.nullInputStream();
    byte[] buffer = new byte[0];
    /** The unread part of the buffer is [start, limit); the scan of a record resumes at scan. */
    int start;
    int scan;
    int limit;
    /** How many bytes of the input come before buffer[0]. */
    long bufferOffset;
    boolean eof;
    /** Set by {@link #fill(long)} when the buffer could not grow for lack of heap. */
    boolean noRoom;

    /**
     * Reads more input after the unread part, making room first, up to {@code most} bytes in the
     * buffer; false at the end of the input, or with {@link #noRoom} set when the heap has no room.
     */
    final boolean fill(long most) {
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
      if (limit == buffer.length) { // a record longer than the buffer: room for it, up to the limit
        byte @Nullable [] grown = grown(buffer, most);
        if (grown == null) {
          noRoom = true;
          return false;
        }
        buffer = grown;
      }
      int read = read(in, buffer, limit);
      if (read < 0) {
        eof = true;
        return false;
      }
      limit += read;
      return true;
    }
  }

  /**
   * NDJSON: one document a line; blank lines are skipped; "\r\n" line ends are accepted. Lines are
   * decoded where they lie in the read buffer, which grows only for a line longer than it and
   * never beyond the document limit: a longer line is skipped without being kept.
   */
  static final class Lines extends Buffered {
    private static final int INITIAL_BUFFER = 256 * 1024;

    private final MinutebookJson json;
    private final long maxLineBytes;
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
        MeetingRecord record;
        try {
          record = readRecord();
        } catch (OutOfMemoryError e) {
          // out of memory other than in growing the buffer or decoding, which are skipped as one
          // record: where the line ends is unknown, so the stream ends here, and says so
          ended = true;
          return failedLine(bufferOffset + start, tooLargeForMemory() + "; the rest of the input was not read");
        }
        if (record != null) {
          return record;
        }
      }
      return endOfData();
    }

    private boolean fill() {
      return fill(maxLineBytes + 2);
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
          return skipLine("the line has more than " + maxLineBytes + " bytes");
        }
        if (!fill()) {
          if (noRoom) { // a line too long to hold in the heap: skipped, as one too long to be a document
            noRoom = false;
            return skipLine(tooLargeForMemory());
          }
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
        return failedLine(lineStartByte, "the line has more than " + maxLineBytes + " bytes");
      }
      if (isBlank(buffer, from, length)) {
        return null;
      }
      long number = ++records;
      try {
        return MeetingRecord.of(number, lineNumber,
            malformed ? json.decodeValue(buffer, from, from + length, ModelCodecs.RECORD)
                : json.decodeWellFormed(buffer, from, length));
      } catch (MinutebookJsonException e) {
        return MeetingRecord.failed(number, lineNumber, relocate(e, lineNumber, lineStartByte));
      } catch (OutOfMemoryError e) {
        // one record too large for the heap: what it allocated is garbage again, and the
        // records after it can still be read, as after any other bad record
        return MeetingRecord.failed(number, lineNumber, new MinutebookJsonException(tooLargeForMemory(),
            new TokenStreamLocation(null, lineStartByte, -1, (int) Math.min(Integer.MAX_VALUE, lineNumber), 0), "", null));
      }
    }

    /** Skips the rest of a line that cannot be read, keeping none of it, and reports it with {@code problem}. */
    private MeetingRecord skipLine(String problem) {
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
      return failedLine(lineStartByte, problem);
    }

    private MeetingRecord failedLine(long lineStartByte, String problem) {
      return MeetingRecord.failed(++records, lineNumber, new MinutebookJsonException(
          problem, new TokenStreamLocation(null, lineStartByte, -1,
              (int) Math.min(Integer.MAX_VALUE, lineNumber), 0), "", null));
    }

    private static boolean isBlank(byte[] bytes, int from, int length) {
      for (int i = from; i < from + length; i++) {
        byte c = bytes[i];
        if (c != ' ' && c != '\t' && c != '\r') { // a line of carriage returns is blank too
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

  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
  private static final long OPEN_BRACES = 0x7B7B7B7B7B7B7B7BL;
  private static final long CLOSE_BRACES = 0x7D7D7D7D7D7D7D7DL;
  private static final long OPEN_BRACKETS = 0x5B5B5B5B5B5B5B5BL;
  private static final long CLOSE_BRACKETS = 0x5D5D5D5D5D5D5D5DL;
  private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;

  /** Non-zero exactly when some byte of {@code word} is the byte repeated in {@code bytes}. */
  private static long has(long word, long bytes) {
    long x = word ^ bytes;
    return (x - ONES) & ~x & HIGHS;
  }

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
   * A JSON array of documents, read record by record in constant memory, each record as safe as an
   * NDJSON line. A scan that follows only strings and brackets finds where each record ends; the
   * record's bytes are then decoded where they lie in the read buffer, as one document, so that a
   * bad byte, malformed JSON or an invalid document in one record is that record's error, located
   * in the whole input, and costs no other record. The document limit applies to each record, not
   * to the array: a longer record is skipped without being kept. A UTF-8 byte order mark at the
   * start is skipped, as in a single document. Only where the array itself is broken (brackets that
   * do not match, a missing comma, the input ending inside it) does the stream end, with a last
   * failed record, because where a next record would start can no longer be known.
   */
  static final class Array extends Buffered {
    private static final int INITIAL_BUFFER = 256 * 1024;
    /** How many levels of brackets are told apart ({@code [} from <code>{</code>); deeper ones are only counted. */
    private static final int TRACKED_DEPTH = 64 * 64;

    /** Where the reader is in the array's syntax. */
    private enum State {
      /** Before the array's {@code [}. */
      START,
      /** After the {@code [}: a record or {@code ]}. */
      FIRST,
      /** After a record: {@code ,} or {@code ]}. */
      NEXT,
      /** After a {@code ,}: a record. */
      AFTER_COMMA,
      /** After the {@code ]}: only whitespace. */
      END,
      /** Nothing more to read. */
      DONE
    }

    private final MinutebookJson json;
    private final long maxRecordBytes;
    /** Whether the record being read is being skipped because it could not be held. */
    private boolean outOfRoom;
    private State state = State.START;
    private long records;

    /** The position of buffer[start]: its line, from 1, and the characters before it on that line. */
    private long line = 1;
    private long column;
    /** Whether the byte before buffer[start] was a '\r', so that a '\n' at start ends no other line. */
    private boolean afterCarriageReturn;

    /** The scan of the current record: its nesting, a bit a level (1 for an array), and whether in a string. */
    private final long[] brackets = new long[TRACKED_DEPTH / 64];
    private long depth;
    private boolean inString;
    private boolean escaped;
    /** The record is a bare token (a number, a word), which ends where whitespace or punctuation starts. */
    private boolean bareToken;
    /** A closing bracket did not match its opening one: the array's structure is lost after this record. */
    private boolean broken;

    /** The current record, while it is read: its number, line, column (from 1) and first byte's offset. */
    private long recordNumber;
    private long recordLine;
    private long recordColumn;
    private long recordStartByte;
    /** Whether a record is being read: a failure of the input is then that record's. */
    private boolean reading;

    Array(MinutebookJson json, InputStream in) {
      this.json = json;
      this.in = in;
      this.maxRecordBytes = Math.min(json.maxDocumentBytes(), Integer.MAX_VALUE - 16);
      this.buffer = new byte[(int) Math.min(INITIAL_BUFFER, maxRecordBytes + 2)];
    }

    @Override
    protected @Nullable MeetingRecord computeNext() {
      while (state != State.DONE) {
        MeetingRecord record;
        try {
          record = step();
        } catch (UncheckedIOException e) {
          // the input failed: what was read stands, and nothing after it can be read
          state = State.DONE;
          return failed(reading ? recordNumber : ++records, reading ? recordLine : line,
              "the input could not be read (" + java.util.Objects.requireNonNull(e.getCause()).getMessage() + ")", here(), "");
        } catch (OutOfMemoryError e) {
          // out of memory other than in growing the buffer or decoding, which are skipped as one
          // record: where the scan stopped is unknown, so the stream ends here, and says so
          state = State.DONE;
          return failed(reading ? recordNumber : ++records, reading ? recordLine : line,
              tooLargeForMemory() + "; the rest of the input was not read", here(), "");
        }
        if (record != null) {
          return record;
        }
      }
      return endOfData();
    }

    /** Reads on to the next record or the next change of state; null when there is no record yet. */
    private @Nullable MeetingRecord step() {
      if (state == State.START && bufferOffset + start == 0) {
        MeetingRecord refused = skipByteOrderMark();
        if (refused != null) {
          return refused;
        }
      }
      int b = skipWhitespace();
      switch (state) {
        case START -> {
          if (b == '[') {
            consume(start + 1);
            state = State.FIRST;
            return null;
          }
          return end(b < 0 ? "the document is empty" : "expected an array of Minutebook documents, found " + describe(b));
        }
        case FIRST, AFTER_COMMA -> {
          if (b == ']' && state == State.FIRST) {
            consume(start + 1);
            state = State.END;
            return null;
          }
          if (b < 0) {
            return end("the input ends inside the array, where a document belongs");
          }
          if (b == ']' || b == ',' || b == '}' || b == ':') {
            return end("expected a Minutebook document, found " + describe(b));
          }
          return readRecord(b);
        }
        case NEXT -> {
          if (b == ',' || b == ']') {
            consume(start + 1);
            state = b == ',' ? State.AFTER_COMMA : State.END;
            return null;
          }
          return end(b < 0 ? "the input ends inside the array, which lacks its closing ']'"
              : "expected ',' or ']' after record " + records + ", found " + describe(b));
        }
        case END -> {
          if (b < 0) {
            state = State.DONE;
            return null;
          }
          return end("found " + describe(b) + " after the end of the array");
        }
        default -> throw new IllegalStateException(state.toString());
      }
    }

    /** Skips a UTF-8 byte order mark; refuses UTF-16 and UTF-32 as a single document does. */
    private @Nullable MeetingRecord skipByteOrderMark() {
      while (limit - start < 4 && fill()) {
        // the first four bytes tell the encoding
      }
      try {
        start = MinutebookJson.textStart(buffer, start, limit);
      } catch (MinutebookJsonException e) {
        state = State.DONE;
        return MeetingRecord.failed(++records, 1, e);
      }
      return null;
    }

    /** Consumes whitespace; returns the byte after it, still unread, or -1 at the end of the input. */
    private int skipWhitespace() {
      while (true) {
        int i = start;
        while (i < limit) {
          byte c = buffer[i];
          if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            consume(i);
            return c & 0xff;
          }
          i++;
        }
        consume(limit);
        if (!fill()) {
          return -1;
        }
      }
    }

    private MeetingRecord readRecord(int first) {
      recordNumber = ++records;
      reading = true;
      recordLine = line;
      recordColumn = column + 1;
      recordStartByte = bufferOffset + start;
      depth = 0;
      inString = false;
      escaped = false;
      broken = false;
      bareToken = false;
      if (first == '{' || first == '[') {
        push(first == '[');
      } else if (first == '"') {
        inString = true;
      } else {
        bareToken = true;
      }
      scan = start + 1;
      long skipped = 0; // bytes of the record dropped because it is longer than a document may be
      int end;
      boolean endOfInput = false;
      while (true) {
        end = bareToken ? endOfToken() : endOfValue();
        if (end >= 0) {
          break;
        }
        if (outOfRoom || skipped + (limit - start) > maxRecordBytes) { // too long: go on scanning, keeping none of it
          skipped += limit - start;
          consume(limit);
        }
        if (!fill()) {
          if (noRoom) { // too long to hold in the heap: scanned to its end all the same, keeping none of it
            noRoom = false;
            outOfRoom = true;
            continue;
          }
          end = limit;
          endOfInput = !bareToken; // a bare token ends with the input; anything else is cut short
          break;
        }
      }
      long length = skipped + (end - start);
      MeetingRecord record;
      if (outOfRoom) {
        outOfRoom = false;
        record = failed(recordNumber, recordLine, tooLargeForMemory(), recordLocation(), "/" + (recordNumber - 1));
      } else if (length > maxRecordBytes) {
        record = failed(recordNumber, recordLine, "the record has more than " + maxRecordBytes + " bytes",
            recordLocation(), "/" + (recordNumber - 1));
      } else if (bareToken && !startsAValue(first)) {
        record = failed(recordNumber, recordLine, "expected a Minutebook document, found " + describe(first),
            recordLocation(), "/" + (recordNumber - 1));
      } else {
        record = decode(start, end);
      }
      consume(end);
      reading = false;
      if (endOfInput || broken) {
        state = State.DONE;
        if (record.isRead()) { // cannot happen: a cut or mismatched record is not JSON; said all the same
          return failed(recordNumber, recordLine, "the array's brackets do not match after this record", here(), "");
        }
      } else {
        state = State.NEXT;
      }
      return record;
    }

    /** Decodes the record in buffer[from, to) as one document. */
    private MeetingRecord decode(int from, int to) {
      try {
        return MeetingRecord.of(recordNumber, recordLine, json.decodeArrayElement(buffer, from, to));
      } catch (MinutebookJsonException e) {
        return MeetingRecord.failed(recordNumber, recordLine, relocate(e, from));
      } catch (OutOfMemoryError e) {
        // one record too large for the heap: what it allocated is garbage again, and the
        // records after it can still be read, as after any other bad record
        return failed(recordNumber, recordLine, tooLargeForMemory(), recordLocation(), "/" + (recordNumber - 1));
      }
    }

    /** An error found in the record alone, moved to its place in the whole input and the whole array. */
    private MinutebookJsonException relocate(MinutebookJsonException e, int from) {
      long errorLine;
      long errorColumn;
      if (e.line() > 0) {
        errorLine = recordLine + e.line() - 1;
        errorColumn = e.line() == 1 ? recordColumn + e.column() - 1 : e.column();
      } else if (e.byteOffset() >= 0) { // a bad byte: where it is, counted as the parser counts
        errorLine = recordLine;
        errorColumn = recordColumn - 1;
        boolean carriageReturn = false;
        for (int i = from; i < from + e.byteOffset(); i++) {
          byte c = buffer[i];
          if (c == '\n' || c == '\r') {
            errorLine += c == '\n' && carriageReturn ? 0 : 1;
            errorColumn = 0;
          } else if ((c & 0xC0) != 0x80) {
            errorColumn++;
          }
          carriageReturn = c == '\r';
        }
        errorColumn++;
      } else {
        errorLine = recordLine;
        errorColumn = recordColumn;
      }
      long at = e.byteOffset() >= 0 ? recordStartByte + e.byteOffset() : recordStartByte;
      return new MinutebookJsonException(e.problem(), location(at, errorLine, errorColumn),
          "/" + (recordNumber - 1) + e.pointer(), e);
    }

    /**
     * Scans on from {@code scan} for the end of a record that is an object, an array or a string:
     * returns the index after its last byte, or -1 if the buffer ends first. A closing bracket that
     * does not match ends the record too, {@link #broken}.
     */
    private int endOfValue() {
      byte[] bytes = buffer;
      int i = scan;
      int to = limit;
      while (i < to) {
        // eight bytes at a time past those that change nothing: in a string all but '"' and '\\',
        // outside one all but '"' and brackets
        if (inString) {
          if (!escaped) {
            while (i + 8 <= to) {
              long word = (long) LONGS.get(bytes, i);
              if ((has(word, QUOTES) | has(word, BACKSLASHES)) != 0) {
                break;
              }
              i += 8;
            }
            if (i >= to) {
              break;
            }
          }
        } else {
          while (i + 8 <= to) {
            long word = (long) LONGS.get(bytes, i);
            if ((has(word, QUOTES) | has(word, OPEN_BRACES) | has(word, CLOSE_BRACES) | has(word, OPEN_BRACKETS)
                | has(word, CLOSE_BRACKETS)) != 0) {
              break;
            }
            i += 8;
          }
          if (i >= to) {
            break;
          }
        }
        byte c = bytes[i++];
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (c == '\\') {
            escaped = true;
          } else if (c == '"') {
            inString = false;
            if (depth == 0) {
              return i;
            }
          }
        } else if (c == '"') {
          inString = true;
        } else if (c == '{' || c == '[') {
          push(c == '[');
        } else if (c == '}' || c == ']') {
          if (!pop(c == ']')) {
            broken = true;
            return i;
          }
          if (depth == 0) {
            return i;
          }
        }
      }
      scan = i;
      return -1;
    }

    /** Scans on from {@code scan} for the end of a bare token: the index of the first byte after it, or -1. */
    private int endOfToken() {
      for (int i = scan; i < limit; i++) {
        byte c = buffer[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ']' || c == '}' || c == '['
            || c == '{' || c == '"' || c == ':') {
          return i;
        }
      }
      scan = limit;
      return -1;
    }

    private void push(boolean array) {
      if (depth < TRACKED_DEPTH) {
        long bit = 1L << (depth & 63);
        int word = (int) (depth >>> 6);
        brackets[word] = array ? brackets[word] | bit : brackets[word] & ~bit;
      }
      depth++;
    }

    /** Closes a level; false if the bracket does not match the one that opened it. */
    private boolean pop(boolean array) {
      if (depth == 0) {
        return false;
      }
      depth--;
      if (depth >= TRACKED_DEPTH) {
        return true; // too deep to tell: the decoder refuses the nesting anyway
      }
      boolean opened = (brackets[(int) (depth >>> 6)] & (1L << (depth & 63))) != 0;
      return opened == array;
    }

    /** Whether a JSON value can start with this byte, so that the decoder should read it. */
    private static boolean startsAValue(int b) {
      return b == '-' || (b >= '0' && b <= '9') || b == 't' || b == 'f' || b == 'n';
    }

    /** Moves past buffer[start, to), keeping the line and column of what follows. */
    private void consume(int to) {
      byte[] bytes = buffer;
      long lines = line;
      long columns = column;
      boolean carriageReturn = afterCarriageReturn;
      int i = start;
      while (true) {
        // eight bytes at a time where there is no line end: count the bytes that start a character
        while (i + 8 <= to) {
          long word = (long) LONGS.get(bytes, i);
          if ((has(word, NEWLINES) | has(word, CARRIAGE_RETURNS)) != 0) {
            break;
          }
          columns += 8 - Long.bitCount(word & ~(word << 1) & HIGHS); // less the continuation bytes, 10xxxxxx
          carriageReturn = false;
          i += 8;
        }
        if (i >= to) {
          break;
        }
        byte c = bytes[i++];
        if (c == '\n') {
          if (!carriageReturn) {
            lines++;
          }
          columns = 0;
          carriageReturn = false;
        } else if (c == '\r') {
          lines++;
          columns = 0;
          carriageReturn = true;
        } else {
          carriageReturn = false;
          if ((c & 0xC0) != 0x80) { // not a continuation byte: a character starts here
            columns++;
          }
        }
      }
      line = lines;
      column = columns;
      afterCarriageReturn = carriageReturn;
      start = to;
      if (scan < start) {
        scan = start;
      }
    }

    private boolean fill() {
      return fill(maxRecordBytes + 2);
    }

    /** Ends the stream with a failed record: the array is broken here. */
    private MeetingRecord end(String problem) {
      state = State.DONE;
      return failed(++records, line, problem, here(), "");
    }

    private static MeetingRecord failed(long number, long line, String problem, TokenStreamLocation at, String pointer) {
      return MeetingRecord.failed(number, line, new MinutebookJsonException(problem, at, pointer, null));
    }

    /** Where the unread part starts. */
    private TokenStreamLocation here() {
      return location(bufferOffset + start, line, column + 1);
    }

    private TokenStreamLocation recordLocation() {
      return location(recordStartByte, recordLine, recordColumn);
    }

    private static TokenStreamLocation location(long byteOffset, long line, long column) {
      return new TokenStreamLocation(null, byteOffset, -1, (int) Math.min(Integer.MAX_VALUE, line),
          (int) Math.min(Integer.MAX_VALUE, column));
    }

    /** A byte of the input, in words, for messages. */
    private static String describe(int b) {
      return switch (b) {
        case '{' -> "an object";
        case '[' -> "an array";
        case '"' -> "a string";
        case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> "a number";
        case 't', 'f' -> "a boolean";
        case 'n' -> "null";
        default -> b >= 0x21 && b < 0x7f ? "'" + (char) b + "'" : String.format("the byte 0x%02X", b);
      };
    }
  }
}
