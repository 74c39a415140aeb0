package io.github.minutebook.beam;

import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import io.github.minutebook.validation.ValidationReport;
import io.github.minutebook.validation.Violation;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The step a validating pipeline can end with: how many findings there are by rule code, by
 * authority and by month.
 *
 * <p>Each count is of findings (a violation is one finding, and so is each one a validator left out
 * past its limit), not of records. A record's authority is its authority's name, else its id, else
 * {@value #NO_AUTHORITY}; its month is that of its date, {@code 2026-03}, else {@value #NO_DATE}.
 * What the record does not say stays unknown rather than guessed.
 */
public final class SummarizeFindings extends PTransform<PCollection<Finding>, SummarizeFindings.Summary> {
  private static final long serialVersionUID = 1L;

  /** The key of findings in records that name no authority. */
  public static final String NO_AUTHORITY = "(no authority)";

  /** The key of findings in records with no date. */
  public static final String NO_DATE = "(no date)";

  private static final TupleTag<KV<String, Long>> BY_CODE = new TupleTag<>("byCode") {};
  private static final TupleTag<KV<String, Long>> BY_AUTHORITY = new TupleTag<>("byAuthority") {};
  private static final TupleTag<KV<String, Long>> BY_MONTH = new TupleTag<>("byMonth") {};

  private SummarizeFindings() {}

  /** The summary step. */
  public static SummarizeFindings create() {
    return new SummarizeFindings();
  }

  @Override
  public Summary expand(PCollection<Finding> findings) {
    return new Summary(findings.getPipeline(),
        count(findings, "ByCode", new ByCode()),
        count(findings, "ByAuthority", new ByAuthority()),
        count(findings, "ByMonth", new ByMonth()));
  }

  private static PCollection<KV<String, Long>> count(PCollection<Finding> findings, String name,
      DoFn<Finding, KV<String, Long>> keys) {
    return findings.apply(name, ParDo.of(keys))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply(name + "Sum", Sum.longsPerKey());
  }

  /** The number of findings of each code in a record. */
  static final class ByCode extends DoFn<Finding, KV<String, Long>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element Finding finding, OutputReceiver<KV<String, Long>> out) {
      ValidationReport report = finding.report();
      for (Violation v : report.violations()) {
        out.output(KV.of(v.code(), 1L));
      }
      for (ValidationReport.LeftOut left : report.leftOut()) {
        out.output(KV.of(left.code(), left.count()));
      }
    }
  }

  /** The number of findings in a record, by its authority. */
  static final class ByAuthority extends DoFn<Finding, KV<String, Long>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element Finding finding, OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of(authority(finding.record()), finding.report().total()));
    }
  }

  /** The number of findings in a record, by its month. */
  static final class ByMonth extends DoFn<Finding, KV<String, Long>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element Finding finding, OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of(month(finding.record()), finding.report().total()));
    }
  }

  /** The record's authority, by name, else id. */
  static String authority(CouncilRecord record) {
    Optional<Body> authority = record.authority();
    return authority.flatMap(Body::name).or(() -> authority.flatMap(Body::id)).orElse(NO_AUTHORITY);
  }

  /** The month of the record's date, as {@code yyyy-MM}. */
  static String month(CouncilRecord record) {
    Optional<LocalDate> date = record instanceof Meeting meeting ? meeting.date() : ((DecisionRecord) record).date();
    return date.map(d -> String.format(java.util.Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue())).orElse(NO_DATE);
  }

  /** The summary's three counts, each a key and the number of findings under it. */
  public static final class Summary implements POutput {
    private final Pipeline pipeline;
    private final PCollection<KV<String, Long>> byCode;
    private final PCollection<KV<String, Long>> byAuthority;
    private final PCollection<KV<String, Long>> byMonth;

    Summary(Pipeline pipeline, PCollection<KV<String, Long>> byCode, PCollection<KV<String, Long>> byAuthority,
        PCollection<KV<String, Long>> byMonth) {
      this.pipeline = pipeline;
      this.byCode = byCode;
      this.byAuthority = byAuthority;
      this.byMonth = byMonth;
    }

    /** Findings by rule code. */
    public PCollection<KV<String, Long>> byCode() {
      return byCode;
    }

    /** Findings by authority. */
    public PCollection<KV<String, Long>> byAuthority() {
      return byAuthority;
    }

    /** Findings by month of the record's date. */
    public PCollection<KV<String, Long>> byMonth() {
      return byMonth;
    }

    @Override
    public Pipeline getPipeline() {
      return pipeline;
    }

    @Override
    public Map<TupleTag<?>, PValue> expand() {
      return Map.of(BY_CODE, byCode, BY_AUTHORITY, byAuthority, BY_MONTH, byMonth);
    }

    @Override
    public void finishSpecifyingOutput(String transformName, PInput input, PTransform<?, ?> transform) {}
  }
}
