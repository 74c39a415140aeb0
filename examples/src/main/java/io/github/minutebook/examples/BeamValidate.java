package io.github.minutebook.examples;

import io.github.minutebook.beam.Finding;
import io.github.minutebook.beam.MinutebookIO;
import io.github.minutebook.beam.SummarizeFindings;
import io.github.minutebook.beam.Unreadable;
import io.github.minutebook.beam.ValidateMeetings;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Minutebook's validation as an Apache Beam pipeline: reads Minutebook NDJSON (or JSON arrays)
 * from a file pattern, validates every record with the default rules, writes the valid documents
 * back as NDJSON, the findings and unreadable records as text, and the summary (findings by code,
 * authority and month); then prints the counts, which are the command line's on the same input.
 *
 * <p>Run it locally on Beam's Direct runner from the project's root after {@code mvn -q
 * -DskipTests package}:
 *
 * <pre>
 * java -cp examples/target/minutebook-examples.jar io.github.minutebook.examples.BeamValidate \
 *     --input=examples/data/meetings.ndjson --output=target/beam-out
 * </pre>
 *
 * <p>The same pipeline runs on Flink, Spark or Dataflow by changing the runner option ({@code
 * --runner=FlinkRunner}, {@code --runner=SparkRunner}, {@code --runner=DataflowRunner} with its
 * project and region) with that runner's artifact on the class path: see {@code docs/beam.md}.
 * With no {@code --output}, nothing is written and only the counts are printed.
 */
public final class BeamValidate {
  private BeamValidate() {}

  /** The pipeline's options: what to read and where to write. */
  public interface Options extends PipelineOptions {
    /** The Beam file pattern to read. */
    @Description("Minutebook NDJSON or JSON files to validate: a Beam file pattern (local, gs://, s3://)")
    @Default.String("examples/data/meetings.ndjson")
    @Validation.Required
    String getInput();

    /** Sets the file pattern. */
    void setInput(String input);

    /** The directory written to; empty for none. */
    @Description("A directory for valid/, findings/, unreadable/ and summary/; empty to write nothing")
    @Default.String("")
    String getOutput();

    /** Sets the directory. */
    void setOutput(String output);
  }

  /** Builds and runs the pipeline, prints its counts, and exits 0 when every record is valid. */
  public static void main(String[] args) {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    Pipeline pipeline = Pipeline.create(options);
    ValidateMeetings.Result checked = pipeline.apply("Read", MinutebookIO.read(options.getInput()))
        .apply("Validate", ValidateMeetings.withDefaultRules());
    SummarizeFindings.Summary summary = checked.findings().apply("Summarize", SummarizeFindings.create());
    String out = options.getOutput();
    if (!out.isEmpty()) {
      checked.valid().apply("WriteValid", MinutebookIO.<CouncilRecord>write(out + "/valid"));
      checked.findings().apply("FindingsAsText", MapElements.into(TypeDescriptors.strings()).via(BeamValidate::describe))
          .apply("WriteFindings", TextIO.write().to(out + "/findings/findings").withSuffix(".txt"));
      checked.unreadable().apply("UnreadableAsText", MapElements.into(TypeDescriptors.strings()).via(Unreadable::toString))
          .apply("WriteUnreadable", TextIO.write().to(out + "/unreadable/unreadable").withSuffix(".txt"));
      write(summary.byCode(), out + "/summary/by-code", "Code");
      write(summary.byAuthority(), out + "/summary/by-authority", "Authority");
      write(summary.byMonth(), out + "/summary/by-month", "Month");
    }
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    Map<String, Long> counts = counts(result.metrics().queryMetrics(MetricsFilter.builder().build()));
    print(counts, System.out);
    System.exit(counts.getOrDefault("invalid", 0L) == 0 ? 0 : 1);
  }

  private static void write(PCollection<KV<String, Long>> counts, String prefix, String name) {
    counts.apply(name + "AsText", MapElements.into(TypeDescriptors.strings())
            .via((KV<String, Long> kv) -> kv.getKey() + "\t" + kv.getValue()))
        .apply("Write" + name, TextIO.write().to(prefix).withSuffix(".tsv").withoutSharding());
  }

  /** One line a finding: where, then each violation. */
  private static String describe(Finding finding) {
    StringBuilder text = new StringBuilder(finding.origin().toString());
    finding.violations().forEach(v -> text.append("\n  ").append(v.severity()).append(' ').append(v.code())
        .append(" at ").append(v.path().isEmpty() ? "(the record)" : v.path()).append(": ").append(v.message()));
    return text.toString();
  }

  /** The committed counters of the minutebook namespace, by name. */
  static Map<String, Long> counts(MetricQueryResults metrics) {
    Map<String, Long> counts = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      if (counter.getName().getNamespace().equals(ValidateMeetings.NAMESPACE)) {
        long value;
        try {
          value = counter.getCommitted();
        } catch (UnsupportedOperationException e) {
          value = counter.getAttempted(); // runners without committed metrics
        }
        counts.merge(counter.getName().getName(), value, Long::sum);
      }
    }
    return counts;
  }

  /** Prints the totals as the command line's summary names them, then the findings by code. */
  static void print(Map<String, Long> counts, PrintStream out) {
    for (String name : new String[] {"files", "records", "valid", "invalid", "unreadable", "errors", "warnings", "notes",
        "findings-left-out"}) {
      out.println(name + ": " + counts.getOrDefault(name, 0L));
    }
    counts.forEach((name, n) -> {
      if (name.startsWith(ValidateMeetings.FINDING_COUNTER_PREFIX)) {
        out.println("  " + name.substring(ValidateMeetings.FINDING_COUNTER_PREFIX.length()) + ": " + n);
      }
    });
  }
}
