package io.github.minutebook.beam;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.testing.TestPipeline;

/** What the tests share: a pipeline on the Direct runner, and the five seed meetings. */
final class Pipelines {
  static final MinutebookJson JSON = MinutebookJson.standard();

  private Pipelines() {}

  /**
   * A test pipeline for JUnit 5: TestPipeline's checks that a pipeline was run belong to its JUnit 4
   * rule, so each test runs its pipeline itself and waits for it.
   */
  static TestPipeline create() {
    return TestPipeline.create().enableAbandonedNodeEnforcement(false);
  }

  /** The five seed meetings as NDJSON. */
  static byte[] seedNdjson() {
    try (InputStream in = Pipelines.class.getResourceAsStream("meetings.ndjson")) {
      if (in == null) {
        throw new IllegalStateException("meetings.ndjson is missing from the test resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The NDJSON lines of the seeds, one document each. */
  static List<String> seedLines() {
    return new String(seedNdjson(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
  }

  /** The five seed meetings. */
  static List<Meeting> seeds() {
    return seedLines().stream().map(JSON::decode).toList();
  }
}
