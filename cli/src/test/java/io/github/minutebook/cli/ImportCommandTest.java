package io.github.minutebook.cli;

import static io.github.minutebook.cli.Cli.run;
import static io.github.minutebook.cli.Cli.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.http.testing.ReplayServer;
import io.github.minutebook.http.testing.ReplayServer.Answer;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code minutebook import}: a council's live service read into NDJSON, against a local server
 * replaying the real ModernGov, OParl and Legistar answers the modules' tests keep.
 */
class ImportCommandTest {
  private static final MinutebookJson JSON = MinutebookJson.standard();
  private static final Path LGSF = Path.of("../moderngov/src/test/resources/lgsf");
  private static final Path KARLSRUHE = Path.of("../oparl/src/test/resources/karlsruhe");

  private ReplayServer server;
  private String base;

  @TempDir Path dir;

  @BeforeEach
  void start() throws IOException {
    server = ReplayServer.start();
    base = server.base();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void on(String pathAndQuery, Answer answer, Answer... then) {
    server.on(pathAndQuery, answer, then);
  }

  private static Answer xml(Path file) throws IOException {
    return Answer.of(200, "text/xml; charset=utf-8", Files.readString(file));
  }

  private static final String NO_MEETINGS = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<getmeetings>\n"
      + "  <meetingscount>0</meetingscount>\n  <committeescount>0</committeescount>\n</getmeetings>";

  /** Manchester's web service as LGSF recorded it; only the Audit Committee (144) lists meetings. */
  private void manchester() throws IOException {
    String service = "/mgWebService.asmx/";
    on(service + "GetCommittees", xml(LGSF.resolve("committees.xml")));
    on(service + "GetMeetings", Answer.of(200, "text/xml", NO_MEETINGS));
    on(service + "GetMeetings?lCommitteeId=144&sFromDate=01/01/2026&sToDate=31/03/2026",
        xml(LGSF.resolve("meetings.xml")));
    on(service + "GetMeeting?lMeetingId=4967", xml(LGSF.resolve("meeting_with_minutes.xml")));
    // not recorded by LGSF: the cancelled meeting's own answer, with what its list entry says
    on(service + "GetMeeting?lMeetingId=4966", Answer.of(200, "text/xml", "<?xml version=\"1.0\"?>\n<meeting>"
        + "<meetingid>4966</meetingid><meetingdate>13/01/2026</meetingdate>"
        + "<meetingstatus>Cancelled</meetingstatus></meeting>"));
  }

  private String[] moderngov(String... more) {
    List<String> args = new ArrayList<>(List.of("import", "moderngov", "--site", base, "--from", "2026-01-01",
        "--to", "2026-03-31", "--requests-per-second", "100", "--no-progress"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void aModernGovSiteIsReadIntoNdjsonThatValidates() throws IOException {
    manchester();

    Cli.Result imported = run(moderngov());

    assertEquals(0, imported.exitCode(), imported.err());
    List<CouncilRecord> records = imported.outLines().stream().map(JSON::decodeRecord).toList();
    assertEquals(List.of("4966", "4967"), records.stream().map(r -> r.id().orElseThrow()).toList());
    assertEquals("Audit Committee", ((Meeting) records.get(1)).body().orElseThrow().name().orElseThrow());
    assertTrue(imported.err().contains("Asked 6 requests of " + base + ": 3 committees, 2 meetings read, 0 done"
        + " before"), imported.err());
    assertTrue(imported.errLines().get(imported.errLines().size() - 1).startsWith("Imported 2 of 2 records"),
        imported.err());

    Cli.Result validated = runWithInput(imported.out().getBytes(StandardCharsets.UTF_8), "validate", "--no-progress",
        "-");
    assertEquals(0, validated.exitCode(), validated.out());
  }

  @Test
  void anImportStoppedByTheServiceResumesFromItsCheckpointAndCompletesTheFile() throws IOException {
    manchester();
    on("/mgWebService.asmx/GetMeeting?lMeetingId=4967", Answer.of(410, "text/html", "<html>Gone</html>"),
        xml(LGSF.resolve("meeting_with_minutes.xml")));
    Path checkpoint = dir.resolve("manchester.checkpoint");
    Path output = dir.resolve("manchester.ndjson");

    Cli.Result first = run(moderngov("--checkpoint", checkpoint.toString(), "-o", output.toString()));

    assertEquals(2, first.exitCode(), first.err());
    assertTrue(first.err().contains("minutebook: the service is gone"), first.err());
    assertEquals(1, Files.readAllLines(output).size(), "the meeting read before the failure is kept");

    server.clearRequests();
    Cli.Result second = run(moderngov("--checkpoint", checkpoint.toString(), "-o", output.toString()));

    assertEquals(0, second.exitCode(), second.err());
    List<String> lines = Files.readAllLines(output);
    assertEquals(List.of("4966", "4967"), lines.stream().map(l -> JSON.decodeRecord(l).id().orElseThrow()).toList());
    assertTrue(server.asked().stream().noneMatch(a -> a.contains("lMeetingId=4966")),
        "4966 was done: " + server.asked());
  }

  @Test
  void aNewCheckpointReplacesAnOldOutputRatherThanAddingToIt() throws IOException {
    manchester();
    Path output = dir.resolve("manchester.ndjson");
    Files.writeString(output, "{\"an\": \"earlier run without a checkpoint\"}\n");

    Cli.Result imported = run(moderngov("--checkpoint", dir.resolve("new.checkpoint").toString(), "-o",
        output.toString()));

    assertEquals(0, imported.exitCode(), imported.err());
    assertEquals(2, Files.readAllLines(output).size(), "the two meetings, and not the earlier line");
  }

  @Test
  void aSiteThatAnswersWithAWebPageIsAServiceGoneNotAnEmptyImport() {
    on("/mgWebService.asmx/GetCommittees", Answer.of(200, "text/html", "<html><body>Our new site</body></html>"));

    Cli.Result imported = run(moderngov());

    assertEquals(2, imported.exitCode(), imported.err());
    assertTrue(imported.err().contains("minutebook: the service is gone"), imported.err());
    assertEquals("", imported.out());
  }

  @Test
  void anOparlBodysMeetingsAndPapersAreReadFollowingItsPages() throws IOException {
    String body = base + "/oparl/body/1";
    on("/oparl/body/1", Answer.of(200, "application/json", "{\"id\": \"" + body + "\", \"type\":"
        + " \"https://schema.oparl.org/1.1/Body\", \"name\": \"Stadt Karlsruhe\", \"meeting\": \"" + body
        + "/meetings\", \"paper\": \"" + body + "/papers\"}"));
    // the list pages are made here; the objects in them are Karlsruhe's, as its server gave them
    on("/oparl/body/1/meetings", page(List.of(KARLSRUHE.resolve("meetings/9531.json")), body + "/meetings?page=2"));
    on("/oparl/body/1/meetings?page=2", page(List.of(KARLSRUHE.resolve("meetings/10439.json")), null));
    on("/oparl/body/1/papers", page(List.of(KARLSRUHE.resolve("papers/50649.json"),
        KARLSRUHE.resolve("papers/50702.json"), KARLSRUHE.resolve("papers/50703.json")), null));

    Cli.Result imported = run("import", "oparl", "--body", body, "--requests-per-second", "100", "--no-progress");

    assertEquals(0, imported.exitCode(), imported.err());
    List<CouncilRecord> records = imported.outLines().stream().map(JSON::decodeRecord).toList();
    assertEquals(2, records.stream().filter(Meeting.class::isInstance).count());
    assertEquals(3, records.stream().filter(DecisionRecord.class::isInstance).count());
    Cli.Result validated = runWithInput(imported.out().getBytes(StandardCharsets.UTF_8), "validate", "--no-progress",
        "-");
    assertEquals(0, validated.exitCode(), validated.out());
  }

  private static Answer page(List<Path> objects, String next) throws IOException {
    List<String> data = new ArrayList<>();
    for (Path object : objects) {
      data.add(Files.readString(object));
    }
    return Answer.of(200, "application/json", "{\"data\": [" + String.join(",", data) + "], \"pagination\": {},"
        + " \"links\": {" + (next == null ? "" : "\"next\": \"" + next + "\"") + "}}");
  }

  @Test
  void aLegistarCitysEventsAreReadWithTheirItems() {
    on("/v1/seattle/events", Answer.of(200, "application/json", "[{\"EventId\": 1, \"EventBodyName\": \"City"
        + " Council\", \"EventDate\": \"2024-01-08T00:00:00\", \"EventTime\": \"2:00 PM\"}]"));
    on("/v1/seattle/events/1/eventitems", Answer.of(200, "application/json", "[{\"EventItemId\": 10,"
        + " \"EventItemEventId\": 1, \"EventItemAgendaSequence\": 1, \"EventItemTitle\": \"Roll call\"}]"));

    Cli.Result imported = run("import", "legistar", "--client", "seattle", "--zone", "America/Los_Angeles",
        "--since", "2024-01-01", "--api", base + "/v1/", "--requests-per-second", "100", "--no-progress");

    assertEquals(0, imported.exitCode(), imported.err());
    Meeting meeting = (Meeting) JSON.decodeRecord(imported.outLines().get(0));
    assertEquals(1, meeting.agendaItems().size());
    assertTrue(imported.err().contains("1 events, 0 done before"), imported.err());
  }

  @Test
  void theSystemIsNamed() {
    Cli.Result result = run("import");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("moderngov|legistar|oparl"), result.err());
  }
}
