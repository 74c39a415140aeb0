package io.github.minutebook.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run over one corpus: Minutebook's codec and validators beside two Jackson baselines. Every
 * benchmark processes the whole corpus per invocation and reports operations per second as
 * documents per second (one operation is one document).
 *
 * <ul>
 *   <li>{@code baselineA_tokenWalk}: jackson-core walks every token of the bytes and builds
 *       nothing, the near-limit anchor;
 *   <li>{@code baselineB_databindDecode} / {@code baselineB_databindEncode}: jackson-databind into
 *       and out of the plain records of {@link WireRecords};
 *   <li>{@code decode}, {@code decodeAndValidate}, {@code encode}, {@code validate}: Minutebook;
 *   <li>{@code ndjsonRead}: Minutebook's NDJSON reader over the whole corpus as one stream.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CodecBenchmark {
  /** The number of documents in the corpus. */
  public static final int DOCUMENTS = 200;

  private final MinutebookJson json = MinutebookJson.standard();
  private final MeetingValidator validator = MeetingValidator.defaults();
  private final JsonFactory factory = new JsonFactory();
  // sums are written in plain notation, as the format writes them (WireRecordsTest checks the mirror)
  private final JsonMapper mapper = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
      .build();

  private List<Meeting> meetings;
  private List<byte[]> documents;
  private List<WireRecords.WMeeting> records;
  private byte[] ndjson;

  /** Builds the corpus and checks that every side reads it. */
  @Setup
  public void setUp() {
    meetings = Corpus.meetings(DOCUMENTS);
    documents = Corpus.documents(meetings);
    records = documents.stream().map(d -> mapper.readValue(d, WireRecords.WMeeting.class)).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeNdjson(meetings, out);
    ndjson = out.toByteArray();
    for (int i = 0; i < DOCUMENTS; i++) {
      if (!json.decode(documents.get(i)).equals(meetings.get(i))) {
        throw new IllegalStateException("document " + i + " does not round-trip");
      }
      ValidationReport report = validator.validate(meetings.get(i));
      if (!report.violations().isEmpty()) {
        throw new IllegalStateException("meeting " + i + " is not clean: " + report);
      }
    }
  }

  /** The mean size of a document in bytes, for MB/s. */
  public static double meanDocumentBytes() {
    return Corpus.documents(Corpus.meetings(DOCUMENTS)).stream().mapToInt(d -> d.length).average().orElse(0);
  }

  /** Baseline A: every token of every document, nothing built. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void baselineA_tokenWalk(Blackhole bh) {
    for (byte[] document : documents) {
      try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), document)) {
        int tokens = 0;
        for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
          tokens++;
          if (t == JsonToken.VALUE_STRING) {
            bh.consume(parser.getString());
          }
        }
        bh.consume(tokens);
      }
    }
  }

  /** Baseline B: databind into records. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void baselineB_databindDecode(Blackhole bh) {
    for (byte[] document : documents) {
      bh.consume(mapper.readValue(document, WireRecords.WMeeting.class));
    }
  }

  /** Baseline B: databind out of records. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void baselineB_databindEncode(Blackhole bh) {
    for (WireRecords.WMeeting record : records) {
      bh.consume(mapper.writeValueAsBytes(record));
    }
  }

  /** Minutebook: bytes to meetings. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void decode(Blackhole bh) {
    for (byte[] document : documents) {
      bh.consume(json.decode(document));
    }
  }

  /** Minutebook: bytes to meetings, each validated. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void decodeAndValidate(Blackhole bh) {
    for (byte[] document : documents) {
      ValidationReport report = validator.validate(json.decode(document));
      bh.consume(report);
    }
  }

  /** Minutebook: meetings to bytes. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void encode(Blackhole bh) {
    for (Meeting meeting : meetings) {
      bh.consume(json.encode(meeting));
    }
  }

  /** Minutebook: validation of decoded meetings alone. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void validate(Blackhole bh) {
    for (Meeting meeting : meetings) {
      bh.consume(validator.validate(meeting));
    }
  }

  /** Minutebook: the whole corpus as one NDJSON stream. */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public void ndjsonRead(Blackhole bh) {
    try (Stream<Meeting> stream = json.readNdjson(new ByteArrayInputStream(ndjson))) {
      stream.forEach(bh::consume);
    }
  }
}
