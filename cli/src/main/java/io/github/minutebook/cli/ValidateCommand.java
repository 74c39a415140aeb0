package io.github.minutebook.cli;

import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.Rule;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** {@code minutebook validate}: checks documents against the default validation rules. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = MinutebookCommand.Version.class,
    description = {"Validates Minutebook JSON with the default rules, or with --profile thorough",
        "three more (docs/validation-rules.md).",
        "",
        "PATH is a file, a folder (searched for *.json, *.ndjson and *.jsonl files),",
        "or - for standard input. A .json file holds one document, or an array of",
        "documents if it starts with [. .ndjson and .jsonl files, and standard input",
        "not starting with [, hold one document a line.",
        ""},
    footer = {"", "Exit codes: 0 all valid, 1 invalid data, 2 unreadable input, unwritable",
        "report or bad usage, 3 internal error."})
final class ValidateCommand implements Callable<Integer> {
  /** Which rules apply (docs/validation-rules.md, "Profiles"). */
  enum Profile {
    /** The default rules, precise on real minutes. */
    DEFAULT("default", MeetingValidator.defaults()),
    /** The default rules and the thorough profile's own: true, but noisy on partial real data. */
    THOROUGH("thorough", MeetingValidator.thorough());

    final String label;
    final MeetingValidator validator;

    Profile(String label, MeetingValidator validator) {
      this.label = label;
      this.validator = validator;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** How the report is written. */
  enum Format {
    /** Lines for people. */
    text,
    /** One JSON object for machines. */
    json
  }

  /** The usage error for an empty {@code PATH}. */
  static final String EMPTY_PATH = "An empty PATH names nothing: name a file, a folder (. for the current folder),"
      + " or - for standard input";

  private final InputStream stdin;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, folders, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json: the report's format (see docs/cli.md).")
  Format format = Format.text;

  @Option(names = {"-q", "--quiet"},
      description = "Print no report: only the exit code, and one summary line on standard error when data is invalid.")
  boolean quiet;

  @Option(names = "--max-errors", paramLabel = "N",
      description = "Stop reading after N errors (counting unreadable records, and warnings with --warnings-as-errors).")
  @Nullable Integer maxErrors;

  @Option(names = "--warnings-as-errors", description = "A warning makes its record invalid (exit code 1).")
  boolean warningsAsErrors;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "default", converter = ProfileConverter.class,
      description = "default, or thorough: the default rules and three more that report what real records often leave out"
          + " (see docs/validation-rules.md).")
  Profile profile = Profile.DEFAULT;

  @Option(names = "--rules", description = "List every rule's code, severity and description, and exit.")
  boolean rules;

  @Option(names = "--no-progress", description = "Never show a progress bar (it is shown only in a terminal).")
  boolean noProgress;

  @Option(names = "--from", paramLabel = "FORMAT", converter = ConvertCommand.FormatConverter.class,
      description = "What the inputs hold: minutebook (the default), ocds (release or record packages; the OCDS checks"
          + " are added to the rules), 360giving (grant packages) or oparl (OParl 1.1 Meetings and Papers). Records that cannot be converted are"
          + " unreadable, and reported with the importer's own codes and reasons.")
  ConvertCommand.Format from = ConvertCommand.Format.minutebook;

  ValidateCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (rules) {
      if (!paths.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--rules takes no PATH");
      }
      printRules(out);
      return MinutebookCli.EXIT_VALID;
    }
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing PATH: name files, folders, or - for standard input");
    }
    if (from == ConvertCommand.Format.moderngov || from == ConvertCommand.Format.legistar) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is not available here: saved " + from
          + " responses are read together, so convert them and validate what comes out: minutebook convert --from "
          + from + (from == ConvertCommand.Format.legistar ? " --client NAME" : "") + " FOLDER | minutebook validate -");
    }
    if (paths.contains("")) {
      // an unset shell variable: without this, Path.of("") would validate the current folder
      throw new ParameterException(spec.commandLine(), EMPTY_PATH);
    }
    if (maxErrors != null && maxErrors < 1) {
      throw new ParameterException(spec.commandLine(), "--max-errors must be at least 1: " + maxErrors);
    }
    List<String> notes = new ArrayList<>();
    List<Inputs.Source> sources = Inputs.expand(paths, notes);
    if (!quiet) {
      notes.forEach(note -> TerminalText.println(err, "minutebook: " + note));
    }
    if (sources.isEmpty()) {
      TerminalText.println(err, "minutebook: nothing to validate: no *.json, *.ndjson or *.jsonl files in "
          + String.join(", ", paths));
      err.flush();
      return MinutebookCli.EXIT_USAGE;
    }
    Report report = quiet ? new QuietReport(err)
        : format == Format.json ? new JsonReport(out, warningsAsErrors, maxErrors)
        : new HumanReport(out);
    Progress progress = quiet || noProgress ? Progress.NONE : Progress.forTerminal(totalBytes(sources));
    MeetingValidator validator = from == ConvertCommand.Format.ocds
        ? io.github.minutebook.ocds.OcdsChecks.rulesAdded(profile.validator.toBuilder()).build() : profile.validator;
    ValidationRun run = new ValidationRun(sources, stdin, report, err, warningsAsErrors, maxErrors, progress,
        Runtime.getRuntime().availableProcessors(), validator, () -> !quiet && CheckedWriter.failure(out) != null);
    switch (from) {
      case ocds -> run.importing(in -> io.github.minutebook.ocds.OcdsImport.standard().read(in));
      case giving360 -> run.importing(io.github.minutebook.threesixtygiving.GrantReader::read);
      case oparl -> run.importing(io.github.minutebook.oparl.OparlImport::read);
      case ocd -> throw new ParameterException(spec.commandLine(), "--from ocd is not available: Open Civic Data is"
          + " written (convert --to ocd), not read");
      case moderngov, legistar -> throw new IllegalStateException("refused before any input is read");
      case minutebook -> { }
    }
    int exitCode = run.run();
    out.flush();
    err.flush();
    return exitCode;
  }

  private static long totalBytes(List<Inputs.Source> sources) {
    long total = 0;
    for (Inputs.Source source : sources) {
      if (source instanceof Inputs.Input input) {
        Path path = input.path();
        if (path == null) {
          return -1;
        }
        try {
          total += Files.size(path);
        } catch (java.io.IOException | RuntimeException e) {
          // reported when the file is read
        }
      }
    }
    return total;
  }

  private void printRules(PrintWriter out) {
    MeetingValidator validator = profile.validator;
    List<Rule<?>> all = validator.rules();
    if (format == Format.json) {
      JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
      try (JsonGenerator json = factory.createGenerator(ObjectWriteContext.empty(), out)) {
        json.writeStartObject();
        json.writeArrayPropertyStart("rules");
        for (Rule<?> rule : all) {
          json.writeStartObject();
          json.writeStringProperty("code", rule.code());
          json.writeStringProperty("severity", validator.severityOf(rule).name().toLowerCase(Locale.ROOT));
          json.writeStringProperty("description", rule.description());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      out.println();
    } else {
      int width = all.stream().mapToInt(rule -> rule.code().length()).max().orElse(0);
      for (Rule<?> rule : all) {
        String code = rule.code();
        out.println(code + " ".repeat(width - code.length()) + "  "
            + String.format(Locale.ROOT, "%-7s", validator.severityOf(rule).name()) + "  " + rule.description());
      }
    }
    out.flush();
  }

  /** Reads a profile by its name: {@code default} or {@code thorough}. */
  static final class ProfileConverter implements picocli.CommandLine.ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      for (Profile profile : Profile.values()) {
        if (profile.label.equals(value)) {
          return profile;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("expected default or thorough, not '" + value + "'");
    }
  }

  /** Prints nothing but, when data is invalid, one summary line on standard error. */
  static final class QuietReport implements Report {
    private final PrintWriter err;

    QuietReport(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void fileStarted(String name, InputFormat format) {}

    @Override
    public void record(String file, Event.Checked record) {}

    @Override
    public void fileFinished(String name, Tally tally) {}

    @Override
    public void inputFailed(String name, String problem, @Nullable Tally tally) {}

    @Override
    public void finished(Summary summary) {
      Tally total = summary.total();
      if (total.invalid > 0) {
        err.println("minutebook: invalid: files " + summary.files() + ", " + HumanReport.counts(total)
            + (summary.stopped() ? " (stopped at --max-errors " + summary.maxErrors() + ")" : ""));
        err.flush();
      }
    }
  }
}
