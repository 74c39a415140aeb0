package io.github.minutebook.cli;

import io.github.minutebook.json.MeetingRecord;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.Severity;
import io.github.minutebook.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * One run of {@code minutebook validate}: reads the inputs in order and validates their records on
 * all cores, handing the results to a {@link Report} in input order, in constant memory.
 *
 * <p>A reader thread opens each input in turn. It cuts NDJSON into batches of whole lines, each a
 * task for a pool with one thread a core that reads the batch with {@link
 * MinutebookJson#readNdjsonRecords} and validates its records; a single-document file is one task
 * that decodes and validates it; a JSON array is read record by record with {@link
 * MinutebookJson#readArrayRecords} on the reader thread (an array cannot be cut without parsing
 * it), and each record's validation is a task. The tasks' futures go through a bounded queue that
 * the calling thread drains in order: the reader waits while the queue is full, so only a few
 * batches are in memory at once, whatever the size of the input.
 */
final class ValidationRun {
  private static final MinutebookJson JSON = MinutebookJson.standard();

  /** About how many bytes of NDJSON lines go to one task. */
  static final int BATCH_BYTES = 256 * 1024;

  private final List<Inputs.Source> sources;
  private final InputStream stdin;
  private final Report report;
  private final PrintWriter err;
  private final boolean warningsAsErrors;
  private final @Nullable Integer maxErrors;
  private final Progress progress;
  private final int threads;
  private final MeetingValidator validator;
  private final BooleanSupplier outputFailed;

  private final AtomicLong bytesRead = new AtomicLong();
  private volatile boolean stop;
  /** Reads inputs in another format (OCDS, 360Giving) into records; null for Minutebook documents. */
  private java.util.function.@Nullable Function<InputStream, Stream<? extends Converted<? extends CouncilRecord>>> importer;

  /**
   * Reads every input with {@code importer} instead of as Minutebook documents: each record it
   * gives is validated, and each it could not convert is an unreadable record whose findings are
   * the importer's {@code FAILED} notes, with their codes ({@link Event.NotConverted}).
   */
  ValidationRun importing(
      java.util.function.Function<InputStream, Stream<? extends Converted<? extends CouncilRecord>>> importer) {
    this.importer = importer;
    return this;
  }

  ValidationRun(List<Inputs.Source> sources, InputStream stdin, Report report, PrintWriter err,
      boolean warningsAsErrors, @Nullable Integer maxErrors, Progress progress, int threads, MeetingValidator validator) {
    this(sources, stdin, report, err, warningsAsErrors, maxErrors, progress, threads, validator, () -> false);
  }

  /**
   * A run.
   *
   * @param outputFailed whether the report can no longer be written: asked after each event, and
   *     the run stops reading when it says so (the caller reports the failure)
   */
  ValidationRun(List<Inputs.Source> sources, InputStream stdin, Report report, PrintWriter err,
      boolean warningsAsErrors, @Nullable Integer maxErrors, Progress progress, int threads, MeetingValidator validator,
      BooleanSupplier outputFailed) {
    this.outputFailed = outputFailed;
    this.sources = sources;
    this.stdin = stdin;
    this.report = report;
    this.err = err;
    this.warningsAsErrors = warningsAsErrors;
    this.maxErrors = maxErrors;
    this.progress = progress;
    this.threads = Math.max(1, threads);
    // a record keeps its first findings as they are found, so that millions take the memory of a thousand
    this.validator = validator.maxViolations() <= Event.Checked.MOST_SHOWN ? validator
        : validator.toBuilder().maxViolations(Event.Checked.MOST_SHOWN).build();
  }

  /** Runs, reports, and returns the exit code. */
  int run() {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons("minutebook-validate"));
    BlockingQueue<Future<Event>> queue = new ArrayBlockingQueue<>(4 * threads + 4);
    Thread reader = daemons("minutebook-read").newThread(() -> read(pool, queue));
    reader.start();
    Tally total = new Tally();
    Tally file = new Tally();
    String fileName = "";
    boolean inFile = false;
    long files = 0;
    long unreadable = 0;
    boolean stopped = false;
    try {
      while (true) {
        Event event = take(queue);
        if (event instanceof Event.End) {
          break;
        } else if (event instanceof Event.FileStarted started) {
          files++;
          file = new Tally();
          fileName = started.name();
          inFile = true;
          report.fileStarted(started.name(), started.format());
        } else if (event instanceof Event.Checked checked) {
          stopped = check(checked, fileName, file, total);
        } else if (event instanceof Event.Batch batch) {
          for (Event.Checked checked : batch.records()) {
            // records are numbered within their batch; number them within the file
            Event.Checked numbered = new Event.Checked(file.records + 1, checked.line(), checked.error(),
                checked.notConverted(), checked.violations(), checked.leftOut());
            stopped = check(numbered, fileName, file, total);
            if (stopped) {
              break;
            }
          }
        } else if (event instanceof Event.FileFinished finished) {
          total.addAll(file);
          inFile = false;
          if (file.records == 0 && !stopped) {
            // valid (NDJSON may have no lines), but a pipeline whose upstream step wrote nothing should hear of it
            TerminalText.println(err, "minutebook: warning: " + finished.name() + " holds no records");
            err.flush();
          }
          report.fileFinished(finished.name(), file);
        } else if (event instanceof Event.InputFailed failed) {
          unreadable++;
          TerminalText.println(err, "minutebook: cannot read " + failed.name() + ": " + failed.problem());
          err.flush();
          if (inFile) {
            total.addAll(file);
          }
          report.inputFailed(failed.name(), failed.problem(), inFile ? file : null);
          inFile = false;
        } else if (event instanceof Event.ReaderFailed failed) {
          throw new IllegalStateException("the reader failed: " + failed.failure(), failed.failure());
        }
        if (outputFailed.getAsBoolean()) {
          break; // a full disk or a closed pipe: reading on would be work for nothing
        }
        if (stopped) {
          if (inFile) {
            total.addAll(file);
            report.fileFinished(fileName, file);
          }
          break;
        }
      }
    } finally {
      stop = true;
      drain(queue, reader);
      pool.shutdownNow();
      progress.close();
    }
    int exitCode = unreadable > 0 ? MinutebookCli.EXIT_USAGE
        : total.invalid > 0 ? MinutebookCli.EXIT_INVALID : MinutebookCli.EXIT_VALID;
    report.finished(new Report.Summary(files, unreadable, total, maxErrors, stopped, exitCode));
    return exitCode;
  }

  /** Counts and reports one record; returns whether the run stops here. */
  private boolean check(Event.Checked checked, String fileName, Tally file, Tally total) {
    file.add(checked, warningsAsErrors);
    report.record(fileName, checked);
    progress.update(bytesRead.get(), total.records + file.records);
    return maxErrors != null && total.errorsCounted() + file.errorsCounted() >= maxErrors;
  }

  /** Waits for the next event in order. */
  private static Event take(BlockingQueue<Future<Event>> queue) {
    try {
      Future<Event> next = queue.take();
      return next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("validation failed: " + cause, cause);
    }
  }

  /** After the run stops early, lets the reader see the flag and end. */
  private static void drain(BlockingQueue<Future<Event>> queue, Thread reader) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (reader.isAlive() && System.nanoTime() < deadline) {
      try {
        Future<Event> next = queue.poll(20, TimeUnit.MILLISECONDS);
        if (next != null) {
          next.cancel(true);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    queue.forEach(f -> f.cancel(true));
    queue.clear();
  }

  // --- the reader thread ---

  private void read(ExecutorService pool, BlockingQueue<Future<Event>> queue) {
    try {
      for (Inputs.Source source : sources) {
        if (stop) {
          return;
        }
        if (source instanceof Inputs.Unreadable unreadable) {
          put(queue, done(new Event.InputFailed(unreadable.name(), unreadable.problem())));
        } else if (source instanceof Inputs.Input input) {
          readInput(input, pool, queue);
        }
      }
    } catch (Throwable e) {
      put(queue, done(new Event.ReaderFailed(e)));
    } finally {
      put(queue, done(new Event.End()));
    }
  }

  private void readInput(Inputs.Input input, ExecutorService pool, BlockingQueue<Future<Event>> queue) {
    Inputs.Opened opened;
    try {
      opened = Inputs.open(input, stdin, bytesRead);
    } catch (IOException | UncheckedIOException e) {
      put(queue, done(new Event.InputFailed(input.name(), describe(e))));
      return;
    }
    try (opened) {
      put(queue, done(new Event.FileStarted(input.name(), opened.format())));
      java.util.function.@Nullable Function<InputStream, Stream<? extends Converted<? extends CouncilRecord>>> from = importer;
      if (from != null) {
        readImported(from.apply(opened.stream()), pool, queue);
        put(queue, done(new Event.FileFinished(input.name())));
        return;
      }
      switch (opened.format()) {
        case DOCUMENT -> readDocument(opened, pool, queue);
        case ARRAY -> readRecords(JSON.readArrayRecords(opened.stream()), pool, queue);
        case NDJSON -> readNdjson(opened.stream(), pool, queue);
      }
      put(queue, done(new Event.FileFinished(input.name())));
    } catch (IOException | UncheckedIOException e) {
      put(queue, done(new Event.InputFailed(input.name(), describe(e))));
    }
  }

  private void readDocument(Inputs.Opened opened, ExecutorService pool, BlockingQueue<Future<Event>> queue)
      throws IOException {
    long line = opened.firstLine();
    if (opened.size() > Inputs.MAX_DOCUMENT_BYTES) {
      put(queue, done(new Event.Checked(1, line, new MinutebookJsonException("the document has " + opened.size()
          + " bytes; at most " + Inputs.MAX_DOCUMENT_BYTES + " are read as one document"
          + " (write large collections as NDJSON, one document a line)", null, "", null), List.of())));
      return;
    }
    byte[] bytes;
    try {
      bytes = Inputs.readDocument(opened.stream());
    } catch (OutOfMemoryError e) {
      put(queue, done(new Event.Checked(1, line, outOfMemory(), List.of())));
      return;
    }
    put(queue, pool.submit(() -> {
      CouncilRecord meeting;
      try {
        meeting = JSON.decodeRecord(bytes);
      } catch (MinutebookJsonException e) {
        return new Event.Checked(1, line, e, List.of());
      } catch (OutOfMemoryError e) {
        return new Event.Checked(1, line, outOfMemory(), List.of());
      }
      return validate(1, line, meeting);
    }));
  }

  /**
   * Validates a record, keeping its first findings ({@link Event.Checked#validated}). A record
   * whose findings do not fit in the heap is reported as a finding of its own, {@value
   * #OUT_OF_MEMORY_CODE}, and the run goes on: what validation allocated is garbage again.
   */
  private Event.Checked validate(long number, long line, CouncilRecord meeting) {
    try {
      return Event.Checked.validated(number, line, validator.validate(meeting));
    } catch (OutOfMemoryError e) {
      return new Event.Checked(number, line, null, List.of(validationOutOfMemory()));
    }
  }

  /** The code of the finding for a record whose validation ran out of memory. */
  static final String OUT_OF_MEMORY_CODE = "validation.out-of-memory";

  /** The finding for a record whose validation needed more memory than the virtual machine has. */
  static Violation validationOutOfMemory() {
    return Violation.builder().path("").code(OUT_OF_MEMORY_CODE).severity(Severity.ERROR)
        .template("The record could not be validated in the memory given to Java ({memory} MiB): its findings do not"
            + " fit; run java with a larger -Xmx")
        .putParameter("memory", Long.toString(Runtime.getRuntime().maxMemory() >> 20))
        .build();
  }

  private void readImported(Stream<? extends Converted<? extends CouncilRecord>> records, ExecutorService pool,
      BlockingQueue<Future<Event>> queue) {
    try (records) {
      Iterator<? extends Converted<? extends CouncilRecord>> it = records.iterator();
      long number = 0;
      while (!stop && it.hasNext()) {
        Converted<? extends CouncilRecord> record = it.next();
        long n = ++number;
        CouncilRecord value = record.value().orElse(null);
        if (value == null) {
          // the importer's own codes and reasons, not a generic one: they say what to mend in the source
          put(queue, done(Event.Checked.notConverted(n,
              new Event.NotConverted(record.source(), record.notes(ConversionNote.Kind.FAILED)))));
        } else {
          put(queue, pool.submit(() -> validate(n, 0, value)));
        }
      }
    }
  }

  private void readRecords(Stream<MeetingRecord> records, ExecutorService pool,
      BlockingQueue<Future<Event>> queue) {
    try (records) {
      Iterator<MeetingRecord> it = records.iterator();
      // the reader reports a record the heap cannot hold, and goes on
      while (!stop && it.hasNext()) {
        MeetingRecord record = it.next();
        long number = record.number();
        long line = record.line();
        MinutebookJsonException error = record.error().orElse(null);
        if (error != null) {
          put(queue, done(new Event.Checked(number, line, error, List.of())));
        } else {
          CouncilRecord meeting = record.recordOrThrow();
          put(queue, pool.submit(() -> validate(number, line, meeting)));
        }
      }
    }
  }

  /**
   * Reads NDJSON in batches of whole lines, about {@value #BATCH_BYTES} bytes each, that the pool
   * decodes (where they lie, with {@link MinutebookJson#readNdjsonRecords(byte[], int, int)}) and
   * validates in parallel; lines and byte offsets are then moved to their place in the whole
   * input. A line longer than a document may be is reported as the reader would report it, and
   * skipped without being kept.
   */
  private void readNdjson(InputStream in, ExecutorService pool, BlockingQueue<Future<Event>> queue)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    byte[] pending = new byte[2 * BATCH_BYTES];
    int length = 0;
    int lastNewline = -1; // in pending: where the last whole line ends
    long firstLine = 1;
    long firstByte = 0;
    boolean skipping = false;
    for (int read = in.read(buffer); read >= 0 && !stop; read = in.read(buffer)) {
      int from = 0;
      if (skipping) {
        int end = indexOf(buffer, 0, read, (byte) '\n');
        firstByte += end < 0 ? read : end + 1;
        if (end < 0) {
          continue;
        }
        skipping = false;
        firstLine++;
        from = end + 1;
      }
      int needed = length + read - from;
      if (needed > pending.length) {
        // a line longer than a batch: grow by half, not double, to keep a long line's footprint near its size
        int most = Math.max(needed, (int) Inputs.MAX_DOCUMENT_BYTES + 2 * buffer.length);
        try {
          pending = Arrays.copyOf(pending, Math.min(Math.max(pending.length + pending.length / 2, needed), most));
        } catch (OutOfMemoryError e) {
          // a line too long to hold in this heap: report it, and skip the rest of it
          pending = new byte[2 * BATCH_BYTES];
          put(queue, done(new Event.Batch(List.of(new Event.Checked(1, firstLine, outOfMemory(), List.of())))));
          firstByte += length + read - from;
          length = 0;
          lastNewline = -1;
          skipping = true;
          int end = indexOf(buffer, from, read, (byte) '\n');
          if (end >= 0) { // the long line ends in what was just read
            firstByte -= read - end - 1;
            skipping = false;
            firstLine++;
            System.arraycopy(buffer, end + 1, pending, 0, read - end - 1);
            length = read - end - 1;
            lastNewline = lastIndexOf(pending, 0, length, (byte) '\n');
          }
          continue;
        }
      }
      System.arraycopy(buffer, from, pending, length, read - from);
      int end = lastIndexOf(buffer, from, read, (byte) '\n');
      if (end >= 0) {
        lastNewline = length + end - from;
      }
      length += read - from;
      if (length < BATCH_BYTES) {
        continue;
      }
      int cut = lastNewline + 1;
      if (cut == 0) {
        if (length > Inputs.MAX_DOCUMENT_BYTES + 1) { // a line of the limit may still hold its '\r'
          // one line longer than any document: report it as the reader would, and skip the rest of it
          MinutebookJsonException tooLong = new MinutebookJsonException("the line has more than "
              + Inputs.MAX_DOCUMENT_BYTES + " bytes", new TokenStreamLocation(null, firstByte, -1L,
                  (int) Math.min(Integer.MAX_VALUE, firstLine), 0), "", null);
          put(queue, done(new Event.Batch(List.of(new Event.Checked(1, firstLine, tooLong, List.of())))));
          firstByte += length;
          length = 0;
          pending = new byte[2 * BATCH_BYTES];
          skipping = true;
        }
        continue;
      }
      // the batch takes the buffer itself; what follows its last line starts a new one
      byte[] batch = pending;
      pending = new byte[Math.max(2 * BATCH_BYTES, length - cut)];
      System.arraycopy(batch, cut, pending, 0, length - cut);
      long lines = count(batch, cut, (byte) '\n');
      submitBatch(batch, cut, firstLine, firstByte, pool, queue);
      firstLine += lines;
      firstByte += cut;
      length -= cut;
      lastNewline = -1;
    }
    if (length > 0 && !stop) {
      submitBatch(pending, length, firstLine, firstByte, pool, queue);
    }
  }

  private void submitBatch(byte[] lines, int length, long firstLine, long firstByte, ExecutorService pool,
      BlockingQueue<Future<Event>> queue) {
    put(queue, pool.submit(() -> {
      List<Event.Checked> checked = new ArrayList<>();
      // a record too large to decode in the heap comes back as a failed record, and the rest of the
      // batch is read on
      try (Stream<MeetingRecord> records = JSON.readNdjsonRecords(lines, 0, length)) {
        records.forEach(record -> {
          long line = record.line() + firstLine - 1;
          MinutebookJsonException error = record.error().orElse(null);
          if (error != null) {
            checked.add(new Event.Checked(record.number(), line, relocate(error, firstLine, firstByte), List.of()));
            return;
          }
          checked.add(validate(record.number(), line, record.recordOrThrow()));
        });
      }
      return new Event.Batch(checked);
    }));
  }

  /** The error for a record that could not be decoded in the memory the virtual machine was given. */
  static MinutebookJsonException outOfMemory() {
    return new MinutebookJsonException("the record is too large to decode in the memory given to Java "
        + "(" + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); run java with a larger -Xmx", null, "", null);
  }

  /** Moves an error located in a batch to its place in the whole input. */
  private static MinutebookJsonException relocate(MinutebookJsonException e, long firstLine, long firstByte) {
    int line = e.line() > 0 ? (int) Math.min(Integer.MAX_VALUE, e.line() + firstLine - 1) : 0;
    long byteOffset = e.byteOffset() >= 0 ? e.byteOffset() + firstByte : -1;
    return new MinutebookJsonException(e.problem(), new TokenStreamLocation(null, byteOffset, -1L, line, e.column()),
        e.pointer(), e);
  }

  private static int indexOf(byte[] bytes, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] bytes, int from, int to, byte b) {
    for (int i = to - 1; i >= from; i--) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static long count(byte[] bytes, int length, byte b) {
    long count = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == b) {
        count++;
      }
    }
    return count;
  }

  /** Queues an event, waiting while the queue is full, unless the run stops. */
  private void put(BlockingQueue<Future<Event>> queue, Future<Event> event) {
    try {
      while (!queue.offer(event, 50, TimeUnit.MILLISECONDS)) {
        if (stop) {
          event.cancel(true);
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop = true;
    }
  }

  private static Future<Event> done(Event event) {
    return CompletableFuture.completedFuture(event);
  }

  private static String describe(Exception e) {
    if (e instanceof UncheckedIOException u) {
      return Inputs.describe(Objects.requireNonNull(u.getCause())); // it always has one
    }
    return Inputs.describe((IOException) e);
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
