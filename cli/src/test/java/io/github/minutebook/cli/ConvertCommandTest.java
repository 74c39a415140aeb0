package io.github.minutebook.cli;

import static io.github.minutebook.cli.Cli.run;
import static io.github.minutebook.cli.Cli.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
  void realOparlMeetingsAndPapersBecomeRecordsThatValidate() {
    Path karlsruhe = Path.of("../oparl/src/test/resources/karlsruhe");
    Cli.Result converted = run("convert", "--from", "oparl", "--no-progress",
        karlsruhe.resolve("meetings").toString(), karlsruhe.resolve("papers").toString());

    assertEquals(0, converted.exitCode(), converted.err());
    List<CouncilRecord> records = converted.outLines().stream().map(JSON::decodeRecord).toList();
    assertEquals(2, records.stream().filter(r -> r instanceof Meeting).count());
    assertEquals(3, records.stream().filter(r -> r instanceof DecisionRecord).count());
    assertTrue(converted.errLines().get(converted.errLines().size() - 1).startsWith("Converted 5 of 5 records"),
        converted.err());

    Cli.Result validated = run("validate", "--from", "oparl", "--no-progress",
        karlsruhe.resolve("meetings").toString(), karlsruhe.resolve("papers").toString());
    assertEquals(0, validated.exitCode(), validated.out());
    assertTrue(validated.outLines().get(validated.outLines().size() - 1)
        .startsWith("Total: files 5, records 5, valid 5, invalid 0, errors 0"), validated.out());
  }

  @Test
  void aFolderOfSavedModernGovResponsesBecomesRecordsThatValidate() {
    Path lgsf = Path.of("../moderngov/src/test/resources/lgsf");
    Cli.Result converted = run("convert", "--from", "moderngov", "--no-progress", lgsf.toString());

    // the decisions table holds one row that links to no decision: it is reported, and the exit code says so
    assertEquals(1, converted.exitCode(), converted.err());
    List<CouncilRecord> records = converted.outLines().stream().map(JSON::decodeRecord).toList();
    assertEquals(List.of("4967", "4966"), records.stream().filter(r -> r instanceof Meeting)
        .map(r -> r.id().orElseThrow()).toList(), "the saved meeting whole, the other from its committee's list");
    assertEquals(3, records.stream().filter(r -> r instanceof DecisionRecord).count());
    assertTrue(converted.err().contains("committees.xml: a GetCommittees response"), converted.err());
    assertTrue(converted.err().contains("modgov_decisions_list.html"), converted.err());
    assertTrue(converted.errLines().get(converted.errLines().size() - 1).startsWith("Converted 5 of 6 records"),
        converted.err());

    Cli.Result validated = runWithInput(converted.out().getBytes(StandardCharsets.UTF_8), "validate", "--no-progress", "-");
    assertEquals(0, validated.exitCode(), validated.out());
    assertTrue(validated.outLines().get(validated.outLines().size() - 1)
        .startsWith("Total: files 1, records 5, valid 5, invalid 0, errors 0"), validated.out());
  }

  @Test
  void savedLegistarHistoriesBecomeTheMattersRecordThatValidates() throws IOException {
    Path histories = dir.resolve("chicago/matters/42/histories.json");
    Files.createDirectories(histories.getParent());
    Files.copy(Path.of("../legistar/src/test/resources/legistar/chicago/dupe_event.json"), histories);
    Cli.Result converted = run("convert", "--from", "legistar", "--client", "chicago", "--zone", "America/Chicago",
        "--no-progress", dir.resolve("chicago").toString());

    assertEquals(0, converted.exitCode(), converted.err());
    DecisionRecord record = (DecisionRecord) JSON.decodeRecord(converted.outLines().get(0));
    assertEquals("https://webapi.legistar.com/v1/chicago/matters/42", record.id().orElseThrow());
    Cli.Result validated = runWithInput(converted.out().getBytes(StandardCharsets.UTF_8), "validate", "--no-progress", "-");
    assertEquals(0, validated.exitCode(), validated.out());
  }

  @Test
  void validateSendsSavedResponsesThroughConvert() {
    Cli.Result result = run("validate", "--from", "moderngov", "--no-progress", "../moderngov/src/test/resources/lgsf");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("minutebook convert --from moderngov FOLDER | minutebook validate -"), result.err());
  }

  @Test
  void legistarNeedsTheCitysClientName() {
    Cli.Result result = run("convert", "--from", "legistar", "--no-progress", dir.toString());

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("--from legistar needs --client"), result.err());
  }

  @Test
  void theSeedMinutesBecomeAnOparlListPageAndOpenCivicDataEvents() throws IOException {
    Path seeds = Cli.copySeeds(dir.resolve("seeds"));

    Cli.Result oparl = run("convert", "--from", "minutebook", "--to", "oparl", "--base-url",
        "https://ris.example.org/oparl/", "--no-progress", seeds.toString());
    assertEquals(0, oparl.exitCode(), oparl.err());
    JsonNode page = JsonMapper.builder().build().readTree(oparl.out());
    List<String> types = page.path("data").valueStream().map(o -> o.path("type").asString()).distinct().sorted().toList();
    assertTrue(types.contains("https://schema.oparl.org/1.1/Meeting"), types.toString());
    assertTrue(page.path("data").valueStream().allMatch(o -> o.path("id").asString().startsWith("https://")));

    Cli.Result ocd = run("convert", "--from", "minutebook", "--to", "ocd", "--source", "https://example.org/minutes",
        "--no-progress", seeds.toString());
    assertEquals(0, ocd.exitCode(), ocd.err());
    JsonNode objects = JsonMapper.builder().build().readTree(ocd.out());
    assertEquals(5, objects.valueStream().filter(o -> o.path("_type").asString().equals("event")).count(), ocd.out());
  }

  @Test
  void anOparlExportNeedsItsServersAddress() {
    Cli.Result converted = run("convert", "--from", "minutebook", "--to", "oparl", "-");

    assertEquals(2, converted.exitCode());
    assertTrue(converted.err().contains("--to oparl needs --base-url"), converted.err());
  }

  @Test
  void withNotesEachRecordSaysWhatItMet() {
    Path one = CONTRACTS_FINDER.resolve("ocds-b5fd17raw-7e2a75df-3e8d-41f5-98f5-a7882a88a14d.json");

    Cli.Result converted = run("convert", "--from", "ocds", "--notes", "--no-progress", one.toString());

    assertEquals(0, converted.exitCode(), converted.err());
    String prefix = one + ": releases[0] (ocid ocds-b5fd17raw-7e2a75df-3e8d-41f5-98f5-a7882a88a14d): ";
    assertTrue(converted.errLines().contains(prefix + "HANDLED ocds.category-from-contract-type at"
        + " /releases/0/tender/xClassifications/ojeuContractType: the category is read from Contracts Finder's contract"
        + " type \"Products\""), converted.err());
    assertTrue(converted.errLines().contains(prefix + "NOT_CARRIED ocds.tenderers at /releases/0/tender/tenderers: the 15"
        + " tenderers named are not carried (a contract decision names its suppliers, and counts the tenders)"),
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
  void anOcdsPackageNeedsItsPublisherAndAddress() {
    Cli.Result converted = run("convert", "--from", "minutebook", "--to", "ocds", "--ocid-prefix", "ocds-abc123", "-");

    assertEquals(2, converted.exitCode());
    assertTrue(converted.err().contains("--to ocds needs --ocid-prefix, --publisher and --package-uri"), converted.err());
  }

  @Test
  void theSeedMinutesBecomeAReleasePackageThatReadsBackAsContractNotices() throws IOException {
    Path seeds = Cli.copySeeds(dir.resolve("seeds"));
    Path releases = dir.resolve("releases.json");

    Cli.Result exported = run("convert", "--from", "minutebook", "--to", "ocds", "--ocid-prefix", "ocds-abc123",
        "--publisher", "London Borough of Bromley", "--package-uri", "https://example.org/ocds/bromley.json",
        "-o", releases.toString(), "--no-progress", seeds.toString());

    assertEquals(0, exported.exitCode(), exported.err());
    tools.jackson.databind.JsonNode pack = tools.jackson.databind.json.JsonMapper.builder().build()
        .readTree(releases.toFile());
    assertEquals(9, pack.path("releases").size(), "the nine contract awards of Bromley's Executive");
    assertEquals("London Borough of Bromley", pack.path("publisher").path("name").asString());

    Cli.Result imported = run("convert", "--from", "ocds", "--no-progress", releases.toString());
    assertEquals(0, imported.exitCode(), imported.err());
    assertEquals(9, imported.outLines().size());
    assertTrue(imported.errLines().get(imported.errLines().size() - 1).startsWith("Converted 9 of 9 records"),
        imported.err());
  }

  @Test
  void aGrantPackageReadsInAndWritesOut() {
    Path grants = Path.of("../360giving/src/test/resources/io/github/minutebook/threesixtygiving/anytown-grants.json");

    Cli.Result imported = run("convert", "--from", "360giving", "--no-progress", grants.toString());
    assertEquals(0, imported.exitCode(), imported.err());
    int records = imported.outLines().size();
    assertTrue(records > 0, imported.err());

    Cli.Result exported = runWithInput(imported.out().getBytes(StandardCharsets.UTF_8), "convert", "--from",
        "minutebook", "--to", "360giving", "--grant-prefix", "360G-anytown", "--no-progress", "-");
    assertEquals(0, exported.exitCode(), exported.err());
    tools.jackson.databind.JsonNode pack = tools.jackson.databind.json.JsonMapper.builder().build()
        .readTree(exported.out());
    assertEquals(records, pack.path("grants").size(), exported.out());
  }

  @Test
  void validateFromOcdsChecksTheImportedRecordsWithTheOcdsChecks() throws IOException {
    Cli.Result validated = run("validate", "--from", "ocds", "--no-progress", CONTRACTS_FINDER.toString());

    assertEquals(0, validated.exitCode(), validated.out());
    List<String> lines = validated.outLines();
    assertEquals("Total: files 50, records 50, valid 50, invalid 0, errors 0, warnings 2, notes 0",
        lines.get(lines.size() - 1));
    assertTrue(validated.out().contains("ocds.implausible-value"), validated.out());

    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"releases\": [[1], {\"ocid\": \"ocds-abc123-1\"}");
    Cli.Result unreadable = run("validate", "--from", "ocds", "--no-progress", broken.toString());
    assertEquals(1, unreadable.exitCode(), unreadable.out());
    assertTrue(unreadable.out().contains("ERROR ocds.not-a-release at /releases/0: releases[0]: a release must be a"
        + " JSON object"), unreadable.out());
    assertTrue(unreadable.out().contains("ERROR ocds.malformed-json"), unreadable.out());
    assertTrue(unreadable.out().contains("not well-formed JSON"), unreadable.out());
  }
}
