package io.github.minutebook.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutebookIOTest {
  @TempDir Path dir;

  @Test
  void readsEveryRecordOfAnNdjsonFileWithItsFileAndLine() throws IOException {
    Path file = Files.write(dir.resolve("seeds.ndjson"), Pipelines.seedNdjson());
    List<String> lines = Pipelines.seedLines();
    List<InputRecord> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      expected.add(InputRecord.read(new Origin(file.toString(), i + 1, i + 1), Pipelines.JSON.decodeRecord(lines.get(i))));
    }

    TestPipeline p = Pipelines.create();
    PCollection<InputRecord> read = p.apply(MinutebookIO.read(dir + "/*.ndjson"));
    PAssert.that(read).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  @Test
  void aBadRecordIsAnUnreadableInputRecordAtItsLineAndColumnAndTheRecordsAfterItAreRead() throws IOException {
    List<String> seeds = Pipelines.seedLines();
    String ndjson = seeds.get(0) + "\n"
        + "\n"                                            // line 2: blank, not a record
        + "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\n"  // line 3: the JSON ends inside the object
        + "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"status\":\"cancelled-ish\"}\n" // line 4: not a status
        + "not json at all\r\n"                           // line 5
        + seeds.get(1) + "\n";                            // line 6: read after the bad ones
    Path file = Files.write(dir.resolve("bad.jsonl"), ndjson.getBytes(StandardCharsets.UTF_8));
    String name = file.toString();

    TestPipeline p = Pipelines.create();
    PCollection<InputRecord> read = p.apply(MinutebookIO.read(name));
    PAssert.that(read).satisfies(records -> {
      List<InputRecord> all = new ArrayList<>();
      records.forEach(all::add);
      all.sort((a, b) -> Long.compare(a.origin().line(), b.origin().line()));
      assertEquals(5, all.size(), "five records; the blank line is not one");
      assertEquals(List.of(1L, 3L, 4L, 5L, 6L), all.stream().map(r -> r.origin().line()).toList());
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L), all.stream().map(r -> r.origin().number()).toList());
      assertEquals(Pipelines.JSON.decodeRecord(seeds.get(0)), all.get(0).record().orElseThrow());
      assertEquals(Pipelines.JSON.decodeRecord(seeds.get(1)), all.get(4).record().orElseThrow());
      for (InputRecord bad : all.subList(1, 4)) {
        Unreadable problem = bad.unreadable().orElseThrow(() -> new AssertionError("not unreadable: " + bad));
        assertEquals(name, problem.origin().file());
        assertEquals(bad.origin().line(), problem.line(), "the problem is on the record's own line: " + problem);
        assertTrue(problem.column() > 0, "a column: " + problem);
        assertTrue(bad.record().isEmpty());
      }
      Unreadable status = all.get(2).unreadable().orElseThrow();
      assertEquals("/status", status.pointer(), status.toString());
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void readsJsonArraysSingleDocumentsAndDecisionRecords() throws IOException {
    List<Meeting> seeds = Pipelines.seeds();
    Path array = dir.resolve("array.json");
    try (var out = Files.newOutputStream(array)) {
      Pipelines.JSON.writeArray(seeds.subList(0, 3), out);
    }
    Path single = Files.write(dir.resolve("single.json"), Pipelines.JSON.encodePretty(seeds.get(3)));
    String decision = "{\"minutebook\":\"3.0\",\"type\":\"decision-record\",\"title\":\"Award of the library contract\"}";
    Path decisions = Files.write(dir.resolve("decisions.ndjson"), (decision + "\n").getBytes(StandardCharsets.UTF_8));
    CouncilRecord decisionRecord = Pipelines.JSON.decodeRecord(decision);

    TestPipeline p = Pipelines.create();
    PCollection<InputRecord> read = p.apply(MinutebookIO.read(dir + "/*"));
    PAssert.that(read).containsInAnyOrder(
        InputRecord.read(new Origin(array.toString(), 1, 1), seeds.get(0)),
        InputRecord.read(new Origin(array.toString(), 1, 2), seeds.get(1)),
        InputRecord.read(new Origin(array.toString(), 1, 3), seeds.get(2)),
        InputRecord.read(new Origin(single.toString(), 1, 1), seeds.get(3)),
        InputRecord.read(new Origin(decisions.toString(), 1, 1), decisionRecord));
    p.run().waitUntilFinish();
  }

  @Test
  void writesNdjsonThatIsTheCodecsBytesAndReadsBack() throws IOException {
    List<CouncilRecord> seeds = new ArrayList<>(Pipelines.seeds());
    Path out = dir.resolve("out");

    TestPipeline write = Pipelines.create();
    write.apply(Create.of(seeds).withCoder(MinutebookCoder.records()))
        .apply(MinutebookIO.<CouncilRecord>write(out.toString()).withNumShards(1));
    write.run().waitUntilFinish();

    List<Path> files;
    try (Stream<Path> listed = Files.list(out)) {
      files = listed.filter(f -> f.getFileName().toString().endsWith(".ndjson")).toList();
    }
    assertEquals(1, files.size(), files.toString());
    assertTrue(files.get(0).getFileName().toString().matches("records-00000-of-00001\\.ndjson"), files.toString());
    List<String> written = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
    List<String> expected = seeds.stream().map(Pipelines.JSON::encodeToString).toList();
    assertEquals(expected.stream().sorted().toList(), written.stream().sorted().toList(),
        "each line is the codec's compact document");

    TestPipeline read = Pipelines.create();
    PCollection<CouncilRecord> back = read.apply(MinutebookIO.read(out + "/*.ndjson"))
        .apply(ValidateMeetings.with(() -> io.github.minutebook.validation.MeetingValidator.builder().build())).valid();
    PAssert.that(back).containsInAnyOrder(seeds);
    read.run().waitUntilFinish();
  }
}
