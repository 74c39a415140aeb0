package io.github.minutebook.benchmarks;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.validation.MeetingValidator;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the first document in a fresh JVM: loading the codecs (derived from the model's
 * shapes when first used) and the validator (whose walk is generated code), then decoding and
 * validating one small meeting. Measured once per fork, in many forks, against a baseline that
 * decodes the same document with a plain Jackson parser in the same kind of fresh JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class StartupBenchmark {
  private static final byte[] DOCUMENT = ("{\"minutebook\": \"" + io.github.minutebook.json.internal.ModelCodecs.FORMAT_VERSION
      + "\", \"title\": \"Executive\", \"date\": \"2016-09-14\", \"agendaItems\": [{\"minuteNumber\": \"73\","
      + " \"title\": \"Budget\", \"resolutions\": [{\"parts\": [{\"label\": \"1\", \"text\": \"Agreed.\","
      + " \"effect\": \"approve\"}]}]}]}").getBytes(StandardCharsets.UTF_8);

  /** Loads the codecs and decodes one meeting. */
  @Benchmark
  public Meeting firstDecode() {
    return MinutebookJson.standard().decode(DOCUMENT);
  }

  /** Loads the codecs and the validator, decodes one meeting and validates it. */
  @Benchmark
  public Object firstDecodeAndValidate() {
    return MeetingValidator.defaults().validate(MinutebookJson.standard().decode(DOCUMENT));
  }

  /** Baseline: the same bytes through a plain Jackson parser, token by token, in a fresh JVM. */
  @Benchmark
  public int baselineFirstTokenWalk() {
    int tokens = 0;
    try (tools.jackson.core.JsonParser parser = new tools.jackson.core.json.JsonFactory()
        .createParser(tools.jackson.core.ObjectReadContext.empty(), DOCUMENT)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
