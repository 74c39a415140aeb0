package io.github.minutebook.benchmarks;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The NDJSON memory check: {@code write PATH MB} writes the corpus as NDJSON, repeated to about
 * MB megabytes; {@code read PATH} streams it through the NDJSON reader and prints the record count.
 * Run {@code read} under a small heap with a GC log to see the live heap stay flat.
 */
public final class NdjsonHeap {
  private NdjsonHeap() {}

  /** {@code write PATH MB} or {@code read PATH}. */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args[1]);
    if (args[0].equals("write")) {
      long target = Long.parseLong(args[2]) * 1_000_000L;
      List<Meeting> meetings = Corpus.meetings(CodecBenchmark.DOCUMENTS);
      MinutebookJson json = MinutebookJson.standard();
      long written = 0;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
        while (written < target) {
          for (Meeting meeting : meetings) {
            byte[] line = json.encode(meeting);
            out.write(line);
            out.write('\n');
            written += line.length + 1;
          }
        }
      }
      System.out.println("wrote " + written + " bytes to " + path);
    } else {
      long records;
      try (InputStream in = Files.newInputStream(path); Stream<Meeting> read = MinutebookJson.standard().readNdjson(in)) {
        records = read.count();
      }
      System.out.println("read " + records + " records from " + path);
    }
  }
}
