package io.github.minutebook.json;

import io.github.minutebook.json.internal.Codec;
import io.github.minutebook.json.internal.Decoding;
import io.github.minutebook.json.internal.Encoding;
import io.github.minutebook.json.internal.ModelCodecs;
import io.github.minutebook.json.internal.Scalars;
import io.github.minutebook.json.internal.Utf8Check;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static com.google.common.base.Preconditions.checkArgument;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;


/**
 * Reads and writes Minutebook documents: the strict JSON contract, ready to use.
 *
 * <pre>{@code
 * MinutebookJson json = MinutebookJson.standard();
 * Meeting meeting = json.decode(bytes);          // or throws MinutebookJsonException
 * byte[] again = json.encode(meeting);           // the same bytes for the same meeting, every time
 * }</pre>
 *
 * <p>Decoding is strict: the input must be UTF-8 (a UTF-8 byte order mark is skipped; UTF-16 and
 * UTF-32 are refused), one JSON object whose first property is {@code "minutebook": "3.0", "type": "meeting"}, with
 * no duplicate keys, unknown properties, nulls or trailing content, within the configured limits.
 * Any problem with the data is one {@link MinutebookJsonException} with its line, column and JSON
 * Pointer; nothing else escapes for bad data. A failure to read the input stream itself is an
 * {@link java.io.UncheckedIOException}. Methods that take a stream leave it open, except the
 * streaming readers, which close it when their {@code Stream} is closed. Instances are immutable
 * and thread-safe.
 */
public final class MinutebookJson {
  /**
   * Where the JSON Schema of the format is on the class path. On the module path the package is
   * not open, so {@code Class.getResource} from another module does not find it; {@link #schema()}
   * reads it either way.
   */
  public static final String SCHEMA_RESOURCE = "/io/github/minutebook/json/minutebook-3.0.schema.json";

  private static final MinutebookJson STANDARD = builder().build();

  private final JsonFactory factory;
  /** The factory of {@link #writeArray}: one level more, for the array around documents that may nest to the limit. */
  private final JsonFactory arrayFactory;
  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final JsonMapper mapper;

  private MinutebookJson(Builder builder) {
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.maxNestingDepth = builder.maxNestingDepth;
    // Duplicate keys are found by the codecs themselves, with a bit a property, rather than by
    // the parser's per-object hash set, which cost a tenth of decoding time.
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(builder.maxDocumentBytes)
            .maxNestingDepth(builder.maxNestingDepth)
            .maxStringLength(builder.maxStringLength)
            .maxNameLength(256)
            .maxNumberLength(64)
            .build())
        // the writer keeps to the reader's limits, so that it never writes what the reader refuses
        .streamWriteConstraints(new Encoding.Limits(builder.maxNestingDepth, builder.maxStringLength))
        .build();
    this.arrayFactory = factory.rebuild()
        .streamWriteConstraints(new Encoding.Limits(builder.maxNestingDepth == Integer.MAX_VALUE ? Integer.MAX_VALUE
            : builder.maxNestingDepth + 1, builder.maxStringLength))
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new MinutebookModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** The format with its default limits: 64 MiB documents, 1 MiB strings, nesting 200 deep. */
  public static MinutebookJson standard() {
    return STANDARD;
  }

  /** A builder for other limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A Jackson mapper with the {@link MinutebookModule}, this instance's limits and {@code
   * FAIL_ON_TRAILING_TOKENS}: it refuses what {@link #decode(byte[])} refuses, with two
   * differences that come with Jackson's own reading. The input's encoding is Jackson's to detect
   * (UTF-16 and UTF-32 are read), and JSON that is not well-formed is Jackson's {@link
   * tools.jackson.core.exc.StreamReadException} and input over a limit its {@link
   * tools.jackson.core.exc.StreamConstraintsException}; every other problem is a {@link
   * MinutebookJsonException}, its column counted as the parser counts (in bytes, for byte input).
   */
  public JsonMapper mapper() {
    return mapper;
  }

  // --- decoding ---

  /** Decodes a meeting from UTF-8 bytes. */
  public Meeting decode(byte[] json) {
    return decodeValue(json, 0, json.length, ModelCodecs.MEETING);
  }

  /**
   * Decodes a meeting from {@code length} UTF-8 bytes of {@code json} from {@code offset}, such as
   * one line of a buffer, without copying them. Byte offsets in errors count from {@code offset}.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code json}
   */
  public Meeting decode(byte[] json, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, json.length);
    return decodeValue(json, offset, offset + length, ModelCodecs.MEETING);
  }

  /**
   * Decodes a meeting from text. Text with a lone surrogate, which UTF-8 cannot encode, is refused
   * at the surrogate's line and column (rather than read with a {@code ?} in its place).
   */
  public Meeting decode(String json) {
    return decode(utf8(json));
  }

  /** Decodes a meeting from a stream of UTF-8 bytes, reading at most the document limit. The stream is not closed. */
  public Meeting decode(InputStream in) {
    return decode(readLimited(in));
  }

  /**
   * Decodes a document, a meeting or a decision record, from UTF-8 bytes: for collections that hold
   * both. {@link #decode(byte[])} reads only meetings.
   */
  public CouncilRecord decodeRecord(byte[] json) {
    return decodeValue(json, 0, json.length, ModelCodecs.RECORD);
  }

  /** Decodes a document, a meeting or a decision record, from text; a lone surrogate is refused as by {@link #decode(String)}. */
  public CouncilRecord decodeRecord(String json) {
    return decodeRecord(utf8(json));
  }

  /**
   * The UTF-8 bytes of a document given as text, which must be well-formed Unicode: a lone
   * surrogate (not an escaped {@code "\\ud800"}, which the decoder refuses in its place, but a raw
   * one in the Java string) has no UTF-8 form, and {@link String#getBytes} would put {@code ?} in
   * its place.
   */
  private static byte[] utf8(String json) {
    int lone = Scalars.loneSurrogate(json);
    if (lone >= 0) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < lone; i++) {
        char c = json.charAt(i);
        if (c == '\n' || c == '\r') {
          if (!(c == '\n' && i > 0 && json.charAt(i - 1) == '\r')) {
            line++;
          }
          lineStart = i + 1;
        }
      }
      String before = json.substring(0, lone);
      throw new MinutebookJsonException("the text holds a lone surrogate (\\u" + Integer.toHexString(json.charAt(lone))
          + "), which is not Unicode and has no UTF-8 form", new TokenStreamLocation(null,
          before.getBytes(StandardCharsets.UTF_8).length, -1, line, json.codePointCount(lineStart, lone) + 1), "", null);
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** Decodes a document, a meeting or a decision record, from a stream of UTF-8 bytes; the stream is not closed. */
  public CouncilRecord decodeRecord(InputStream in) {
    return decodeRecord(readLimited(in));
  }

  /**
   * Decodes any type of the model from UTF-8 bytes, such as a single {@code FundingAllocation}.
   * Only a document (a {@link Meeting} or a {@link DecisionRecord}) carries the format version.
   */
  public <T> T decode(byte[] json, Class<T> type) {
    return type.cast(decodeValue(json, 0, json.length, codecFor(type)));
  }

  /**
   * Decodes a meeting from bytes already known to be well-formed UTF-8, such as an NDJSON line
   * whose end was found by {@link Utf8Check#lineEnd}: the same as {@link #decode(byte[], int, int)}
   * without checking the UTF-8 a second time.
   */
  CouncilRecord decodeWellFormed(byte[] json, int offset, int length) {
    return decodeValue(json, offset, offset + length, ModelCodecs.RECORD, true);
  }

  /** Decodes the document in {@code json[from, to)}. */
  <T> T decodeValue(byte[] json, int from, int to, Codec<T> codec) {
    return decodeValue(json, from, to, codec, false);
  }

  private <T> T decodeValue(byte[] json, int from, int to, Codec<T> codec, boolean wellFormed) {
    int start = checkEncoding(json, from, to, wellFormed);
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json, start, to - start)) {
      return readDocument(parser, codec);
    } catch (MinutebookJsonException e) {
      throw e.locatedIn(json, from, start);
    }
  }

  /** Reads one value from the parser's next token to the end of the input. */
  <T> T readDocument(JsonParser parser, Codec<T> codec) {
    try {
      if (parser.nextToken() == null) {
        // where the whitespace, if any, ends
        throw new MinutebookJsonException("the document is empty", parser.currentLocation(), "", null);
      }
      T value = codec.read(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw Decoding.error(parser, "found " + Decoding.describe(parser) + " after the end of the document");
      }
      return value;
    } catch (RuntimeException | StackOverflowError e) {
      throw translate(e, parser);
    }
  }

  /** The problem of a document whose nesting overflows the stack before it reaches the nesting limit. */
  static final String TOO_DEEP_TO_READ = "the document nests too deeply to read";

  /** Turns whatever went wrong into the one exception the decoder throws. */
  static MinutebookJsonException translate(Throwable e, JsonParser parser) {
    if (e instanceof MinutebookJsonException m) {
      return m;
    }
    String pointer = "";
    try {
      pointer = Decoding.pointer(parser);
    } catch (RuntimeException ignored) {
      // the parser could not say where it is; the location still can
    }
    if (e instanceof JacksonException j) {
      String message = j.getOriginalMessage() == null ? j.toString() : tokenizerProblem(j.getOriginalMessage());
      return new MinutebookJsonException(message, j.getLocation() != null ? j.getLocation()
          : parser.currentTokenLocation(), pointer, e);
    }
    if (e instanceof StackOverflowError) {
      return new MinutebookJsonException(TOO_DEEP_TO_READ, parser.currentTokenLocation(), pointer, null);
    }
    return new MinutebookJsonException("the decoder failed unexpectedly (" + e.getClass().getName() + ": "
        + e.getMessage() + "); please report this with the document", parser.currentTokenLocation(), pointer, e);
  }

  /**
   * Jackson's suffixes that name its own settings or describe its input source, which a caller of
   * this class can neither see nor change: "(10, from `StreamReadConstraints.getMaxStringLength()`)",
   * ": enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", " (start marker at [Source: ...])".
   */
  private static final Pattern JACKSON_SETTING = Pattern.compile(", from `[^`]*`\\)");
  private static final Pattern JACKSON_FEATURE_HINT = Pattern.compile(": enable `[^`]*` to allow");
  private static final Pattern JACKSON_SOURCE = Pattern.compile(" \\(start marker at \\[Source: .*\\]\\)");

  /** The tokenizer's problem in its own words, on one line, without what only Jackson's configuration could use. */
  private static String tokenizerProblem(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    line = JACKSON_SETTING.matcher(line).replaceAll(")");
    line = JACKSON_FEATURE_HINT.matcher(line).replaceAll("");
    return JACKSON_SOURCE.matcher(line).replaceAll("");
  }

  /**
   * Checks that {@code json[from, to)} is UTF-8 (unless the caller has: {@code wellFormed}); returns
   * where the text starts (after a UTF-8 byte order mark). Offsets in errors count from {@code from}.
   */
  private int checkEncoding(byte[] json, int from, int to, boolean wellFormed) {
    int n = to - from;
    if (n > maxDocumentBytes) {
      throw MinutebookJsonException.atByte("the document has " + n + " bytes; at most " + maxDocumentBytes
          + " are accepted", maxDocumentBytes);
    }
    int start = textStart(json, from, to);
    int malformed = wellFormed ? -1 : Utf8Check.firstMalformed(json, start, to);
    if (malformed >= 0) {
      throw MinutebookJsonException.atByte("the document is not well-formed UTF-8", malformed - from);
    }
    return start;
  }

  /**
   * Where the text of {@code json[from, to)} starts: after a UTF-8 byte order mark, if there is one.
   * Refuses input that is UTF-16 or UTF-32 by its byte order mark or its zero bytes, with offsets
   * from {@code from}.
   */
  static int textStart(byte[] json, int from, int to) {
    int n = to - from;
    if (n >= 2 && ((json[from] == (byte) 0xFE && json[from + 1] == (byte) 0xFF)
        || (json[from] == (byte) 0xFF && json[from + 1] == (byte) 0xFE))) {
      throw MinutebookJsonException.atByte("the document is UTF-16 or UTF-32 (it starts with a byte order mark); "
          + "Minutebook documents are UTF-8", 0);
    }
    int start = n >= 3 && json[from] == (byte) 0xEF && json[from + 1] == (byte) 0xBB && json[from + 2] == (byte) 0xBF
        ? from + 3 : from;
    // JSON text in UTF-8 never has a raw zero byte where it starts (RFC 8259 needs no zero-byte
    // detection, but Jackson guesses UTF-16 or UTF-32 from the first four bytes, so they must be
    // checked before it sees them)
    if (to - start >= 2 && json[start] == 0 && json[start + 1] == 0) {
      throw MinutebookJsonException.atByte("the document is UTF-32; Minutebook documents are UTF-8", 0);
    }
    for (int i = start; i < Math.min(to, start + 4); i++) {
      if (json[i] == 0) {
        throw MinutebookJsonException.atByte("the document is UTF-16 or UTF-32 (it has zero bytes); "
            + "Minutebook documents are UTF-8", 0);
      }
    }
    return start;
  }

  /**
   * Decodes a meeting that is one element of a JSON array, {@code json[from, to)}, whose first byte
   * starts a JSON value (no byte order mark is looked for, and the array's reader has applied the
   * document limit). Offsets in errors count from {@code from}.
   */
  CouncilRecord decodeArrayElement(byte[] json, int from, int to) {
    // Jackson would take zero bytes among the first four for UTF-16 or UTF-32; JSON holds none
    for (int i = from; i < Math.min(to, from + 4); i++) {
      if (json[i] == 0) {
        throw MinutebookJsonException.atByte("found a zero byte, which JSON text holds only escaped (\\u0000)", i - from);
      }
    }
    int malformed = Utf8Check.firstMalformed(json, from, to);
    if (malformed >= 0) {
      throw MinutebookJsonException.atByte("the document is not well-formed UTF-8", malformed - from);
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json, from, to - from)) {
      return readDocument(parser, ModelCodecs.RECORD);
    } catch (MinutebookJsonException e) {
      throw e.locatedIn(json, from, from);
    }
  }

  /** The largest document, NDJSON line or array record read, in bytes. */
  long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  private byte[] readLimited(InputStream in) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        total += read;
        if (total > maxDocumentBytes) {
          throw MinutebookJsonException.atByte("the document has more than " + maxDocumentBytes + " bytes", maxDocumentBytes);
        }
        out.write(buffer, 0, read);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- many documents ---

  /**
   * Reads NDJSON (one document a line, as in {@code .ndjson} and {@code .jsonl} files) lazily, in
   * constant memory, going on after a bad record: each record holds its meeting or its error, with
   * the record's number and line. Blank lines are skipped. Close the stream to close the input.
   */
  public Stream<MeetingRecord> readNdjsonRecords(InputStream in) {
    return RecordStreams.stream(new RecordStreams.Lines(this, in, maxDocumentBytes), in);
  }

  /**
   * Reads NDJSON records from {@code length} bytes of {@code ndjson} from {@code offset}, already
   * in memory, decoding each line where it lies (nothing is copied), going on after a bad record
   * as {@link #readNdjsonRecords(InputStream)} does. Byte offsets in errors count from {@code
   * offset}. The array must not change while the stream is read.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code ndjson}
   */
  public Stream<MeetingRecord> readNdjsonRecords(byte[] ndjson, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, ndjson.length);
    return RecordStreams.stream(new RecordStreams.Lines(this, ndjson, offset, length, maxDocumentBytes),
        InputStream.nullInputStream());
  }

  /**
   * Reads NDJSON lazily and strictly: the first bad record throws its {@link MinutebookJsonException},
   * located in the whole input.
   */
  public Stream<Meeting> readNdjson(InputStream in) {
    return readNdjsonRecords(in).map(MeetingRecord::meetingOrThrow);
  }

  /**
   * Reads a JSON array of documents lazily, in constant memory, going on after a bad record as
   * {@link #readNdjsonRecords(InputStream)} does: each record is decoded on its own, as one
   * document, so that its error (bad UTF-8, malformed JSON, an invalid document) is located in the
   * whole input, its pointer starting with the record's index, and costs no other record. The
   * document limit applies to each record, not to the array; a longer record is one failed record,
   * skipped without being held. A UTF-8 byte order mark is skipped. Where the array itself is broken
   * (brackets that do not match, a missing comma, the input ending inside it) the stream ends with
   * a last, failed record. Close the stream to close the input.
   */
  public Stream<MeetingRecord> readArrayRecords(InputStream in) {
    return RecordStreams.stream(new RecordStreams.Array(this, in), in);
  }

  /** Reads a JSON array of documents lazily and strictly: the first bad record throws. */
  public Stream<Meeting> readArray(InputStream in) {
    return readArrayRecords(in).map(MeetingRecord::meetingOrThrow);
  }

  /**
   * Writes documents as NDJSON, one compact document a line, to {@code out}, which is not closed.
   * A document the format cannot hold is refused as by {@link #encode(CouncilRecord)}, after the
   * documents before it; one larger than this instance's document limit throws once it is written.
   */
  public void writeNdjson(Iterable<? extends CouncilRecord> records, OutputStream out) {
    try {
      for (CouncilRecord record : records) {
        encode(record, out);
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes documents as one JSON array of compact documents to {@code out}, which is not closed.
   * Each document keeps to the limits of one document, as {@link #readArrayRecords} reads them.
   */
  public void writeArray(Iterable<? extends CouncilRecord> records, OutputStream out) {
    NonClosing counted = new NonClosing(out);
    try (JsonGenerator generator = arrayFactory.createGenerator(ObjectWriteContext.empty(), counted)) {
      generator.writeStartArray();
      long index = 0;
      for (CouncilRecord record : records) {
        long before = counted.written + generator.streamWriteOutputBuffered() + (index == 0 ? 0 : 1); // and its comma
        writeChecked(record, ModelCodecs.RECORD, generator);
        checkSize(counted.written + generator.streamWriteOutputBuffered() - before, "/" + index);
        index++;
      }
      generator.writeEndArray();
    }
  }

  /**
   * Writes a value, turning Jackson's refusal of nesting beyond the limit into the exception the
   * codecs throw for a value the format cannot hold.
   */
  private static <T> void writeChecked(T value, Codec<T> codec, JsonGenerator generator) {
    try {
      codec.write(value, generator);
    } catch (StreamConstraintsException e) {
      String problem = e.getOriginalMessage() == null ? e.toString() : tokenizerProblem(e.getOriginalMessage());
      throw new MinutebookJsonException(problem, null, Encoding.pointer(generator), e);
    }
  }

  /** Refuses a document larger than this instance reads, once it is written, so that it is never taken for readable. */
  private void checkSize(long bytes, String pointer) {
    if (bytes > maxDocumentBytes) {
      throw new MinutebookJsonException("the document written has " + bytes + " bytes; this instance reads at most "
          + maxDocumentBytes, null, pointer, null);
    }
  }

  JsonFactory factory() {
    return factory;
  }

  // --- encoding ---

  /**
   * A new pretty printer with the layout of {@link #encodePretty}: two spaces a level of nesting,
   * {@code "\n"} line ends, and a space after a property name's colon only ({@code "date":
   * "2016-09-14"}). Through a Jackson mapper with {@link MinutebookModule}, {@code
   * mapper.writer().with(MinutebookJson.prettyPrinter())} writes a meeting as {@code encodePretty}
   * does, less its final line end; other JSON written with it, such as a report about documents,
   * is laid out as the documents are.
   */
  public static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return prettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  /**
   * Encodes a document (a meeting or a decision record) as compact UTF-8 JSON: the same document
   * always gives the same bytes. A value the format cannot hold (a date of the year 10000, a
   * decimal of more than 64 digits before its point, text with a lone surrogate or longer than the
   * string limit, nesting beyond the limit) throws a {@link MinutebookJsonException} naming it by
   * its JSON Pointer, and so does a document larger than the document limit: what this instance
   * writes, it reads.
   */
  public byte[] encode(CouncilRecord record) {
    return toBytes(record, ModelCodecs.RECORD, ObjectWriteContext.empty(), false);
  }

  /** Encodes a document as indented UTF-8 JSON with "\n" line ends and a final line end, for people and golden files. */
  public byte[] encodePretty(CouncilRecord record) {
    return toBytes(record, ModelCodecs.RECORD, PRETTY, true);
  }

  /**
   * Writes {@code value} into segments from Jackson's buffer recycler and copies them once into
   * the result, as Jackson's own {@code writeValueAsBytes} does, rather than into a growing array
   * that is copied at each doubling and once more at the end.
   */
  private <T> byte[] toBytes(T value, Codec<T> codec, ObjectWriteContext context, boolean finalLineEnd) {
    BufferRecycler recycler = factory._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator generator = factory.createGenerator(context, out)) {
        writeChecked(value, codec, generator);
      }
      if (finalLineEnd) {
        out.write('\n');
      }
      checkSize(out.size(), "");
      byte[] bytes = out.toByteArray();
      out.release();
      return bytes;
    } finally {
      recycler.releaseToPool();
    }
  }

  /** Encodes a document as compact JSON text. */
  public String encodeToString(CouncilRecord record) {
    return new String(encode(record), StandardCharsets.UTF_8);
  }

  /** Encodes a document as compact UTF-8 JSON to {@code out}, which is not closed. */
  public void encode(CouncilRecord record, OutputStream out) {
    write(record, ModelCodecs.RECORD, out, ObjectWriteContext.empty());
  }

  /** Encodes any type of the model as compact UTF-8 JSON. */
  public <T> byte[] encode(T value, Class<T> type) {
    return toBytes(value, codecFor(type), ObjectWriteContext.empty(), false);
  }

  private <T> void write(T value, Codec<T> codec, OutputStream out, ObjectWriteContext context) {
    NonClosing counted = new NonClosing(out);
    try (JsonGenerator generator = factory.createGenerator(context, counted)) {
      writeChecked(value, codec, generator);
      generator.flush();
      checkSize(counted.written, "");
    }
  }

  private static <T> Codec<T> codecFor(Class<T> type) {
    return ModelCodecs.forType(type); // a map look-up; it throws for a type outside the model
  }

  /** The JSON Schema (draft 2020-12) of the format, as text. */
  public static String schema() {
    try (InputStream in = MinutebookJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      checkArgument(in != null, "the schema resource %s is missing", SCHEMA_RESOURCE);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An output stream that leaves the caller's stream open when the generator closes, and counts what it writes. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    long written;

    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      written++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      written += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Builds a {@link MinutebookJson} with other limits. */
  public static final class Builder {
    private long maxDocumentBytes = 64L * 1024 * 1024;
    private int maxStringLength = 1024 * 1024;
    private int maxNestingDepth = 200;

    private Builder() {}

    /** The largest document accepted, in bytes; 64 MiB unless set. */
    @CanIgnoreReturnValue
    public Builder maxDocumentBytes(long bytes) {
      checkArgument(bytes > 0, "the document limit must be positive: %s", bytes);
      this.maxDocumentBytes = bytes;
      return this;
    }

    /** The longest string accepted, in characters; 1 MiB unless set. */
    @CanIgnoreReturnValue
    public Builder maxStringLength(int characters) {
      checkArgument(characters > 0, "the string limit must be positive: %s", characters);
      this.maxStringLength = characters;
      return this;
    }

    /** The deepest nesting of objects and arrays accepted; 200 unless set. */
    @CanIgnoreReturnValue
    public Builder maxNestingDepth(int depth) {
      checkArgument(depth > 0, "the nesting limit must be positive: %s", depth);
      this.maxNestingDepth = depth;
      return this;
    }

    /** The configured reader and writer. */
    public MinutebookJson build() {
      return new MinutebookJson(this);
    }
  }
}
