package io.github.minutebook.json;

import io.github.minutebook.json.internal.Decoding;
import io.github.minutebook.json.internal.ModelCodecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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

  /** NDJSON: one document a line; blank lines are skipped; "\r\n" line ends are accepted. */
  static final class Lines implements Iterator<MeetingRecord> {
    private final MinutebookJson json;
    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[8192];
    private int lineLength;
    private MeetingRecord next;
    private long lineNumber;
    private long byteOffset;
    private long records;
    private boolean ended;

    Lines(MinutebookJson json, InputStream in, long maxLineBytes) {
      this.json = json;
      this.in = in;
      this.maxLineBytes = maxLineBytes;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !ended) {
        next = readRecord();
      }
      return next != null;
    }

    @Override
    public MeetingRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      MeetingRecord record = next;
      next = null;
      return record;
    }

    /** Reads the next line into {@code line}; false at the end of the input with nothing read. */
    private boolean readLine() {
      lineLength = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          try {
            limit = in.read(buffer, 0, buffer.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          position = 0;
          if (limit <= 0) {
            limit = 0;
            ended = true;
            return any;
          }
        }
        any = true;
        int from = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        append(from, position - from);
        if (position < limit) {
          position++; // the line end
          byteOffset++;
          return true;
        }
      }
    }

    private void append(int from, int count) {
      byteOffset += count;
      long room = maxLineBytes + 1 - lineLength; // keep one byte more than the limit, to know it was passed
      int taken = (int) Math.min(count, Math.max(0, room));
      if (lineLength + taken > line.length) {
        line = java.util.Arrays.copyOf(line, Math.max(lineLength + taken, line.length * 2));
      }
      System.arraycopy(buffer, from, line, lineLength, taken);
      lineLength += taken;
    }

    /** Reads one line; returns its record, or null for a blank line or the end. */
    private MeetingRecord readRecord() {
      long start = byteOffset;
      if (!readLine()) {
        return null;
      }
      lineNumber++;
      int length = lineLength;
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      if (isBlank(line, length)) {
        return null;
      }
      long number = ++records;
      if (length > maxLineBytes) {
        return MeetingRecord.failed(number, lineNumber, new MinutebookJsonException(
            "the line has more than " + maxLineBytes + " bytes", new TokenStreamLocation(null, start, -1,
                (int) Math.min(Integer.MAX_VALUE, lineNumber), 0), "", null));
      }
      byte[] document = java.util.Arrays.copyOf(line, length);
      try {
        return MeetingRecord.of(number, lineNumber, json.decode(document));
      } catch (MinutebookJsonException e) {
        return MeetingRecord.failed(number, lineNumber, relocate(e, lineNumber, start));
      }
    }

    private static boolean isBlank(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        byte c = bytes[i];
        if (c != ' ' && c != '\t') {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A JSON array of documents. A record that is well-formed JSON but not a valid document is
   * skipped and reported; malformed JSON ends the stream with a last, failed record, because
   * nothing after it can be trusted.
   */
  static final class Array implements Iterator<MeetingRecord> {
    private final JsonParser parser;
    private MeetingRecord next;
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
    public boolean hasNext() {
      if (next == null && !ended) {
        next = readRecord();
      }
      return next != null;
    }

    @Override
    public MeetingRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      MeetingRecord record = next;
      next = null;
      return record;
    }

    private MeetingRecord readRecord() {
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
      return e instanceof UncheckedIOException u ? u.getCause() : e;
    }
  }
}
