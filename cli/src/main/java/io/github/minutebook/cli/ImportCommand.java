package io.github.minutebook.cli;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.http.Checkpoint;
import io.github.minutebook.http.CouncilServiceException;
import io.github.minutebook.http.PoliteClient;
import io.github.minutebook.http.ProgressListener;
import io.github.minutebook.http.RetriesExhaustedException;
import io.github.minutebook.http.ServiceGoneException;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.legistar.LegistarClient;
import io.github.minutebook.legistar.LegistarImport;
import io.github.minutebook.legistar.WebApi;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.moderngov.ModernGovClient;
import io.github.minutebook.moderngov.ModernGovUrls;
import io.github.minutebook.oparl.OparlClient;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code minutebook import}: a council's records read from its live service, written as NDJSON. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = MinutebookCommand.Version.class,
    description = {"Reads a council's meetings and decisions from the service it publishes them with, and writes",
        "them as Minutebook NDJSON (one record a line) to standard output or --output.",
        "",
        "Requests are polite: one a second by default, retried with back-off on 429 and 5xx, and",
        "--checkpoint FILE lets an interrupted import resume where it stopped.",
        ""},
    subcommands = {ImportCommand.ModernGov.class, ImportCommand.Legistar.class, ImportCommand.Oparl.class},
    footer = {"", "Exit codes: 0 every record imported, 1 a record could not be converted (the others are written),",
        "2 the service is gone or did not answer, unwritable output or bad usage."})
final class ImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing the system: minutebook import moderngov|legistar|oparl");
  }

  /** What every import takes: where to write, how to resume, how politely to ask. */
  static final class Options {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output;"
        + " with --checkpoint, a FILE of an earlier run is added to when its checkpoint holds what that run did, so that a"
        + " resumed import completes it.")
    @Nullable Path output;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Remember in FILE what was imported; a later"
        + " run with the same FILE skips it and goes on where this one stopped.")
    @Nullable Path checkpoint;

    @Option(names = "--contact", paramLabel = "EMAIL|URL", description = "Who to contact about the requests, sent in"
        + " the User-Agent so that a council's web team can reach you rather than block you.")
    @Nullable String contact;

    @Option(names = "--requests-per-second", paramLabel = "N", defaultValue = "1",
        description = "At most N requests a second (default ${DEFAULT-VALUE}); a fraction such as 0.5 for fewer.")
    double requestsPerSecond = 1;

    @Option(names = "--notes", description = "Also report, for each record, what was not carried and the quirks read"
        + " as meant.")
    boolean notes;

    @Option(names = "--no-progress", description = "Never show a progress bar (it is shown only in a terminal).")
    boolean noProgress;
  }

  /** A harvest of one system, delivering each record to a sink. */
  interface Harvest {
    /**
     * Runs the harvest.
     *
     * @param http the client to ask with
     * @param checkpoint what was done before
     * @param sink receives each record
     * @return a sentence on what was asked, for the summary
     */
    String run(PoliteClient http, Checkpoint checkpoint, java.util.function.Consumer<Converted<CouncilRecord>> sink)
        throws CouncilServiceException, InterruptedException;
  }

  /**
   * Runs one harvest with the options: the shared part of the three systems' commands.
   *
   * @return the exit code
   */
  static int importing(CommandSpec spec, Options options, Harvest harvest) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!(options.requestsPerSecond > 0) || options.requestsPerSecond > 100) {
      throw new ParameterException(spec.commandLine(), "--requests-per-second must be more than 0 and at most 100,"
          + " not " + options.requestsPerSecond);
    }
    AtomicLong requests = new AtomicLong();
    Tally tally = new Tally();
    Progress progress = options.noProgress || !Progress.standardErrorIsTerminal() ? Progress.NONE
        : new TerminalProgress("Importing", -1, " records", 1, " requests");
    PoliteClient.Builder client = PoliteClient.builder().requestsPerSecond(options.requestsPerSecond)
        .listener(new ProgressListener() {
          @Override
          public void responseReceived(URI uri, int status) {
            progress.update(tally.records, requests.incrementAndGet());
          }

          @Override
          public void retrying(URI uri, int failedAttempt, Duration wait, String reason) {
            TerminalText.println(err, "minutebook: " + uri + ": " + reason + "; asking again in "
                + Math.max(1, wait.toSeconds()) + " s (attempt " + (failedAttempt + 1) + ")");
          }
        });
    if (options.contact != null) {
      client = client.contact(options.contact);
    }
    // a run resumes only from a checkpoint that holds something: only then is the output completed, not replaced
    boolean resuming = options.checkpoint != null && nonEmpty(options.checkpoint);
    Checkpoint checkpoint;
    try {
      checkpoint = options.checkpoint == null ? Checkpoint.inMemory() : Checkpoint.inFile(options.checkpoint);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      TerminalText.println(err, "minutebook: cannot use the checkpoint " + options.checkpoint + ": " + e.getMessage());
      return MinutebookCli.EXIT_USAGE;
    }
    boolean append = resuming && options.output != null && Files.exists(options.output);
    String summary;
    try (OutputStream stream = options.output == null ? new WriterOutputStream(out)
            : new BufferedOutputStream(append
                ? Files.newOutputStream(options.output, StandardOpenOption.APPEND)
                : Files.newOutputStream(options.output));
        Progress shown = progress) {
      NdjsonSink sink = new NdjsonSink(stream, tally, options.notes, err);
      try {
        summary = harvest.run(client.build(), checkpoint, sink);
      } catch (ServiceGoneException e) {
        TerminalText.println(err, "minutebook: the service is gone: " + e.getMessage());
        return finish(err, tally, MinutebookCli.EXIT_USAGE);
      } catch (CouncilServiceException e) {
        TerminalText.println(err, "minutebook: " + (e instanceof RetriesExhaustedException ? "no answer: " : "")
            + e.getMessage() + (options.checkpoint == null ? "" : "; run again with the same --checkpoint to go on"
                + " from here"));
        return finish(err, tally, MinutebookCli.EXIT_USAGE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        TerminalText.println(err, "minutebook: interrupted");
        return finish(err, tally, MinutebookCli.EXIT_USAGE);
      }
      if (CheckedWriter.failure(out) != null) {
        return MinutebookCli.EXIT_USAGE; // MinutebookCli.run says why
      }
    } catch (IOException | UncheckedIOException e) {
      TerminalText.println(err, "minutebook: cannot write " + (options.output == null ? "the output" : options.output)
          + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return MinutebookCli.EXIT_USAGE;
    }
    TerminalText.println(err, summary);
    return finish(err, tally, tally.failed > 0 ? MinutebookCli.EXIT_INVALID : MinutebookCli.EXIT_VALID);
  }

  private static boolean nonEmpty(Path file) {
    try {
      return Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static int finish(PrintWriter err, Tally tally, int exitCode) {
    TerminalText.println(err, "Imported " + (tally.records - tally.failed) + " of " + tally.records
        + (tally.records == 1 ? " record" : " records") + (tally.notes.isEmpty() ? "" : "; notes: " + tally.notes()));
    err.flush();
    return exitCode;
  }

  /** Counts of what an import delivered. */
  private static final class Tally {
    long records;
    long failed;
    final java.util.Map<Kind, Long> notes = new java.util.EnumMap<>(Kind.class);

    String notes() {
      List<String> parts = new ArrayList<>();
      notes.forEach((kind, count) -> parts.add(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + count));
      return String.join(", ", parts);
    }
  }

  /** Writes each record delivered as a line of NDJSON and reports its notes. */
  private static final class NdjsonSink implements java.util.function.Consumer<Converted<CouncilRecord>> {
    private static final MinutebookJson JSON = MinutebookJson.standard();
    private final OutputStream out;
    private final Tally tally;
    private final boolean allNotes;
    private final PrintWriter err;

    NdjsonSink(OutputStream out, Tally tally, boolean allNotes, PrintWriter err) {
      this.out = out;
      this.tally = tally;
      this.allNotes = allNotes;
      this.err = err;
    }

    @Override
    public void accept(Converted<CouncilRecord> record) {
      List<ConversionNote> notes = new ArrayList<>(record.notes());
      if (record.isConverted()) {
        try {
          out.write(JSON.encode(record.value().orElseThrow()));
          out.write('\n');
          out.flush(); // a record is done once written: the checkpoint then marks it
        } catch (MinutebookJsonException e) {
          notes.add(new ConversionNote(Kind.FAILED, "json.unwritable", e.pointer(), e.problem()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      tally.records++;
      if (!record.isConverted() || notes.stream().anyMatch(n -> n.kind() == Kind.FAILED)) {
        tally.failed++;
      }
      for (ConversionNote note : notes) {
        tally.notes.merge(note.kind(), 1L, Long::sum);
        if (allNotes || note.kind() == Kind.FAILED || note.kind() == Kind.LEFT_OUT) {
          TerminalText.println(err, record.source() + ": " + note);
        }
      }
    }
  }

  /** A system's import command: its options, checked, give a harvest, run with the shared options. */
  abstract static class SystemCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Options options = new Options();

    /**
     * The harvest the command's options ask for.
     *
     * @throws ParameterException when an option cannot be used
     */
    abstract Harvest harvest();

    @Override
    public final Integer call() {
      return importing(spec, options, harvest());
    }
  }

  @SuppressWarnings("unchecked") // a Converted is read-only: one of Meeting is one of CouncilRecord
  private static Converted<CouncilRecord> widen(Converted<? extends CouncilRecord> converted) {
    return (Converted<CouncilRecord>) converted;
  }

  /** {@code minutebook import moderngov}. */
  @Command(name = "moderngov", mixinStandardHelpOptions = true, versionProvider = MinutebookCommand.Version.class,
      description = {"Imports the meetings of every committee of a council's ModernGov site between two dates:",
          "GetCommittees, then GetMeetings for each committee, then GetMeeting for each meeting.", ""},
      footer = {"", "Example: minutebook import moderngov --site https://democracy.manchester.gov.uk \\",
          "    --from 2026-01-01 --to 2026-03-31 --checkpoint manchester.checkpoint -o manchester.ndjson"})
  static final class ModernGov extends SystemCommand {
    @Option(names = "--site", required = true, paramLabel = "URL", description = "The council's ModernGov site, such as"
        + " https://democracy.manchester.gov.uk (the address its mgWebService.asmx is under).")
    String site = "";

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first day of the meetings,"
        + " as 2026-01-31.")
    LocalDate from = LocalDate.MIN;

    @Option(names = "--to", paramLabel = "DATE", description = "The last day, included (default: today).")
    @Nullable LocalDate to;

    @Override
    Harvest harvest() {
      ModernGovUrls urls;
      try {
        urls = ModernGovUrls.of(site);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--site: " + e.getMessage());
      }
      LocalDate last = to == null ? LocalDate.now(ZoneId.systemDefault()) : to;
      if (last.isBefore(from)) {
        throw new ParameterException(spec.commandLine(), "--to " + last + " is before --from " + from);
      }
      return (http, checkpoint, sink) -> {
        ModernGovClient.Summary done = ModernGovClient.of(urls, http, checkpoint)
            .harvest(from, last, meeting -> sink.accept(widen(meeting)));
        return "Asked " + done.requests() + " requests of " + urls.base() + ": " + done.committees() + " committees, "
            + done.meetingsDelivered() + " meetings read, " + done.meetingsSkipped() + " done before";
      };
    }
  }

  /** {@code minutebook import legistar}. */
  @Command(name = "legistar", mixinStandardHelpOptions = true, versionProvider = MinutebookCommand.Version.class,
      description = {"Imports a city's meetings from its Legistar Web API: the events since a day, each with its",
          "items and their votes.", ""},
      footer = {"", "Example: minutebook import legistar --client chicago --zone America/Chicago \\",
          "    --since 2024-01-01 --checkpoint chicago.checkpoint -o chicago.ndjson"})
  static final class Legistar extends SystemCommand {
    /** The city's client name (required here) and zone. */
    @Mixin
    LegistarOptions city = new LegistarOptions();

    @Option(names = "--since", required = true, paramLabel = "DATE", description = "The first day of the events,"
        + " as 2024-01-01.")
    LocalDate since = LocalDate.MIN;

    @Option(names = "--token", paramLabel = "TOKEN", description = "The API token, for the cities that ask for one.")
    @Nullable String token;

    @Option(names = "--api", paramLabel = "URL", description = "The Web API's address, if not"
        + " https://webapi.legistar.com/v1/.")
    @Nullable URI api;

    @Override
    Harvest harvest() {
      LegistarImport mapping = city.importer(spec, "import legistar");
      String client = mapping.client();
      WebApi webApi;
      try {
        webApi = api == null ? WebApi.of(client) : WebApi.at(api, client);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--api: " + e.getMessage());
      }
      WebApi addresses = token == null ? webApi : webApi.withToken(token);
      return (http, checkpoint, sink) -> {
        LegistarClient.Summary done = LegistarClient.of(http, addresses, mapping)
            .meetings(since, checkpoint, meeting -> sink.accept(widen(meeting)));
        return "Read " + done.pages() + " pages of events of " + client + ": " + done.events() + " events, "
            + done.skipped() + " done before; " + done.voteRequests() + " votes asked, " + done.noVotes()
            + " without a roll call";
      };
    }
  }

  /** {@code minutebook import oparl}. */
  @Command(name = "oparl", mixinStandardHelpOptions = true, versionProvider = MinutebookCommand.Version.class,
      description = {"Imports a body's meetings and papers from an OParl 1.1 server, following its list pages.", ""},
      footer = {"", "Example: minutebook import oparl --body https://ris.example.de/oparl/body/1 \\",
          "    --checkpoint ris.checkpoint -o ris.ndjson"})
  static final class Oparl extends SystemCommand {
    @Option(names = "--body", required = true, paramLabel = "URL", description = "The body's (or the system's) OParl"
        + " address: every body of a system is imported.")
    URI body = URI.create("about:blank");

    @Option(names = "--modified-since", paramLabel = "TIME", description = "Only objects changed since then, as"
        + " 2026-01-01T00:00:00+01:00.")
    @Nullable OffsetDateTime modifiedSince;

    @Override
    Harvest harvest() {
      if (!body.isAbsolute() || !("http".equals(body.getScheme()) || "https".equals(body.getScheme()))) {
        throw new ParameterException(spec.commandLine(), "--body needs an absolute http(s) address, not " + body);
      }
      return (http, checkpoint, sink) -> {
        OparlClient.Summary done = OparlClient.of(http, checkpoint).withCommitteeNames()
            .harvest(body, Optional.ofNullable(modifiedSince), sink::accept);
        return "Asked " + done.requests() + " requests of " + body + " (" + done.pages() + " list pages): "
            + done.delivered() + " records read, " + done.skipped() + " done before, " + done.failed() + " failed";
      };
    }
  }
}
