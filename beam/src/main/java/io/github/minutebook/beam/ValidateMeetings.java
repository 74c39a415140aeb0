package io.github.minutebook.beam;

import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.ValidationReport;
import io.github.minutebook.validation.Violation;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.jspecify.annotations.Nullable;

/**
 * Validates input records with Minutebook's rules, as {@code minutebook validate} does, and splits
 * them three ways so that nothing is lost: {@link Result#valid() valid} documents (no findings at
 * all), {@link Result#findings() findings} (a document and what its validator reported: errors,
 * warnings or notes) and {@link Result#unreadable() unreadable} records.
 *
 * <pre>{@code
 * ValidateMeetings.Result checked = pipeline
 *     .apply(MinutebookIO.read("councils/*.ndjson"))
 *     .apply(ValidateMeetings.with(() -> MeetingValidator.builder().addDefaultRules().addRule(myRule).build()));
 * checked.findings().apply(SummarizeFindings.create());
 * }</pre>
 *
 * <p>Meetings and decision records are both validated ({@link MeetingValidator#validate(CouncilRecord)}).
 * The validator is built on each worker by a {@link ValidatorFactory}, so house rules need not be
 * serialisable.
 *
 * <p>Beam metrics, in the namespace {@value #NAMESPACE}: {@code records} (every input record),
 * {@code valid}, {@code with-findings}, {@code invalid} (records with an error, or unreadable, as
 * the command line counts them), {@code unreadable}, {@code errors}, {@code warnings} and {@code
 * notes} (findings, those left out past the validator's limit included), and one counter a rule,
 * {@code finding:CODE}. {@code valid} and {@code invalid} count as the command line does: a record
 * with only warnings or notes is valid there, and is counted valid here, though it goes to {@link
 * Result#findings()}. These counts match the command line's summary on the same input.
 */
public final class ValidateMeetings extends PTransform<PCollection<InputRecord>, ValidateMeetings.Result> {
  private static final long serialVersionUID = 1L;

  /** The namespace of the transforms' Beam metrics. */
  public static final String NAMESPACE = "minutebook";

  /** The prefix of the counters of findings by rule code. */
  public static final String FINDING_COUNTER_PREFIX = "finding:";

  private static final TupleTag<CouncilRecord> VALID = new TupleTag<>("valid") {};
  private static final TupleTag<Finding> FINDINGS = new TupleTag<>("findings") {};
  private static final TupleTag<Unreadable> UNREADABLE = new TupleTag<>("unreadable") {};

  private final ValidatorFactory validator;

  private ValidateMeetings(ValidatorFactory validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /** Validates with the default rules ({@link MeetingValidator#defaults()}). */
  public static ValidateMeetings withDefaultRules() {
    return new ValidateMeetings(MeetingValidator::defaults);
  }

  /** Validates with the validator the factory builds on each worker. */
  public static ValidateMeetings with(ValidatorFactory validator) {
    return new ValidateMeetings(validator);
  }

  @Override
  public Result expand(PCollection<InputRecord> input) {
    PCollectionTuple outputs = input.apply("Validate",
        ParDo.of(new ValidateFn(validator)).withOutputTags(VALID, TupleTagList.of(FINDINGS).and(UNREADABLE)));
    return new Result(input.getPipeline(),
        outputs.get(VALID).setCoder(MinutebookCoder.records()),
        outputs.get(FINDINGS).setCoder(Finding.coder()),
        outputs.get(UNREADABLE).setCoder(Unreadable.coder()));
  }

  /** Validates each record and counts. */
  static final class ValidateFn extends DoFn<InputRecord, CouncilRecord> {
    private static final long serialVersionUID = 1L;
    private final ValidatorFactory factory;
    private transient @Nullable MeetingValidator validator;

    private final Counter records = Metrics.counter(NAMESPACE, "records");
    private final Counter valid = Metrics.counter(NAMESPACE, "valid");
    private final Counter withFindings = Metrics.counter(NAMESPACE, "with-findings");
    private final Counter invalid = Metrics.counter(NAMESPACE, "invalid");
    private final Counter unreadable = Metrics.counter(NAMESPACE, "unreadable");
    private final Counter errors = Metrics.counter(NAMESPACE, "errors");
    private final Counter warnings = Metrics.counter(NAMESPACE, "warnings");
    private final Counter notes = Metrics.counter(NAMESPACE, "notes");
    private final Counter findingsLeftOut = Metrics.counter(NAMESPACE, "findings-left-out");
    /** Counters by rule code, made once each per instance: there are a few dozen codes. */
    private transient @Nullable Map<String, Counter> byCode;

    ValidateFn(ValidatorFactory factory) {
      this.factory = factory;
    }

    @Setup
    public void setup() {
      validator = Objects.requireNonNull(factory.create(), "the validator factory gave null");
      byCode = new java.util.HashMap<>();
    }

    @ProcessElement
    public void process(@Element InputRecord input, MultiOutputReceiver out) {
      records.inc();
      Optional<Unreadable> problem = input.unreadable();
      if (problem.isPresent()) {
        unreadable.inc();
        invalid.inc();
        out.get(UNREADABLE).output(problem.get());
        return;
      }
      CouncilRecord record = input.record().orElseThrow();
      ValidationReport report = Objects.requireNonNull(validator, "not set up").validate(record);
      if (report.violations().isEmpty() && report.leftOut().isEmpty()) {
        valid.inc();
        out.get(VALID).output(record);
        return;
      }
      for (Violation v : report.violations()) {
        count(v.code(), v.severity(), 1);
      }
      for (ValidationReport.LeftOut left : report.leftOut()) {
        count(left.code(), left.severity(), left.count());
        findingsLeftOut.inc(left.count());
      }
      withFindings.inc();
      if (report.isValid()) {
        valid.inc();
      } else {
        invalid.inc();
      }
      out.get(FINDINGS).output(new Finding(input.origin(), record, report));
    }

    private void count(String code, io.github.minutebook.validation.Severity severity, long n) {
      switch (severity) {
        case ERROR -> errors.inc(n);
        case WARNING -> warnings.inc(n);
        case INFO -> notes.inc(n);
      }
      Objects.requireNonNull(byCode, "not set up")
          .computeIfAbsent(code, c -> Metrics.counter(NAMESPACE, FINDING_COUNTER_PREFIX + c)).inc(n);
    }
  }

  /**
   * The three outputs of {@link ValidateMeetings}: every input record is in exactly one.
   */
  public static final class Result implements POutput {
    private final Pipeline pipeline;
    private final PCollection<CouncilRecord> valid;
    private final PCollection<Finding> findings;
    private final PCollection<Unreadable> unreadable;

    Result(Pipeline pipeline, PCollection<CouncilRecord> valid, PCollection<Finding> findings,
        PCollection<Unreadable> unreadable) {
      this.pipeline = pipeline;
      this.valid = valid;
      this.findings = findings;
      this.unreadable = unreadable;
    }

    /** The documents with no findings at all. */
    public PCollection<CouncilRecord> valid() {
      return valid;
    }

    /**
     * The documents with findings, each with its report. A document with only warnings or notes is
     * here, not in {@link #valid()}; {@link Finding#isValid()} tells it apart from one with errors.
     */
    public PCollection<Finding> findings() {
      return findings;
    }

    /** The records that could not be read, with where and why. */
    public PCollection<Unreadable> unreadable() {
      return unreadable;
    }

    @Override
    public Pipeline getPipeline() {
      return pipeline;
    }

    @Override
    public Map<TupleTag<?>, PValue> expand() {
      return Map.of(VALID, valid, FINDINGS, findings, UNREADABLE, unreadable);
    }

    @Override
    public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {}
  }
}
