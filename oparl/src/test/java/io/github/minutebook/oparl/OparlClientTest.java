package io.github.minutebook.oparl;

import static io.github.minutebook.http.testing.ReplayServer.Answer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.http.Checkpoint;
import io.github.minutebook.http.CouncilServiceException;
import io.github.minutebook.http.PoliteClient;
import io.github.minutebook.http.ProgressListener;
import io.github.minutebook.http.ServiceGoneException;
import io.github.minutebook.http.testing.FakeTime;
import io.github.minutebook.http.testing.ReplayServer;
import io.github.minutebook.http.testing.ReplayServer.Answer;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live client against a local server that serves Stadt Karlsruhe's real OParl objects ({@code
 * karlsruhe/}, unchanged, their ids still Karlsruhe's URLs) as list pages: meetings 9531 and 10439
 * on two pages, papers 50649 and 50702 on one page and 50703 on a second. Only the envelopes are
 * made up here: the Body and System objects (id, type and list URLs on the local server) and the
 * list pages' {@code data}/{@code links} wrappers. The client never really waits: its clock and
 * sleeper are a {@link FakeTime}, which records the waits.
 */
class OparlClientTest {
  private static final String KA = "https://web1.karlsruhe.de/oparl/bodies/0001/";
  private static final String BODY = "/oparl/bodies/0001";
  private static final String MEETINGS = BODY + "/meetings";
  private static final String PAPERS = BODY + "/papers";

  private ReplayServer server;
  private String base;
  private final FakeTime time = new FakeTime();
  private final List<String> retries = Collections.synchronizedList(new ArrayList<>());
  private final List<Converted<CouncilRecord>> delivered = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = ReplayServer.start();
    base = server.base();
    on(BODY, json(body()));
    on(MEETINGS, json(page(List.of(karlsruhe("meetings/9531.json")), MEETINGS + "?page=2")));
    on(MEETINGS + "?page=2", json(page(List.of(karlsruhe("meetings/10439.json")), null)));
    on(PAPERS, json(page(List.of(karlsruhe("papers/50649.json"), karlsruhe("papers/50702.json")),
        PAPERS + "?page=2")));
    on(PAPERS + "?page=2", json(page(List.of(karlsruhe("papers/50703.json")), null)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The hand-made Body: Karlsruhe's id, its list URLs on the local server. */
  private String body() {
    return "{\"id\": \"" + KA.substring(0, KA.length() - 1) + "\", \"type\": \"https://schema.oparl.org/1.1/Body\","
        + " \"name\": \"Stadt Karlsruhe\", \"meeting\": \"" + base + MEETINGS + "\", \"paper\": \"" + base + PAPERS
        + "\", \"organization\": \"" + base + BODY + "/organizations\"}";
  }

  /** A hand-made list page wrapping real objects (or URLs, given quoted). */
  private String page(List<String> data, String next) {
    return "{\"data\": [" + String.join(",\n", data) + "], \"pagination\": {}, \"links\": {"
        + (next == null ? "" : "\"next\": \"" + base + next + "\"") + "}}";
  }

  private void on(String pathAndQuery, Answer answer, Answer... then) {
    server.on(pathAndQuery, answer, then);
  }

  private static String karlsruhe(String name) {
    try (InputStream in = OparlClientTest.class.getResourceAsStream("/karlsruhe/" + name)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private PoliteClient http() {
    return PoliteClient.builder()
        .minInterval(Duration.ZERO)
        .backoff(Duration.ofSeconds(2), Duration.ofSeconds(60))
        .maxAttempts(3)
        .clock(time)
        .sleeper(time)
        .listener(new ProgressListener() {
          @Override
          public void retrying(URI uri, int failedAttempt, Duration wait, String reason) {
            retries.add(reason + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
          }
        })
        .build();
  }

  private OparlClient.Summary harvest(Checkpoint checkpoint) throws Exception {
    return OparlClient.of(http(), checkpoint).harvest(URI.create(base + BODY), Optional.empty(), delivered::add);
  }

  private List<String> ids() {
    return delivered.stream().map(r -> r.value().flatMap(v -> v instanceof Meeting m ? m.id()
        : v instanceof DecisionRecord d ? d.id() : Optional.empty()).orElse("failed " + r.source())).toList();
  }

  private static final List<String> ALL = List.of(KA + "meetings/9531", KA + "meetings/10439",
      KA + "papers/vo/50649", KA + "papers/vo/50702", KA + "papers/vo/50703");

  @Test
  void withCommitteeNamesTheMeetingsCommitteesCarryTheOrganizationsNames() throws Exception {
    // Karlsruhe's 97 real Organizations, on one made-up list page
    String organizations = karlsruhe("organizations.json").strip();
    on(BODY + "/organizations", json("{\"data\": " + organizations + ", \"pagination\": {}, \"links\": {}}"));

    OparlClient.Summary summary = OparlClient.of(http(), Checkpoint.inMemory()).withCommitteeNames()
        .harvest(URI.create(base + BODY), Optional.empty(), delivered::add);

    assertEquals(List.of(BODY, BODY + "/organizations", MEETINGS, MEETINGS + "?page=2", PAPERS, PAPERS + "?page=2"),
        server.asked());
    assertEquals(new OparlClient.Summary(6, 5, 5, 0, 0), summary);
    assertEquals(List.of("Gemeinderat", "Gemeinderat - Beratungen zum DHH"), delivered.subList(0, 2).stream()
        .map(r -> ((Meeting) r.value().orElseThrow()).body().orElseThrow().name().orElseThrow()).toList());
    assertEquals(Optional.of(KA + "organizations/gr/32130"),
        ((Meeting) delivered.get(0).value().orElseThrow()).body().orElseThrow().id());
  }

  @Test
  void anOrganizationListThatCannotBeReadIsSaidAndTheMeetingsAreStillRead() throws Exception {
    OparlClient.Summary summary = OparlClient.of(http(), Checkpoint.inMemory()).withCommitteeNames()
        .harvest(URI.create(base + BODY), Optional.empty(), delivered::add);

    assertEquals(new OparlClient.Summary(5, 4, 5, 0, 1), summary);
    Converted<CouncilRecord> said = delivered.get(0);
    assertEquals("oparl.organizations-unread", said.notes().get(0).code());
    assertEquals(Optional.empty(), ((Meeting) delivered.get(1).value().orElseThrow()).body().orElseThrow().name(),
        "the committee stays known by its URL only");
  }

  @Test
  void readsTheBodysMeetingsThenPapersPageByPageFollowingLinksNext() throws Exception {
    Checkpoint checkpoint = Checkpoint.inMemory();
    OparlClient.Summary summary = harvest(checkpoint);

    assertEquals(List.of(BODY, MEETINGS, MEETINGS + "?page=2", PAPERS, PAPERS + "?page=2"), server.asked());
    assertEquals(new OparlClient.Summary(5, 4, 5, 0, 0), summary);
    assertEquals(ALL, ids());
    Meeting council = (Meeting) delivered.get(0).value().orElseThrow();
    assertEquals(111, council.agendaItems().size(), "the embedded agenda items come with the page");
    assertEquals(394, ((Meeting) delivered.get(1).value().orElseThrow()).agendaItems().size());
    DecisionRecord paper = (DecisionRecord) delivered.get(2).value().orElseThrow();
    assertEquals(3, paper.consultations().size());
    // the same values OparlImport makes of the objects read from disk
    assertEquals(OparlImport.record(OparlImport.tree(karlsruhe("meetings/9531.json")
        .getBytes(StandardCharsets.UTF_8))), delivered.get(0));
    assertEquals(new java.util.TreeSet<>(ALL), checkpoint.doneIds());
    assertEquals(Optional.of(base + MEETINGS + "?page=2"), checkpoint.get(OparlClient.PAGE + base + MEETINGS));
    assertTrue(time.sleeps().isEmpty(), time.sleeps().toString());
  }

  @Test
  void passesModifiedSinceOnTheFirstPageAndFollowsTheServersNextLinks() throws Exception {
    String since = "?modified_since=2025-01-01T00%3A00%3A00%2B01%3A00";
    on(MEETINGS + since, json(page(List.of(karlsruhe("meetings/9531.json")), MEETINGS + "?page=2&modified_since="
        + since.substring(since.indexOf('=') + 1))));
    on(MEETINGS + "?page=2&modified_since=2025-01-01T00%3A00%3A00%2B01%3A00",
        json(page(List.of(karlsruhe("meetings/10439.json")), null)));
    on(PAPERS + since, json(page(List.of(karlsruhe("papers/50703.json")), null)));

    OparlClient.Summary summary = OparlClient.of(http(), Checkpoint.inMemory()).harvest(URI.create(base + BODY),
        Optional.of(OffsetDateTime.parse("2025-01-01T00:00:00.750+01:00")), delivered::add);

    assertEquals(List.of(BODY, MEETINGS + since, MEETINGS + "?page=2&modified_since=2025-01-01T00%3A00%3A00%2B01%3A00",
        PAPERS + since), server.asked());
    assertEquals(new OparlClient.Summary(4, 3, 3, 0, 0), summary);
  }

  @Test
  void aDeletedObjectIsDeliveredAsOparlImportMakesItAndNotMarkedDone() throws Exception {
    String deleted = "{\"id\": \"" + KA + "meetings/9999\", \"type\": \"https://schema.oparl.org/1.1/Meeting\","
        + " \"created\": \"2024-08-22T10:17:59+02:00\", \"modified\": \"2025-11-26T11:20:07+01:00\", \"deleted\": true}";
    on(MEETINGS + "?page=2", json(page(List.of(deleted, karlsruhe("meetings/10439.json")), null)));
    Checkpoint checkpoint = Checkpoint.inMemory();

    OparlClient.Summary summary = harvest(checkpoint);

    assertEquals(new OparlClient.Summary(5, 4, 5, 0, 1), summary);
    Converted<CouncilRecord> gone = delivered.get(1);
    assertFalse(gone.isConverted());
    assertEquals(List.of("oparl.deleted"), gone.notes().stream().map(ConversionNote::code).toList());
    assertFalse(checkpoint.isDone(KA + "meetings/9999"));
  }

  @Test
  void aListOfUrlsIsReadOneObjectAtATime() throws Exception {
    on(PAPERS, json(page(List.of("\"" + base + "/objects/50649\"", "\"" + base + "/objects/50702\""), null)));
    on("/objects/50649", json(karlsruhe("papers/50649.json")));
    on("/objects/50702", json(karlsruhe("papers/50702.json")));

    OparlClient.Summary summary = harvest(Checkpoint.inMemory());

    assertEquals(List.of(BODY, MEETINGS, MEETINGS + "?page=2", PAPERS, "/objects/50649", "/objects/50702"),
        server.asked());
    assertEquals(new OparlClient.Summary(6, 3, 4, 0, 0), summary);
    assertEquals(ALL.subList(0, 4), ids());
  }

  @Test
  void aSystemIsReadThroughItsBodyListAndOnlyTheBodysListsAreFiltered() throws Exception {
    String since = "?modified_since=2025-01-01T00%3A00%3A00%2B00%3A00";
    on("/oparl/system", json("{\"id\": \"" + base + "/oparl/system\", \"type\": \"https://schema.oparl.org/1.1/System\","
        + " \"oparlVersion\": \"https://schema.oparl.org/1.1/\", \"body\": \"" + base + "/oparl/bodies\"}"));
    String person = "{\"id\": \"" + base + "/oparl/person/1\", \"type\": \"https://schema.oparl.org/1.1/Person\"}";
    on("/oparl/bodies", json(page(List.of(body(), person), null)));
    on(MEETINGS + since, json(page(List.of(karlsruhe("meetings/9531.json")), null)));
    on(PAPERS + since, json(page(List.of(karlsruhe("papers/50703.json")), null)));

    OparlClient.Summary summary = OparlClient.of(http(), Checkpoint.inMemory()).harvest(
        URI.create(base + "/oparl/system"), Optional.of(OffsetDateTime.parse("2025-01-01T00:00:00Z")), delivered::add);

    assertEquals(List.of("/oparl/system", "/oparl/bodies", MEETINGS + since, PAPERS + since), server.asked());
    assertEquals(new OparlClient.Summary(4, 3, 2, 0, 1), summary);
    assertEquals(List.of(KA + "meetings/9531", KA + "papers/vo/50703", "failed " + base + "/oparl/person/1"), ids());
    ConversionNote skipped = delivered.get(2).notes().get(0);
    assertEquals(Kind.LEFT_OUT, skipped.kind());
    assertEquals("oparl.body-skipped", skipped.code());
  }

  @Test
  void a503IsRetriedAfterTheBackOffThenThePageIsRead() throws Exception {
    on(MEETINGS + "?page=2", Answer.of(503, "text/html", "<html>Service Unavailable</html>"),
        json(page(List.of(karlsruhe("meetings/10439.json")), null)));

    OparlClient.Summary summary = harvest(Checkpoint.inMemory());

    assertEquals(List.of("HTTP 503 " + MEETINGS + "?page=2"), retries);
    assertEquals(2, server.asked().stream().filter((MEETINGS + "?page=2")::equals).count());
    List<Duration> waits = time.sleeps();
    assertEquals(1, waits.size());
    assertTrue(waits.get(0).compareTo(Duration.ofSeconds(1)) >= 0 && waits.get(0).compareTo(Duration.ofSeconds(2)) <= 0,
        waits.toString());
    assertEquals(new OparlClient.Summary(5, 4, 5, 0, 0), summary, "a retry is not a request answered twice");
    assertEquals(ALL, ids());
  }

  @Test
  void a429WaitsAsLongAsRetryAfterSays() throws Exception {
    on(PAPERS, Answer.json(429, "{}").withHeader("Retry-After", "7"),
        json(page(List.of(karlsruhe("papers/50649.json"), karlsruhe("papers/50702.json")), PAPERS + "?page=2")));

    harvest(Checkpoint.inMemory());

    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
    assertEquals(List.of("HTTP 429 " + PAPERS), retries);
    assertEquals(ALL, ids());
  }

  @Test
  void anEntryPointThatIsGoneEndsWithServiceGone() {
    on(BODY, Answer.of(410, "text/html", "<html>Gone</html>"));

    ServiceGoneException gone = assertThrows(ServiceGoneException.class, () -> harvest(Checkpoint.inMemory()));

    assertEquals(410, gone.status().orElseThrow());
    assertEquals(List.of(BODY), server.asked());
    assertTrue(delivered.isEmpty());
  }

  @Test
  void anHtmlPageWhereTheJsonShouldBeIsAServiceGone() {
    on(BODY, Answer.of(200, "text/html; charset=utf-8",
        "<html><body><h1>Das Ratsinformationssystem ist umgezogen</h1></body></html>"));

    ServiceGoneException gone = assertThrows(ServiceGoneException.class, () -> harvest(Checkpoint.inMemory()));

    assertTrue(gone.getMessage().contains("expected json"), gone.getMessage());
    assertTrue(gone.getMessage().contains("umgezogen"), gone.getMessage());
    assertTrue(delivered.isEmpty());
  }

  @Test
  void aBrokenPageIsDeliveredFailedAndTheNextListIsStillRead() throws Exception {
    on(MEETINGS + "?page=2", json("{\"data\": [" + karlsruhe("meetings/10439.json").substring(0, 5000)));

    OparlClient.Summary summary = harvest(Checkpoint.inMemory());

    assertEquals(new OparlClient.Summary(5, 4, 4, 0, 1), summary);
    Converted<CouncilRecord> broken = delivered.get(1);
    assertEquals(base + MEETINGS + "?page=2", broken.source());
    assertEquals("oparl.malformed-page", broken.notes().get(0).code());
    assertEquals(Kind.FAILED, broken.notes().get(0).kind());
    assertEquals(List.of(ALL.get(0), ALL.get(2), ALL.get(3), ALL.get(4)),
        ids().stream().filter(id -> !id.startsWith("failed")).toList());
  }

  @Test
  void anEntryPointThatIsNeitherBodyNorSystemIsAnError() {
    on(BODY, json(karlsruhe("papers/50649.json")));

    CouncilServiceException wrong = assertThrows(CouncilServiceException.class,
        () -> harvest(Checkpoint.inMemory()));

    assertFalse(wrong instanceof ServiceGoneException);
    assertTrue(wrong.getMessage().contains("an OParl Paper, not a System or Body"), wrong.getMessage());
    assertEquals(List.of(BODY), server.asked());
  }

  @Test
  void aRunStoppedByTheSinkResumesAtThePageItReachedAndDeliversOnlyTheRest(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("karlsruhe.checkpoint");
    RuntimeException full = new IllegalStateException("disk full");

    RuntimeException stopped = assertThrows(RuntimeException.class, () -> OparlClient.of(http(),
        Checkpoint.inFile(file)).harvest(URI.create(base + BODY), Optional.empty(), record -> {
          if (delivered.size() == 3) {
            throw full;
          }
          delivered.add(record);
        }));
    assertEquals(full, stopped);
    assertEquals(ALL.subList(0, 3), ids());

    delivered.clear();
    server.clearRequests();
    OparlClient.Summary resumed = harvest(Checkpoint.inFile(file));

    assertEquals(ALL.subList(3, 5), ids(), "only what the first run did not deliver");
    // each list starts at the page the first run reached: the meetings' last page, the papers' first
    assertEquals(List.of(BODY, MEETINGS + "?page=2", PAPERS, PAPERS + "?page=2"), server.asked());
    assertEquals(new OparlClient.Summary(4, 3, 2, 2, 0), resumed);
  }

  @Test
  void aNextLinkLeadingBackStopsTheListWithANote() throws Exception {
    on(MEETINGS + "?page=2", json(page(List.of(karlsruhe("meetings/10439.json")), MEETINGS)));

    OparlClient.Summary summary = harvest(Checkpoint.inMemory());

    assertEquals(List.of(BODY, MEETINGS, MEETINGS + "?page=2", PAPERS, PAPERS + "?page=2"), server.asked());
    assertEquals(new OparlClient.Summary(5, 4, 5, 0, 1), summary);
    Converted<CouncilRecord> loop = delivered.get(2);
    assertFalse(loop.isConverted());
    ConversionNote note = loop.notes().get(0);
    assertEquals(Kind.LEFT_OUT, note.kind());
    assertEquals("oparl.next-loop", note.code());
    assertEquals("/links/next", note.path());
    assertEquals(base + MEETINGS + "?page=2", loop.source());
    assertEquals(ALL, ids().stream().filter(id -> !id.startsWith("failed")).toList());
  }
}
