package io.github.minutebook.cli;

import static io.github.minutebook.cli.Cli.run;
import static io.github.minutebook.cli.Cli.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minutebook convert}: records from one format to another, with what each met reported. */
class ConvertCommandTest {
  /** The fifty real Contracts Finder packages of the OCDS module's tests (SOURCES.md there). */
  static final Path CONTRACTS_FINDER = Path.of("../ocds/src/test/resources/contracts-finder");
  private static final MinutebookJson JSON = MinutebookJson.standard();

  @TempDir
  Path dir;

  @Test
  void fiftyRealOcdsPackagesBecomeFiftyDecisionRecordsThatValidate() {
    Cli.Result converted = run("convert", "--from", "ocds", "--no-progress", CONTRACTS_FINDER.toString());

    assertEquals(0, converted.exitCode(), converted.err());
    List<String> lines = converted.outLines();
    assertEquals(50, lines.size());
    for (String line : lines) {
      CouncilRecord record = JSON.decodeRecord(line);
      assertTrue(record instanceof DecisionRecord, line);
    }
    assertEquals(List.of("Converted 50 of 50 records; notes: handled 221, not carried 302"), converted.errLines());

    Cli.Result validated = runWithInput(converted.out().getBytes(StandardCharsets.UTF_8), "validate", "--no-progress", "-");
    assertEquals(0, validated.exitCode(), validated.out());
    assertTrue(validated.outLines().get(validated.outLines().size() - 1)
        .startsWith("Total: files 1, records 50, valid 50, invalid 0, errors 0, warnings 1"), validated.out());
  }

  @Test
  void withNotesEachRecordSaysWhatItMet() {
    Path one = CONTRACTS_FINDER.resolve("ocds-b5fd17raw-7e2a75df-3e8d-41f5-98f5-a7882a88a14d.json");

    Cli.Result converted = run("convert", "--from", "ocds", "--notes", "--no-progress", one.toString());

    assertEquals(0, converted.exitCode(), converted.err());
    assertTrue(converted.errLines().contains(one + ": releases[0] (ocid ocds-b5fd17raw-7e2a75df-3e8d-41f5-98f5-a7882a88a14d):"
        + " HANDLED ocds.zero-value at /releases/0/tender/minValue: the tender's minimum value of 0 is read as no value"
        + " given (Contracts Finder writes 0 where the buyer gave none)") || converted.err().contains("ocds.method-from-details"),
        converted.err());
  }

  @Test
  void minutebookDocumentsAreWrittenAsNdjsonAndABrokenRecordIsReportedNotLost() throws IOException {
    String bromley = Cli.compact(Cli.BROMLEY);
    Path ndjson = Files.writeString(dir.resolve("minutes.ndjson"), bromley + "\n{\"minutebook\": \"3.0\"}\n" + bromley + "\n");
    Path output = dir.resolve("out.ndjson");

    Cli.Result converted = run("convert", "--from", "minutebook", "-o", output.toString(), "--no-progress", ndjson.toString());

    assertEquals(1, converted.exitCode(), converted.err());
    assertEquals(bromley + "\n" + bromley + "\n", Files.readString(output));
    assertEquals(2, converted.errLines().size(), converted.err());
    assertTrue(converted.errLines().get(0).startsWith(ndjson + ": record 2 (line 2): FAILED json.unreadable"),
        converted.err());
    assertEquals("Converted 2 of 3 records; notes: failed 1", converted.errLines().get(1));
  }

  @Test
  void aFormatNotYetWrittenIsAUsageError() {
    Cli.Result converted = run("convert", "--from", "minutebook", "--to", "ocds", "-");

    assertEquals(2, converted.exitCode());
  }
}
