package io.github.minutebook.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.meeting.Meeting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamNdjsonTest {
  @TempDir
  Path temp;

  @Test
  void theFiveMeetingsAreReadAndValid() throws Exception {
    StreamNdjson.Counts[] counts = new StreamNdjson.Counts[1];
    String out = Output.of(o -> counts[0] = StreamNdjson.run(DataFilesTest.NDJSON, o));

    assertEquals(new StreamNdjson.Counts(5, 0, 0), counts[0]);
    assertEquals(DataFilesTest.NDJSON + ": 5 records: 5 valid, 0 invalid, 0 unreadable\n", out);
  }

  @Test
  void carriesOnPastAMalformedLineAndAnInvalidMeetingInTheMiddle() throws Exception {
    List<String> meetings = Files.readAllLines(DataFilesTest.NDJSON, StandardCharsets.UTF_8);
    Meeting bromley = MinutebookJson.standard().decode(meetings.get(2));
    String endsBeforeItStarts = MinutebookJson.standard().encodeToString(bromley.withEndTime(LocalTime.of(18, 30)));
    String cutShort = meetings.get(4).substring(0, 137); // the Leeds meeting, cut off mid-document
    Path file = temp.resolve("mixed.ndjson");
    Files.write(file, List.of(
        meetings.get(0),     // line 1, record 1: valid
        "",                  // line 2: blank lines are skipped and are not records
        meetings.get(2),     // line 3, record 2: valid
        cutShort,            // line 4, record 3: malformed JSON
        endsBeforeItStarts,  // line 5, record 4: read, but invalid
        meetings.get(1)),    // line 6, record 5: valid, read after the bad ones
        StandardCharsets.UTF_8);

    StreamNdjson.Counts[] counts = new StreamNdjson.Counts[1];
    String out = Output.of(o -> counts[0] = StreamNdjson.run(file, o));

    assertEquals(new StreamNdjson.Counts(3, 1, 1), counts[0]);
    assertEquals(2, counts[0].bad());
    // The problem's wording is the decoder's; this example only prints it.
    String problem = assertThrows(MinutebookJsonException.class, () -> MinutebookJson.standard().decode(cutShort))
        .problem();
    assertEquals(String.join("\n",
        "record 3 (line 4): cannot be read: " + problem,
        "    at line 4, column 138, JSON Pointer /body/name",
        "record 4 (line 5): invalid, 1 error",
        "    ERROR meeting.end-before-start at endTime: The meeting ends at 18:30, before it starts at 19:00",
        file + ": 5 records: 3 valid, 1 invalid, 1 unreadable",
        ""), out);
  }

  @Test
  void theDefaultFileIsMeetingsNdjsonFromTheProjectRoot() {
    assertEquals(Path.of("examples").resolve(DataFilesTest.NDJSON), StreamNdjson.DEFAULT_FILE);
    assertTrue(Files.exists(DataFilesTest.NDJSON));
  }
}
