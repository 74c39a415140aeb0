package io.github.minutebook.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.Rule;
import io.github.minutebook.validation.Severity;
import io.github.minutebook.validation.ValidationReport;
import io.github.minutebook.validation.Violation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMeetingsTest {
  @TempDir Path dir;

  /** A council's house rule: every meeting names its web page. Not serialisable; built on each worker. */
  static MeetingValidator houseRules() {
    Rule<Meeting> webPage = Rule.of(Meeting.class, "house.meeting-without-web-page", Severity.ERROR,
        "Every meeting names its page on the council's website.",
        (meeting, context) -> {
          if (meeting.web().isEmpty()) {
            context.report("", "The meeting does not name its web page");
          }
        });
    return MeetingValidator.builder().addDefaultRules().addRule(webPage).build();
  }

  @Test
  void theSeedsGoWhereTheValidatorSaysAndTheMetricsCountAsTheCommandLineDoes() throws IOException {
    Path file = Files.write(dir.resolve("seeds.ndjson"), Pipelines.seedNdjson());
    List<Meeting> seeds = Pipelines.seeds();
    MeetingValidator validator = houseRules();
    List<CouncilRecord> clean = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<String, Long> byCode = new TreeMap<>();
    long errors = 0;
    long invalid = 0;
    for (int i = 0; i < seeds.size(); i++) {
      ValidationReport report = validator.validate(seeds.get(i));
      if (report.total() == 0) {
        clean.add(seeds.get(i));
      } else {
        findings.add(new Finding(new Origin(file.toString(), i + 1, i + 1), seeds.get(i), report));
      }
      invalid += report.isValid() ? 0 : 1;
      errors += report.errors().size();
      for (Violation v : report.violations()) {
        byCode.merge(v.code(), 1L, Long::sum);
      }
    }
    assertTrue(byCode.containsKey("house.meeting-without-web-page"), "the house rule finds something in the seeds: " + byCode);

    TestPipeline p = Pipelines.create();
    ValidateMeetings.Result result = p.apply(MinutebookIO.read(file.toString()))
        .apply(ValidateMeetings.with(ValidateMeetingsTest::houseRules));
    PAssert.that(result.valid()).containsInAnyOrder(clean);
    PAssert.that(result.findings()).containsInAnyOrder(findings);
    PAssert.that(result.unreadable()).empty();
    PipelineResult run = p.run();
    run.waitUntilFinish();

    assertEquals(seeds.size(), counter(run, "records"));
    assertEquals(seeds.size() - invalid, counter(run, "valid"));
    assertEquals(invalid, counter(run, "invalid"));
    assertEquals(findings.size(), counter(run, "with-findings"));
    assertEquals(0, counter(run, "unreadable"));
    assertEquals(errors, counter(run, "errors"));
    for (Map.Entry<String, Long> code : byCode.entrySet()) {
      assertEquals(code.getValue(), counter(run, ValidateMeetings.FINDING_COUNTER_PREFIX + code.getKey()), code.getKey());
    }
  }

  @Test
  void nothingIsLostUnreadableRecordsComeOutWithTheirPlace() throws IOException {
    List<String> seeds = Pipelines.seedLines();
    String ndjson = seeds.get(0) + "\n{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"date\":\"2026-02-30\"}\n[1,2\n" + seeds.get(1) + "\n";
    Path file = Files.write(dir.resolve("mixed.ndjson"), ndjson.getBytes(StandardCharsets.UTF_8));

    TestPipeline p = Pipelines.create();
    ValidateMeetings.Result result = p.apply(MinutebookIO.read(file.toString())).apply(ValidateMeetings.withDefaultRules());
    PCollection<Long> valid = result.valid().apply("CountValid", Count.globally());
    PCollection<Long> withFindings = result.findings().apply("CountFindings", Count.globally());
    PAssert.that(result.unreadable()).satisfies(bad -> {
      List<Unreadable> all = new ArrayList<>();
      bad.forEach(all::add);
      all.sort((a, b) -> Integer.compare(a.line(), b.line()));
      assertEquals(2, all.size(), all.toString());
      assertEquals(2, all.get(0).line());
      assertEquals("/date", all.get(0).pointer(), all.get(0).toString());
      assertEquals(3, all.get(1).line());
      assertFalse(all.get(1).problem().isEmpty());
      return null;
    });
    long clean = seeds.subList(0, 2).stream().map(Pipelines.JSON::decodeRecord)
        .filter(r -> MeetingValidator.defaults().validate(r).total() == 0).count();
    PAssert.thatSingleton(valid).isEqualTo(clean);
    PAssert.thatSingleton(withFindings).isEqualTo(2 - clean);
    PipelineResult run = p.run();
    run.waitUntilFinish();
    assertEquals(4, counter(run, "records"));
    assertEquals(2, counter(run, "unreadable"));
    assertEquals(2, counter(run, "invalid") - counter(run, "unreadable") + counter(run, "valid"),
        "each readable record is counted valid or invalid");
  }

  @Test
  void theSummaryCountsFindingsByCodeAuthorityAndMonth() throws IOException {
    Path file = Files.write(dir.resolve("seeds.ndjson"), Pipelines.seedNdjson());
    Map<String, Long> byCode = new TreeMap<>();
    Map<String, Long> byAuthority = new TreeMap<>();
    Map<String, Long> byMonth = new TreeMap<>();
    for (Meeting meeting : Pipelines.seeds()) {
      ValidationReport report = houseRules().validate(meeting);
      if (report.total() == 0) {
        continue;
      }
      report.violations().forEach(v -> byCode.merge(v.code(), 1L, Long::sum));
      byAuthority.merge(SummarizeFindings.authority(meeting), report.total(), Long::sum);
      byMonth.merge(SummarizeFindings.month(meeting), report.total(), Long::sum);
    }
    assertTrue(byAuthority.size() > 1, "the seeds are from several authorities: " + byAuthority);

    TestPipeline p = Pipelines.create();
    SummarizeFindings.Summary summary = p.apply(MinutebookIO.read(file.toString()))
        .apply(ValidateMeetings.with(ValidateMeetingsTest::houseRules)).findings().apply(SummarizeFindings.create());
    PAssert.that(summary.byCode()).containsInAnyOrder(kvs(byCode));
    PAssert.that(summary.byAuthority()).containsInAnyOrder(kvs(byAuthority));
    PAssert.that(summary.byMonth()).containsInAnyOrder(kvs(byMonth));
    p.run().waitUntilFinish();
  }

  @Test
  void aLargeGeneratedInputIsCountedExactlyThroughCheckpoints() throws IOException {
    // 20,000 records: small generated meetings of seven councils, a seed in every fifty, a bad line
    // in every thousand; read with a checkpoint allowed every MiB, so the read resumes many times
    List<String> seeds = Pipelines.seedLines();
    int records = 20_000;
    Path file = dir.resolve("large.ndjson");
    long clean = 0;
    long unreadable = 0;
    long errors = 0;
    long findings = 0;
    Map<String, Long> byCode = new TreeMap<>();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < records; i++) {
        String line;
        if (i % 1000 == 999) {
          out.write("{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"status\":\"postponed-forever\"}\n");
          unreadable++;
          continue;
        } else if (i % 50 == 0) {
          line = seeds.get((i / 50) % seeds.size());
        } else {
          line = "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"authority\":{\"type\":\"body\",\"name\":\"Council "
              + (i % 7) + "\",\"kind\":\"authority\"},\"title\":\"Meeting " + i + "\",\"date\":\"2026-"
              + String.format("%02d", 1 + i % 12) + "-" + String.format("%02d", 1 + i % 28) + "\"}";
        }
        ValidationReport report = MeetingValidator.defaults().validate(Pipelines.JSON.decodeRecord(line));
        errors += report.errors().size();
        clean += report.total() == 0 ? 1 : 0;
        findings += report.total() == 0 ? 0 : 1;
        report.violations().forEach(v -> byCode.merge(v.code(), 1L, Long::sum));
        out.write(line);
        out.write('\n');
      }
    }
    assertTrue(Files.size(file) > 4 * 1024 * 1024, "big enough for several checkpoints: " + Files.size(file));

    TestPipeline p = Pipelines.create();
    ValidateMeetings.Result result = p.apply(MinutebookIO.read(file.toString(), 1024 * 1024))
        .apply(ValidateMeetings.withDefaultRules());
    PAssert.thatSingleton(result.valid().apply("CountValid", Count.globally())).isEqualTo(clean);
    PAssert.thatSingleton(result.findings().apply("CountFindings", Count.globally())).isEqualTo(findings);
    PAssert.that(result.unreadable()).satisfies(bad -> {
      List<Long> lines = new ArrayList<>();
      bad.forEach(u -> lines.add((long) u.line()));
      lines.sort(null);
      List<Long> expected = new ArrayList<>();
      for (long line = 1000; line <= records; line += 1000) {
        expected.add(line);
      }
      assertEquals(expected, lines, "every bad line is reported at its own line, across checkpoints");
      return null;
    });
    PipelineResult run = p.run();
    run.waitUntilFinish();
    assertEquals(records, counter(run, "records"));
    assertEquals(unreadable, counter(run, "unreadable"));
    assertEquals(errors, counter(run, "errors"));
    for (Map.Entry<String, Long> code : byCode.entrySet()) {
      assertEquals(code.getValue(), counter(run, ValidateMeetings.FINDING_COUNTER_PREFIX + code.getKey()), code.getKey());
    }
  }

  private static List<KV<String, Long>> kvs(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> KV.of(e.getKey(), e.getValue())).toList();
  }

  /** A counter's committed value, or 0 when it never counted. */
  static long counter(PipelineResult run, String name) {
    MetricQueryResults metrics = run.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ValidateMeetings.NAMESPACE, name)).build());
    long sum = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      sum += counter.getCommitted();
    }
    return sum;
  }
}
