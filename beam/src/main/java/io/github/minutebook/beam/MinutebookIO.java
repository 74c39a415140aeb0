package io.github.minutebook.beam;

import io.github.minutebook.json.MeetingRecord;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Minutebook documents in a Beam pipeline, with the io-json codec.
 *
 * <pre>{@code
 * PCollection<InputRecord> records = pipeline.apply(MinutebookIO.read("gs://bucket/councils/*.ndjson"));
 * ValidateMeetings.Result checked = records.apply(ValidateMeetings.withDefaultRules());
 * checked.valid().apply(MinutebookIO.write("gs://bucket/valid"));
 * }</pre>
 *
 * <p>Each file is read as the command line reads it: {@code .ndjson} and {@code .jsonl} files are
 * NDJSON (one document a line); a {@code .json} file is a JSON array of documents if it starts with
 * {@code [}, else one document; any other file is an array if it starts with {@code [}, else
 * NDJSON. A file compressed in a way Beam knows by its name ({@code .gz}, {@code .bz2}, ...) is
 * decompressed as it is read.
 *
 * <p>NDJSON is read in constant memory, record by record, and the runner may checkpoint the read
 * after any record and go on later from there (a restriction holds the byte offset, line and
 * record number to go on from): that is what keeps the Direct runner's memory bounded on a file
 * larger than the heap. A file is read by one worker at a time, so that every record keeps its
 * line number; many files are read in parallel, and the records can be spread over workers after
 * reading (Beam's {@code Reshuffle}). JSON arrays, single documents and compressed files are read
 * in one go, also in constant memory, but with no checkpoints.
 */
public final class MinutebookIO {
  private static final MinutebookJson JSON = MinutebookJson.standard();

  /**
   * How many bytes of NDJSON are read, at least, between two checkpoints. A runner may ask for a
   * checkpoint after any record (the Direct runner does after every 100), and each costs it a
   * resumption; reading this much first keeps them few, and bounds the records one bundle holds.
   */
  static final long CHECKPOINT_BYTES = 8L * 1024 * 1024;

  /** The longest record read, in bytes, as the codec's default document limit. */
  static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;

  private MinutebookIO() {}

  /**
   * Reads every file that matches a Beam file pattern (local, {@code gs://}, {@code s3://}, ...)
   * into input records, each with its origin; a record that cannot be read is an input record with
   * its problem, never an exception.
   */
  public static PTransform<PBegin, PCollection<InputRecord>> read(String filepattern) {
    return read(filepattern, CHECKPOINT_BYTES);
  }

  /** Reads with checkpoints allowed after every {@code checkpointBytes} bytes of NDJSON. */
  static PTransform<PBegin, PCollection<InputRecord>> read(String filepattern, long checkpointBytes) {
    return new PTransform<>("MinutebookIO.read(" + filepattern + ")") {
      @Override
      public PCollection<InputRecord> expand(PBegin input) {
        return input.apply("Match", FileIO.match().filepattern(filepattern))
            .apply("Open", FileIO.readMatches())
            .apply("Read", readFiles(checkpointBytes));
      }
    };
  }

  /** Reads files already matched (by {@code FileIO.match()} and {@code FileIO.readMatches()}) into input records. */
  public static PTransform<PCollection<FileIO.ReadableFile>, PCollection<InputRecord>> readFiles() {
    return readFiles(CHECKPOINT_BYTES);
  }

  private static PTransform<PCollection<FileIO.ReadableFile>, PCollection<InputRecord>> readFiles(long checkpointBytes) {
    return new PTransform<>("MinutebookIO.readFiles") {
      @Override
      public PCollection<InputRecord> expand(PCollection<FileIO.ReadableFile> input) {
        return input.apply(ParDo.of(new ReadFn(checkpointBytes))).setCoder(InputRecord.coder());
      }
    };
  }

  /**
   * Writes documents as NDJSON files in {@code directory} (named {@code records-SSSSS-of-NNNNN.ndjson}),
   * one compact document a line, as the codec writes them: the same document always gives the same
   * bytes. Set the shards, prefix or compression on the returned {@link FileIO.Write}.
   *
   * @param <T> the document type
   */
  public static <T extends CouncilRecord> FileIO.Write<Void, T> write(String directory) {
    return FileIO.<T>write().via(MinutebookIO.<T>sink()).to(directory).withPrefix("records").withSuffix(".ndjson");
  }

  /** The NDJSON sink that {@link #write(String)} writes with, for {@code FileIO.write()} and {@code FileIO.writeDynamic()}. */
  public static <T extends CouncilRecord> FileIO.Sink<T> sink() {
    return new NdjsonSink<>();
  }

  /** Writes one compact document a line. */
  private static final class NdjsonSink<T extends CouncilRecord> implements FileIO.Sink<T> {
    private static final long serialVersionUID = 1L;
    private transient @Nullable OutputStream out;

    @Override
    public void open(WritableByteChannel channel) {
      out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
    }

    @Override
    public void write(T element) throws IOException {
      OutputStream stream = opened();
      JSON.encode(element, stream);
      stream.write('\n');
    }

    @Override
    public void flush() throws IOException {
      opened().flush();
    }

    private OutputStream opened() {
      OutputStream stream = out;
      if (stream == null) {
        throw new IllegalStateException("the sink is not open");
      }
      return stream;
    }
  }

  // --- reading ---

  /** How a file is read. */
  enum Format {
    NDJSON, ARRAY, DOCUMENT
  }

  /**
   * The part of a file still to read: from byte {@code start} (of the decompressed file), where
   * line {@code line} and record {@code number} begin, to the first record that starts at or past
   * {@code end}.
   */
  record Span(long start, long end, long line, long number, Format format, boolean splittable) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A claim to emit the record that starts at {@code start}; after it, the file goes on at {@code next}. */
  record Claim(long start, long next, long nextLine, long nextNumber) {
    /** Claimed at the end of the file: no record starts there. */
    static final Claim END = new Claim(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
  }

  /**
   * Tracks a span: a checkpoint splits it after the last record claimed, the residual knowing the
   * line and number to go on from. Only checkpoints (a split at fraction 0) are taken, and only
   * once {@code checkpointBytes} have been claimed: until then, a checkpoint is declined, and the
   * runner asks again after the next record.
   */
  static final class SpanTracker extends RestrictionTracker<Span, Claim> {
    private final long checkpointBytes;
    private Span span;
    private @Nullable Claim last;
    private boolean exhausted;

    SpanTracker(Span span, long checkpointBytes) {
      this.span = span;
      this.checkpointBytes = checkpointBytes;
    }

    @Override
    public boolean tryClaim(Claim claim) {
      if (exhausted) {
        return false;
      }
      if (claim.start() >= span.end()) {
        exhausted = true;
        return false;
      }
      last = claim;
      return true;
    }

    @Override
    public Span currentRestriction() {
      return span;
    }

    @Override
    public @Nullable SplitResult<Span> trySplit(double fractionOfRemainder) {
      if (!span.splittable() || fractionOfRemainder != 0 || exhausted) {
        return null;
      }
      Claim claimed = last;
      long at = claimed == null ? span.start() : claimed.next();
      long line = claimed == null ? span.line() : claimed.nextLine();
      long number = claimed == null ? span.number() : claimed.nextNumber();
      if (at >= span.end() || at - span.start() < checkpointBytes) {
        return null;
      }
      Span primary = new Span(span.start(), at, span.line(), span.number(), span.format(), true);
      Span residual = new Span(at, span.end(), line, number, span.format(), true);
      span = primary;
      return SplitResult.of(primary, residual);
    }

    @Override
    public void checkDone() {
      if (!exhausted && (last == null ? span.start() : last.next()) < span.end()) {
        throw new IllegalStateException("the span " + span + " was not read to its end; the last record claimed was " + last);
      }
    }

    @Override
    public IsBounded isBounded() {
      return IsBounded.BOUNDED;
    }
  }

  /** Four variable-length longs, the format and whether the span can be split. */
  static final class SpanCoder extends AtomicCoder<Span> {
    private static final long serialVersionUID = 1L;
    private static final Format[] FORMATS = Format.values();

    @Override
    public void encode(Span value, OutputStream out) throws IOException {
      VarLongCoder.of().encode(value.start(), out);
      VarLongCoder.of().encode(value.end(), out);
      VarLongCoder.of().encode(value.line(), out);
      VarLongCoder.of().encode(value.number(), out);
      VarIntCoder.of().encode(value.format().ordinal(), out);
      out.write(value.splittable() ? 1 : 0);
    }

    @Override
    public Span decode(InputStream in) throws IOException {
      return new Span(VarLongCoder.of().decode(in), VarLongCoder.of().decode(in), VarLongCoder.of().decode(in),
          VarLongCoder.of().decode(in), FORMATS[VarIntCoder.of().decode(in)], in.read() == 1);
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** Reads a file's records, as a splittable DoFn over the file's bytes. */
  static final class ReadFn extends DoFn<FileIO.ReadableFile, InputRecord> {
    private static final long serialVersionUID = 1L;
    private final Counter files = Metrics.counter(ValidateMeetings.NAMESPACE, "files");
    private final long checkpointBytes;

    ReadFn(long checkpointBytes) {
      this.checkpointBytes = checkpointBytes;
    }

    @GetInitialRestriction
    public Span initialRestriction(@Element FileIO.ReadableFile file) throws IOException {
      Format format = formatOf(file);
      boolean splittable = format == Format.NDJSON && file.getCompression() == Compression.UNCOMPRESSED;
      return new Span(0, Long.MAX_VALUE, 1, 1, format, splittable);
    }

    @NewTracker
    public SpanTracker newTracker(@Restriction Span span) {
      return new SpanTracker(span, checkpointBytes);
    }

    @GetRestrictionCoder
    public Coder<Span> restrictionCoder() {
      return new SpanCoder();
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, RestrictionTracker<Span, Claim> tracker,
        OutputReceiver<InputRecord> out) throws IOException {
      Span span = tracker.currentRestriction();
      String name = file.getMetadata().resourceId().toString();
      if (span.start() == 0) {
        files.inc();
      }
      switch (span.format()) {
        case NDJSON -> readNdjson(file, name, span, tracker, out);
        case ARRAY -> readArray(file, name, tracker, out);
        case DOCUMENT -> readDocument(file, name, tracker, out);
      }
    }
  }

  /** Sniffs a file's format as the command line does. */
  static Format formatOf(FileIO.ReadableFile file) throws IOException {
    String name = file.getMetadata().resourceId().getFilename();
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    Compression compression = file.getCompression();
    if (compression != Compression.UNCOMPRESSED) {
      // "meetings.ndjson.gz" is NDJSON inside
      int dot = lower.lastIndexOf('.');
      if (dot > 0 && compression.matches(lower)) {
        lower = lower.substring(0, dot);
      }
    }
    if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
      return Format.NDJSON;
    }
    int first = firstByte(file);
    if (first == '[') {
      return Format.ARRAY;
    }
    return lower.endsWith(".json") ? Format.DOCUMENT : Format.NDJSON;
  }

  /** The first byte that is not white space or a byte order mark; -1 for none. */
  private static int firstByte(FileIO.ReadableFile file) throws IOException {
    try (InputStream in = Channels.newInputStream(file.open())) {
      byte[] buffer = new byte[4096];
      boolean start = true;
      int n;
      while ((n = in.read(buffer)) > 0) {
        int i = 0;
        if (start && n >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf) {
          i = 3;
        }
        start = false;
        for (; i < n; i++) {
          byte b = buffer[i];
          if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
            return b & 0xff;
          }
        }
      }
      return -1;
    }
  }

  private static InputStream openAt(FileIO.ReadableFile file, long start) throws IOException {
    if (file.getCompression() == Compression.UNCOMPRESSED && file.getMetadata().isReadSeekEfficient()) {
      SeekableByteChannel channel = file.openSeekable();
      channel.position(start);
      return Channels.newInputStream(channel);
    }
    InputStream in = Channels.newInputStream(file.open());
    in.skipNBytes(start);
    return in;
  }

  private static void readNdjson(FileIO.ReadableFile file, String name, Span span, RestrictionTracker<Span, Claim> tracker,
      DoFn.OutputReceiver<InputRecord> out) throws IOException {
    try (InputStream in = openAt(file, span.start())) {
      LineReader lines = new LineReader(in, MAX_RECORD_BYTES);
      long offset = span.start();
      long line = span.line();
      long number = span.number();
      while (lines.next()) {
        long next = offset + lines.consumed();
        Optional<InputRecord> record = decodeLine(name, lines, line, number);
        if (record.isPresent()) {
          if (!tracker.tryClaim(new Claim(offset, next, line + 1, number + 1))) {
            return;
          }
          out.output(record.get());
          number++;
        }
        offset = next;
        line++;
      }
      tracker.tryClaim(Claim.END);
    }
  }

  /** The record on the line the reader holds; empty for a blank line. */
  private static Optional<InputRecord> decodeLine(String file, LineReader lines, long line, long number) {
    Origin origin = new Origin(file, line, number);
    if (lines.tooLong()) {
      return Optional.of(InputRecord.unreadable(new Unreadable(origin, "the record has " + lines.consumed()
          + " bytes; at most " + MAX_RECORD_BYTES + " are read", (int) Math.min(Integer.MAX_VALUE, line), 1, "")));
    }
    try (Stream<MeetingRecord> read = JSON.readNdjsonRecords(lines.buffer(), 0, lines.length())) {
      Iterator<MeetingRecord> it = read.iterator();
      if (!it.hasNext()) {
        return Optional.empty();
      }
      return Optional.of(toInput(origin, it.next(), line));
    }
  }

  private static InputRecord toInput(Origin origin, MeetingRecord record, long firstLine) {
    Optional<CouncilRecord> document = record.record();
    if (document.isPresent()) {
      return InputRecord.read(origin, document.get());
    }
    MinutebookJsonException error = record.error().orElseThrow();
    return InputRecord.unreadable(Unreadable.of(origin, error, firstLine));
  }

  private static void readArray(FileIO.ReadableFile file, String name, RestrictionTracker<Span, Claim> tracker,
      DoFn.OutputReceiver<InputRecord> out) throws IOException {
    try (InputStream in = Channels.newInputStream(file.open());
        Stream<MeetingRecord> records = JSON.readArrayRecords(in)) {
      Iterator<MeetingRecord> it = records.iterator();
      while (it.hasNext()) {
        MeetingRecord record = it.next();
        if (!tracker.tryClaim(new Claim(record.number(), record.number() + 1, record.line(), record.number() + 1))) {
          return;
        }
        out.output(toInput(new Origin(name, Math.max(1, record.line()), record.number()), record, 1));
      }
      tracker.tryClaim(Claim.END);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void readDocument(FileIO.ReadableFile file, String name, RestrictionTracker<Span, Claim> tracker,
      DoFn.OutputReceiver<InputRecord> out) throws IOException {
    if (!tracker.tryClaim(new Claim(0, 1, 1, 2))) {
      return;
    }
    Origin origin = new Origin(name, 1, 1);
    try (InputStream in = Channels.newInputStream(file.open())) {
      out.output(InputRecord.read(origin, JSON.decodeRecord(in)));
    } catch (MinutebookJsonException e) {
      out.output(InputRecord.unreadable(Unreadable.of(origin, e, 1)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    tracker.tryClaim(Claim.END);
  }

  /** Reads lines of bytes, up to a longest line past which the rest of the line is skipped, not held. */
  static final class LineReader {
    private final InputStream in;
    private final int maxLine;
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int limit;
    private byte[] line = new byte[8 * 1024];
    private int length;
    private long consumed;
    private boolean tooLong;

    LineReader(InputStream in, int maxLine) {
      this.in = in;
      this.maxLine = maxLine;
    }

    /** Reads the next line; false at the end of the input. */
    boolean next() throws IOException {
      length = 0;
      consumed = 0;
      tooLong = false;
      boolean any = false;
      while (true) {
        if (pos == limit) {
          int n = in.read(chunk);
          if (n <= 0) {
            pos = 0;
            limit = 0;
            return any;
          }
          pos = 0;
          limit = n;
        }
        any = true;
        int end = pos;
        while (end < limit && chunk[end] != '\n') {
          end++;
        }
        append(end - pos);
        consumed += end - pos;
        if (end < limit) {
          pos = end + 1;
          consumed++;
          return true;
        }
        pos = limit;
      }
    }

    private void append(int n) {
      if (tooLong || n == 0) {
        return;
      }
      if (length + (long) n > maxLine) {
        tooLong = true;
        return;
      }
      if (length + n > line.length) {
        line = java.util.Arrays.copyOf(line, Math.max(length + n, Math.min(maxLine, line.length * 2)));
      }
      System.arraycopy(chunk, pos, line, length, n);
      length += n;
    }

    byte[] buffer() {
      return line;
    }

    int length() {
      return length;
    }

    /** The bytes of the line, its line feed included. */
    long consumed() {
      return consumed;
    }

    boolean tooLong() {
      return tooLong;
    }
  }
}
