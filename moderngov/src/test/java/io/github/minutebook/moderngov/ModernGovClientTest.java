package io.github.minutebook.moderngov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.exchange.Converted;
import io.github.minutebook.http.Checkpoint;
import io.github.minutebook.http.PoliteClient;
import io.github.minutebook.http.ProgressListener;
import io.github.minutebook.http.ServiceGoneException;
import io.github.minutebook.http.testing.FakeTime;
import io.github.minutebook.http.testing.ReplayServer;
import io.github.minutebook.http.testing.ReplayServer.Answer;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live client against a local server that replays Manchester's real responses as LGSF keeps
 * them ({@code lgsf/}): GetCommittees lists 3 committees, GetMeetings lists 2 meetings (4966,
 * 4967) for the Audit Committee (144) and, as LGSF keeps no other list, none for the other two;
 * GetMeeting answers the one meeting LGSF keeps (4967) for every id asked. The clock is fake: the
 * client's waits are recorded, never slept.
 */
class ModernGovClientTest {
  private static final String XML = "text/xml; charset=utf-8";
  private static final String EMPTY_LIST =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<getmeetings>\n  <meetingscount>0</meetingscount>\n"
          + "  <committeescount>0</committeescount>\n</getmeetings>\n";
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 31);

  private static final String SERVICE = "/mgWebService.asmx/";

  private ReplayServer server;
  private final FakeTime time = new FakeTime();
  private final List<String> retries = Collections.synchronizedList(new ArrayList<>());
  private final List<Converted<Meeting>> delivered = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = ReplayServer.start();
    server.on(SERVICE + "GetCommittees", xml(resource("committees.xml")));
    server.on(SERVICE + "GetMeetings", xml(EMPTY_LIST));
    server.on(SERVICE + "GetMeetings?lCommitteeId=144&sFromDate=01/01/2026&sToDate=31/03/2026",
        xml(resource("meetings.xml")));
    server.on(SERVICE + "GetMeeting", xml(resource("meeting_with_minutes.xml")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Answer xml(String body) {
    return Answer.of(200, XML, body);
  }

  /** The operations asked, with their queries, in order. */
  private List<String> asked() {
    return server.asked().stream().map(a -> a.replace(SERVICE, "")).toList();
  }

  private static String resource(String name) {
    try (InputStream in = ModernGovClientTest.class.getResourceAsStream("/lgsf/" + name)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private ModernGovClient client(Checkpoint checkpoint) {
    PoliteClient http = PoliteClient.builder()
        .minInterval(Duration.ofSeconds(1))
        .backoff(Duration.ofSeconds(2), Duration.ofSeconds(60))
        .clock(time)
        .sleeper(time)
        .random(new Random(7))
        .listener(new ProgressListener() {
          @Override
          public void retrying(URI uri, int failedAttempt, Duration wait, String reason) {
            retries.add(reason);
          }
        })
        .build();
    return ModernGovClient.of(
        ModernGovUrls.of(server.base() + "/"), http, checkpoint);
  }

  @Test
  void harvestsEveryCommitteeThenEveryMeetingListed() throws Exception {
    Checkpoint checkpoint = Checkpoint.inMemory();
    ModernGovClient.Summary summary = client(checkpoint).harvest(FROM, TO, delivered::add);

    assertEquals(List.of(
        "GetCommittees",
        "GetMeetings?lCommitteeId=312&sFromDate=01/01/2026&sToDate=31/03/2026",
        "GetMeetings?lCommitteeId=163&sFromDate=01/01/2026&sToDate=31/03/2026",
        "GetMeetings?lCommitteeId=144&sFromDate=01/01/2026&sToDate=31/03/2026",
        "GetMeeting?lMeetingId=4966",
        "GetMeeting?lMeetingId=4967"), asked());
    assertEquals(new ModernGovClient.Summary(6, 3, 2, 0, 0), summary);
    assertEquals(2, delivered.size());
    for (Converted<Meeting> meeting : delivered) {
      assertTrue(meeting.isConverted(), meeting.toString());
      Body committee = meeting.value().orElseThrow().body().orElseThrow();
      assertEquals("144", committee.id().orElseThrow());
      assertEquals("Audit Committee", committee.name().orElseThrow());
      assertEquals(2, meeting.value().orElseThrow().agendaItems().size());
    }
    assertTrue(delivered.get(0).source().endsWith("/mgWebService.asmx/GetMeeting?lMeetingId=4966"));
    assertTrue(delivered.get(1).source().endsWith("/mgWebService.asmx/GetMeeting?lMeetingId=4967"));
    assertEquals(java.util.Set.of("4966", "4967"), checkpoint.doneIds());
  }

  @Test
  void keepsOneSecondBetweenRequestsWithoutSleepingForReal() throws Exception {
    client(Checkpoint.inMemory()).harvest(FROM, TO, delivered::add);

    // 6 requests, the fake clock stands still between them: 5 waits of the whole interval.
    assertEquals(Collections.nCopies(5, Duration.ofSeconds(1)), time.sleeps());
  }

  @Test
  void retriesA503AndGoesOn() throws Exception {
    server.on(SERVICE + "GetMeeting", Answer.of(503, "text/html", "<html>Service Unavailable</html>"),
        xml(resource("meeting_with_minutes.xml")));

    ModernGovClient.Summary summary = client(Checkpoint.inMemory()).harvest(FROM, TO, delivered::add);

    assertEquals(List.of("HTTP 503"), retries);
    assertEquals(2, asked().stream().filter("GetMeeting?lMeetingId=4966"::equals).count());
    assertEquals(7, asked().size());
    assertEquals(2, summary.meetingsDelivered());
    assertTrue(delivered.stream().allMatch(Converted::isConverted));
    // The back-off after the 503 is 1 to 2 s (2 s jittered), and covers the rate limit's second.
    Duration backoff = time.sleeps().get(4);
    assertTrue(backoff.compareTo(Duration.ofSeconds(1)) >= 0
        && backoff.compareTo(Duration.ofSeconds(2)) <= 0, backoff.toString());
    assertEquals(6, time.sleeps().size());
  }

  @Test
  void aServiceSwitchedOffStopsWithAClearError() {
    server.on(SERVICE + "GetCommittees", Answer.of(410, "text/html", "<html>Gone</html>"));

    ServiceGoneException gone = assertThrows(ServiceGoneException.class,
        () -> client(Checkpoint.inMemory()).harvest(FROM, TO, delivered::add));

    assertEquals(410, gone.status().orElseThrow());
    assertTrue(gone.getMessage().contains("HTTP 410 (Gone)"), gone.getMessage());
    assertTrue(gone.getMessage().contains("switched this service off"), gone.getMessage());
    assertEquals(List.of("GetCommittees"), asked());
    assertTrue(delivered.isEmpty());
  }

  @Test
  void anHtmlPageWhereTheXmlShouldBeIsAServiceGone() {
    server.on(SERVICE + "GetMeetings", Answer.of(200, "text/html; charset=utf-8",
        "<html><body><h1>This service has been switched off</h1></body></html>"));

    ServiceGoneException gone = assertThrows(ServiceGoneException.class,
        () -> client(Checkpoint.inMemory()).harvest(FROM, TO, delivered::add));

    assertEquals(200, gone.status().orElseThrow());
    assertTrue(gone.getMessage().contains("expected xml"), gone.getMessage());
    assertTrue(gone.getMessage().contains("This service has been switched off"), gone.getMessage());
    assertTrue(gone.uri().toString().contains("GetMeetings?lCommitteeId=312"), gone.uri().toString());
    assertEquals(2, asked().size());
  }

  @Test
  void aMeetingAlreadyDoneIsNotAskedFor() throws Exception {
    Checkpoint checkpoint = Checkpoint.inMemory();
    checkpoint.markDone("4967");

    ModernGovClient.Summary summary = client(checkpoint).harvest(FROM, TO, delivered::add);

    assertFalse(asked().contains("GetMeeting?lMeetingId=4967"), asked().toString());
    assertTrue(asked().contains("GetMeeting?lMeetingId=4966"), asked().toString());
    assertEquals(new ModernGovClient.Summary(5, 3, 1, 1, 0), summary);
    assertEquals(1, delivered.size());
  }

  @Test
  void aRunThatStoppedResumesAfterTheMeetingsDelivered(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("manchester.checkpoint");
    server.on(SERVICE + "GetMeeting", xml(resource("meeting_with_minutes.xml")),
        Answer.of(410, "text/html", "<html>Gone</html>"), xml(resource("meeting_with_minutes.xml")));

    assertThrows(ServiceGoneException.class,
        () -> client(Checkpoint.inFile(file)).harvest(FROM, TO, delivered::add));
    assertEquals(1, delivered.size());

    server.clearRequests();
    ModernGovClient.Summary resumed = client(Checkpoint.inFile(file)).harvest(FROM, TO, delivered::add);

    assertFalse(asked().contains("GetMeeting?lMeetingId=4966"), asked().toString());
    assertEquals(List.of("GetMeeting?lMeetingId=4967"),
        asked().stream().filter(a -> a.startsWith("GetMeeting?")).toList());
    assertEquals(new ModernGovClient.Summary(5, 3, 1, 1, 0), resumed);
    assertEquals(2, delivered.size());
  }

  @Test
  void aDeletedCommitteeIsDeliveredAsLeftOutAndItsMeetingsNotAsked() throws Exception {
    String deleted = resource("committees.xml").replaceFirst(
        "<committeedeleted>False</committeedeleted>", "<committeedeleted>True</committeedeleted>");
    server.on(SERVICE + "GetCommittees", xml(deleted));

    ModernGovClient.Summary summary = client(Checkpoint.inMemory()).harvest(FROM, TO, delivered::add);

    assertFalse(asked().stream().anyMatch(a -> a.contains("lCommitteeId=312")), asked().toString());
    assertEquals(new ModernGovClient.Summary(5, 2, 2, 0, 1), summary);
    Converted<Meeting> left = delivered.get(0);
    assertFalse(left.isConverted());
    assertTrue(left.notes().stream().anyMatch(n -> n.code().equals("moderngov.committee_skipped")),
        left.notes().toString());
    assertTrue(left.notes().stream().anyMatch(n -> n.code().equals("moderngov.deleted")),
        left.notes().toString());
  }
}
