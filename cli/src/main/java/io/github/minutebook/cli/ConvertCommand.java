package io.github.minutebook.cli;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.json.MeetingRecord;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.legistar.LegistarFiles;
import io.github.minutebook.legistar.LegistarImport;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.moderngov.ModernGovFiles;
import io.github.minutebook.ocds.OcdsExporter;
import io.github.minutebook.ocds.OcdsImport;
import io.github.minutebook.ocds.ReleasePackageWriter;
import io.github.minutebook.ocd.OcdExporter;
import io.github.minutebook.ocd.OcdWriter;
import io.github.minutebook.oparl.OparlExporter;
import io.github.minutebook.oparl.OparlImport;
import io.github.minutebook.oparl.OparlListWriter;
import io.github.minutebook.threesixtygiving.GrantReader;
import io.github.minutebook.threesixtygiving.GrantWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minutebook convert}: records from one format to another, streamed. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = MinutebookCommand.Version.class,
    description = {"Converts records between Minutebook and the open standards, one record at a time.",
        "",
        "Reads Minutebook documents (.json, .ndjson, .jsonl), OCDS release and record packages, or 360Giving",
        "grant packages, and writes Minutebook NDJSON (one document a line), an OCDS release package or a",
        "360Giving grant package to standard output or --output. What each record met on the way",
        "is reported on standard error: records that could not be converted, values left out, and, with",
        "--notes, what the other format could not carry and the quirks read as they are meant.",
        ""},
    footer = {"", "Exit codes: 0 every record converted, 1 a record could not be converted,",
        "2 unreadable input, unwritable output or bad usage."})
final class ConvertCommand implements Callable<Integer> {
  private static final MinutebookJson JSON = MinutebookJson.standard();

  /** The formats records are read from and written to. */
  enum Format {
    minutebook, ocds, giving360, oparl, ocd, moderngov, legistar;

    /** The name on the command line. */
    String word() {
      return this == giving360 ? "360giving" : name();
    }

    static Format of(String word) {
      for (Format format : values()) {
        if (format.word().equals(word)) {
          return format;
        }
      }
      throw new IllegalArgumentException("expected minutebook, ocds, 360giving, oparl, ocd, moderngov or legistar, not "
          + word);
    }
  }

  private final InputStream stdin;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files, folders (searched for *.json, *.ndjson, *.jsonl), or - for"
      + " standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--from", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "What the inputs hold: minutebook, ocds (release or record packages), 360giving (grant packages) or"
          + " oparl (OParl 1.1 objects, list pages or arrays of Meetings and Papers, as saved from a council's OParl server),"
          + " moderngov (a folder of saved ModernGov web-service responses and decision pages, *.xml and *.html) or"
          + " legistar (a folder of saved Legistar Web API responses, *.json; needs --client).")
  Format from = Format.minutebook;

  @Option(names = "--to", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "What to write: minutebook (NDJSON, the default), ocds (a release package), 360giving (a grant"
          + " package), oparl (an OParl 1.1 list page) or ocd (an array of Open Civic Data events and vote events).")
  Format to = Format.minutebook;

  @Option(names = "--ocid-prefix", paramLabel = "PREFIX", description = "With --to ocds: your registered ocid prefix, ocds-"
      + " and six letters or digits.")
  @Nullable String ocidPrefix;

  @Option(names = "--publisher", paramLabel = "NAME", description = "With --to ocds: the publisher's name (package publisher.name).")
  @Nullable String publisher;

  @Option(names = "--package-uri", paramLabel = "URI", description = "With --to ocds: the address the package is published at.")
  @Nullable String packageUri;

  @Option(names = "--license", paramLabel = "URI", description = "With --to ocds: the licence's address.")
  @Nullable String license;

  @Option(names = "--base-url", paramLabel = "URL", description = "With --to oparl: your OParl server's address, under"
      + " which objects without a URL of their own get one, such as https://ris.example.org/oparl/.")
  @Nullable String baseUrl;

  @Option(names = "--source", paramLabel = "URL", description = "With --to ocd: the address the records were taken"
      + " from, given as every object's source.")
  @Nullable String sourceUrl;

  /** With --from legistar: the city's client name and zone. */
  @Mixin
  LegistarOptions legistar = new LegistarOptions();

  @Option(names = "--grant-prefix", paramLabel = "PREFIX", description = "With --to 360giving: your registered identifier"
      + " prefix, such as 360G-barchester.")
  @Nullable String grantPrefix;

  /** Reads the formats' command-line words. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.of(value);
    }
  }

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  @Option(names = "--notes", description = "Also report, for each record, what was not carried and the quirks read as meant.")
  boolean notes;

  @Option(names = "--no-progress", description = "Never show a progress bar (it is shown only in a terminal).")
  boolean noProgress;

  ConvertCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing PATH: name files, folders, or - for standard input");
    }
    if (paths.contains("")) {
      throw new ParameterException(spec.commandLine(), ValidateCommand.EMPTY_PATH);
    }
    if (to == Format.ocds && (ocidPrefix == null || publisher == null || packageUri == null)) {
      throw new ParameterException(spec.commandLine(), "--to ocds needs --ocid-prefix, --publisher and --package-uri:"
          + " an OCDS release package names its publisher and its own address");
    }
    LegistarImport legistarImport = from == Format.legistar ? legistar.importer(spec, "--from legistar") : null;
    if ((from == Format.moderngov || from == Format.legistar) && paths.contains("-")) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " reads saved responses from files and"
          + " folders, not standard input: the responses of one council are read together");
    }
    if (to == Format.moderngov || to == Format.legistar) {
      throw new ParameterException(spec.commandLine(), "--to " + to + " is not available: " + to + " is read"
          + " (--from " + to + ", minutebook import " + to + "), not written");
    }
    if (from == Format.ocd) {
      throw new ParameterException(spec.commandLine(), "--from ocd is not available: Open Civic Data is written"
          + " (--to ocd), not read");
    }
    if (to == Format.oparl && baseUrl == null) {
      throw new ParameterException(spec.commandLine(), "--to oparl needs --base-url: every OParl object's id is a URL,"
          + " made under your OParl server's address where the record has none of its own");
    }
    if (to == Format.giving360 && grantPrefix == null) {
      throw new ParameterException(spec.commandLine(), "--to 360giving needs --grant-prefix: every grant's identifier"
          + " starts with its publisher's registered prefix");
    }
    List<String> walkNotes = new ArrayList<>();
    List<Inputs.Source> sources = Inputs.expand(paths, walkNotes, extensions());
    walkNotes.forEach(note -> TerminalText.println(err, "minutebook: " + note));
    Tally tally = new Tally();
    int exitCode = MinutebookCli.EXIT_VALID;
    AtomicLong bytesRead = new AtomicLong();
    try (OutputStream stream = output == null ? new WriterOutputStream(out)
            : new BufferedOutputStream(Files.newOutputStream(output));
        Sink sink = sink(stream);
        Progress progress = noProgress ? Progress.NONE : Progress.forTerminal(-1)) {
      List<Path> savedResponses = new ArrayList<>();
      for (Inputs.Source source : sources) {
        if (source instanceof Inputs.Unreadable unreadable) {
          TerminalText.println(err, "minutebook: cannot read " + unreadable.name() + ": " + unreadable.problem());
          exitCode = MinutebookCli.EXIT_USAGE;
          continue;
        }
        Inputs.Input input = (Inputs.Input) source;
        if (from == Format.moderngov || from == Format.legistar) {
          savedResponses.add(Objects.requireNonNull(input.path(), "standard input is refused above"));
          continue;
        }
        try (Inputs.Opened opened = Inputs.open(input, stdin, bytesRead);
            Stream<Converted<CouncilRecord>> records = read(opened)) {
          if (!drain(input.name() + ": ", records.iterator(), sink, tally, progress, bytesRead, err)) {
            return MinutebookCli.EXIT_USAGE; // MinutebookCli.run says why
          }
        } catch (IOException | UncheckedIOException e) {
          IOException cause = e instanceof UncheckedIOException u ? Objects.requireNonNull(u.getCause()) : (IOException) e;
          TerminalText.println(err, "minutebook: cannot read " + input.name() + ": " + Inputs.describe(cause));
          exitCode = MinutebookCli.EXIT_USAGE;
        }
      }
      if (!savedResponses.isEmpty()) {
        Consumer<String> remark = text -> TerminalText.println(err, "minutebook: " + text);
        try (Stream<Converted<CouncilRecord>> records = from == Format.moderngov
            ? ModernGovFiles.read(savedResponses, remark)
            : LegistarFiles.read(Objects.requireNonNull(legistarImport), savedResponses, remark)) {
          if (!drain("", records.iterator(), sink, tally, progress, bytesRead, err)) {
            return MinutebookCli.EXIT_USAGE;
          }
        }
      }
      if (tally.failed > 0) {
        exitCode = Math.max(exitCode, MinutebookCli.EXIT_INVALID);
      }
    } catch (IOException | UncheckedIOException e) {
      TerminalText.println(err, "minutebook: cannot write " + (output == null ? "the output" : output) + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return MinutebookCli.EXIT_USAGE;
    }
    TerminalText.println(err, tally.summary());
    err.flush();
    return exitCode;
  }

  /**
   * Converts and writes records until there are no more.
   *
   * @param prefix put before each record's source in reports: its input's name, or nothing where
   *     the source names its file
   * @return false when the output failed (standard output closed)
   */
  private boolean drain(String prefix, Iterator<Converted<CouncilRecord>> records, Sink sink, Tally tally,
      Progress progress, AtomicLong bytesRead, PrintWriter err) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    while (records.hasNext()) {
      Converted<CouncilRecord> record = records.next();
      List<ConversionNote> written = new ArrayList<>(record.notes());
      if (record.isConverted()) {
        written.addAll(sink.write(record.value().orElseThrow()));
      }
      boolean failed = !record.isConverted() || written.stream().anyMatch(n -> n.kind() == Kind.FAILED);
      tally.add(failed, written);
      report(prefix + record.source(), written, err);
      progress.update(bytesRead.get(), tally.records);
      if (CheckedWriter.failure(out) != null) {
        return false;
      }
    }
    return true;
  }

  /** The extensions of the files a folder is searched for, by the format read. */
  private List<String> extensions() {
    return switch (from) {
      case moderngov -> List.of("xml", "html", "htm");
      case legistar -> List.of("json");
      default -> Inputs.MINUTEBOOK_EXTENSIONS;
    };
  }

  /** The records of one input, converted to Minutebook values. */
  private Stream<Converted<CouncilRecord>> read(Inputs.Opened opened) {
    return switch (from) {
      case ocds -> OcdsImport.standard().read(opened.stream()).map(ConvertCommand::widen);
      case giving360 -> GrantReader.read(opened.stream()).map(ConvertCommand::widen);
      case oparl -> OparlImport.read(opened.stream());
      case ocd -> throw new IllegalStateException("--from ocd is refused before any input is read");
      case moderngov, legistar -> throw new IllegalStateException("saved responses are read together, not by input");
      case minutebook -> minutebook(opened);
    };
  }

  @SuppressWarnings("unchecked") // a Converted is read-only: one of DecisionRecord is one of CouncilRecord
  private static Converted<CouncilRecord> widen(Converted<? extends CouncilRecord> converted) {
    return (Converted<CouncilRecord>) converted;
  }

  private static Stream<Converted<CouncilRecord>> minutebook(Inputs.Opened opened) {
    if (opened.format() == InputFormat.DOCUMENT) {
      String source = "line " + opened.firstLine();
      try {
        return Stream.of(Converted.of(source, JSON.decodeRecord(Inputs.readDocument(opened.stream())), List.of()));
      } catch (MinutebookJsonException e) {
        return Stream.of(unreadable(source, e));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Stream<MeetingRecord> records = opened.format() == InputFormat.ARRAY
        ? JSON.readArrayRecords(opened.stream()) : JSON.readNdjsonRecords(opened.stream());
    return records.map(record -> {
      String source = "record " + record.number() + " (line " + record.line() + ")";
      return record.record().map(value -> Converted.of(source, value, List.of()))
          .orElseGet(() -> unreadable(source, record.error().orElseThrow()));
    });
  }

  private static Converted<CouncilRecord> unreadable(String source, MinutebookJsonException e) {
    return Converted.failed(source, List.of(new ConversionNote(Kind.FAILED, "json.unreadable", e.pointer(),
        e.getMessage() == null ? e.problem() : e.getMessage())));
  }

  /** Where converted records are written: one format's writer over the output. */
  private interface Sink extends AutoCloseable {
    /** Writes one record; what it could not write is said in the notes. */
    List<ConversionNote> write(CouncilRecord record) throws IOException;

    @Override
    void close() throws IOException;
  }

  /** A sink of a package writer: its write, and its close, which ends the package. */
  private static Sink of(java.util.function.Function<CouncilRecord, List<ConversionNote>> write, Runnable close) {
    return new Sink() {
      @Override
      public List<ConversionNote> write(CouncilRecord record) {
        return write.apply(record);
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }

  private Sink sink(OutputStream out) {
    return switch (to) {
      case minutebook -> new Sink() {
        @Override
        public List<ConversionNote> write(CouncilRecord record) throws IOException {
          byte[] bytes;
          try {
            bytes = JSON.encode(record);
          } catch (MinutebookJsonException e) {
            return List.of(new ConversionNote(Kind.FAILED, "json.unwritable", e.pointer(), e.problem()));
          }
          out.write(bytes);
          out.write('\n');
          return List.of();
        }

        @Override
        public void close() {}
      };
      case ocds -> {
        OcdsExporter.Builder exporter = OcdsExporter.builder(Objects.requireNonNull(ocidPrefix))
            .publisher(Objects.requireNonNull(publisher)).packageUri(Objects.requireNonNull(packageUri));
        if (license != null) {
          exporter = exporter.license(license);
        }
        ReleasePackageWriter writer = exporter.build().writer(out);
        yield of(writer::write, writer::close);
      }
      case oparl -> {
        OparlListWriter writer = OparlExporter.builder(Objects.requireNonNull(baseUrl)).build().writer(out);
        yield of(writer::write, writer::close);
      }
      case ocd -> {
        OcdExporter.Builder exporter = OcdExporter.builder();
        if (sourceUrl != null) {
          exporter = exporter.source(sourceUrl);
        }
        OcdWriter writer = exporter.build().writer(out);
        yield of(writer::write, writer::close);
      }
      case moderngov, legistar -> throw new IllegalStateException("--to " + to + " is refused before any output");
      case giving360 -> {
        GrantWriter writer = GrantWriter.builder(Objects.requireNonNull(grantPrefix)).build(out);
        yield of(writer::write, writer::close);
      }
    };
  }

  private void report(String source, List<ConversionNote> written, PrintWriter err) {
    for (ConversionNote note : written) {
      if (notes || note.kind() == Kind.FAILED || note.kind() == Kind.LEFT_OUT) {
        TerminalText.println(err, source + ": " + note);
      }
    }
  }

  /** Counts of what a run converted and met. */
  private static final class Tally {
    long records;
    long failed;
    final Map<Kind, Long> byKind = new EnumMap<>(Kind.class);
    final Map<String, Long> byCode = new TreeMap<>();

    void add(boolean recordFailed, List<ConversionNote> notes) {
      records++;
      if (recordFailed) {
        failed++;
      }
      for (ConversionNote note : notes) {
        byKind.merge(note.kind(), 1L, Long::sum);
        byCode.merge(note.code(), 1L, Long::sum);
      }
    }

    String summary() {
      StringBuilder text = new StringBuilder("Converted " + (records - failed) + " of " + records
          + (records == 1 ? " record" : " records"));
      if (!byKind.isEmpty()) {
        text.append("; notes: ");
        byKind.forEach((kind, count) -> text.append(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
            .append(' ').append(count).append(", "));
        text.setLength(text.length() - 2);
      }
      return text.toString();
    }
  }
}
