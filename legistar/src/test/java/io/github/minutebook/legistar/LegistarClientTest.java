package io.github.minutebook.legistar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.http.Checkpoint;
import io.github.minutebook.http.CouncilServiceException;
import io.github.minutebook.http.PoliteClient;
import io.github.minutebook.http.testing.ReplayServer;
import io.github.minutebook.http.testing.ReplayServer.Answer;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live client against a local server replaying Web API answers: paging, a 503 then success,
 * HTTP 500 for an item without votes, a service that is gone, and resuming after an interruption.
 */
class LegistarClientTest {
  private ReplayServer server;
  private WebApi api;

  @BeforeEach
  void start() throws IOException {
    server = ReplayServer.start();
    api = WebApi.at(server.uri("/v1/"), "seattle").withPageSize(2);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String event(int id) {
    return "{\"EventId\": " + id + ", \"EventBodyName\": \"City Council\", \"EventDate\": \"2024-01-0" + id
        + "T00:00:00\", \"EventTime\": \"2:00 PM\"}";
  }

  private static String item(int id, int event) {
    return "[{\"EventItemId\": " + id + ", \"EventItemEventId\": " + event + ", \"EventItemAgendaSequence\": 1,"
        + " \"EventItemTitle\": \"Item " + id + "\", \"EventItemActionName\": \"passed\", \"EventItemPassedFlag\": 1},"
        + " {\"EventItemId\": " + (id + 1) + ", \"EventItemEventId\": " + event + ", \"EventItemAgendaSequence\": 2,"
        + " \"EventItemTitle\": \"Heading\"}]";
  }

  private static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

  /** The first page of events, a full one at the page size of 2. */
  private static final String FIRST_PAGE = "[" + event(1) + "," + event(2) + "]";

  private void threeEvents() {
    server.on(api.events(SINCE, 0), Answer.json(FIRST_PAGE));
    server.on(api.events(SINCE, 2), Answer.json("[" + event(3) + "]"));
    for (int e = 1; e <= 3; e++) {
      server.on(api.eventItems(e), Answer.json(item(e * 10, e)));
    }
    server.on(api.votes(10), Answer.json("[{\"VotePersonName\": \"Debora Juarez\", \"VoteValueName\": \"Yea\"},"
        + " {\"VotePersonName\": \"Kshama Sawant\", \"VoteValueName\": \"Nay\"}]"));
    server.on(api.votes(20), Answer.json(500, "{\"Message\":\"An error has occurred.\"}"));
    server.on(api.votes(30), Answer.json("[]"));
  }

  private PoliteClient http() {
    return PoliteClient.builder().minInterval(Duration.ZERO).backoff(Duration.ofMillis(1), Duration.ofMillis(2))
        .maxAttempts(3).sleeper(d -> { }).build();
  }

  private LegistarClient client() {
    return LegistarClient.of(http(), api, LegistarImport.forClient("seattle"));
  }

  @Test
  void pagesThroughEventsAndReadsItemsAndVotes() throws Exception {
    threeEvents();
    List<Converted<Meeting>> meetings = new ArrayList<>();
    LegistarClient.Summary summary = client().meetings(SINCE, Checkpoint.inMemory(), meetings::add);
    assertEquals(new LegistarClient.Summary(3, 0, 2, 3, 1), summary);
    assertEquals(3, meetings.size());
    Meeting first = meetings.get(0).value().orElseThrow();
    assertEquals(2, first.agendaItems().size());
    assertEquals(VoteOption.NO, first.agendaItems().get(0).motions().get(0).vote().orElseThrow().namedVotes()
        .get(1).option().orElseThrow());
    // no votes are asked for the heading, which records no action
    assertEquals(0, server.count(api.votes(11)));
  }

  @Test
  void http500ForVotesIsAskedOnceAndReadAsUnknown() throws Exception {
    threeEvents();
    List<Converted<Meeting>> meetings = new ArrayList<>();
    client().meetings(SINCE, Checkpoint.inMemory(), meetings::add);
    assertEquals(1, server.count(api.votes(20)), "a 500 for votes is not retried");
    Converted<Meeting> second = meetings.get(1);
    assertTrue(second.notes().stream().anyMatch(n -> n.kind() == Kind.HANDLED && n.code().equals("legistar.no-votes")
        && n.path().equals("/EventItems/0")));
    assertTrue(second.value().orElseThrow().agendaItems().get(0).motions().get(0).vote().orElseThrow().namedVotes()
        .isEmpty());
  }

  @Test
  void a503IsRetriedThenTheAnswerIsRead() throws Exception {
    threeEvents();
    server.on(api.events(SINCE, 0), Answer.json(503, "busy"), Answer.json(FIRST_PAGE));
    List<Converted<Meeting>> meetings = new ArrayList<>();
    client().meetings(SINCE, Checkpoint.inMemory(), meetings::add);
    assertEquals(2, server.count(api.events(SINCE, 0)));
    assertEquals(3, meetings.size());
  }

  @Test
  void aServiceThatIsGoneFails() {
    server.close();
    assertThrows(CouncilServiceException.class, () -> client().meetings(SINCE, Checkpoint.inMemory(), m -> { }));
  }

  @Test
  void anInterruptedImportResumesWithoutRedoingDoneEvents() throws Exception {
    threeEvents();
    // the items of event 2 fail for good on the first run (410 Gone is not retried)
    server.on(api.eventItems(2), Answer.json(410, "{}"), Answer.json(item(20, 2)));
    Checkpoint checkpoint = Checkpoint.inMemory();
    List<Converted<Meeting>> first = new ArrayList<>();
    assertThrows(CouncilServiceException.class, () -> client().meetings(SINCE, checkpoint, first::add));
    assertEquals(1, first.size());
    assertTrue(checkpoint.isDone("events/1"));
    List<Converted<Meeting>> second = new ArrayList<>();
    LegistarClient.Summary summary = client().meetings(SINCE, checkpoint, second::add);
    assertEquals(2, second.size());
    assertEquals(1, summary.skipped());
    assertEquals(1, server.count(api.eventItems(1)), "event 1 is not fetched again");
  }
}
