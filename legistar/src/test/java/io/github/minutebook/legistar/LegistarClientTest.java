package io.github.minutebook.legistar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.http.Checkpoint;
import io.github.minutebook.http.CouncilServiceException;
import io.github.minutebook.http.PoliteClient;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live client against a local server replaying Web API answers: paging, a 503 then success,
 * HTTP 500 for an item without votes, a service that is gone, and resuming after an interruption.
 */
class LegistarClientTest {
  private HttpServer server;
  /** Answers by path and query; a list of (status, body) consumed in order, the last repeated. */
  private final Map<String, List<String[]>> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
  private WebApi api;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
    api = WebApi.at(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/"), "seattle")
        .withPageSize(2);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? ""
        : "?" + exchange.getRequestURI().getRawQuery());
    asked.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    List<String[]> list = answers.get(key);
    String[] answer;
    if (list == null) {
      answer = new String[] {"404", "{\"Message\":\"not found\"}"};
    } else {
      synchronized (list) {
        answer = list.size() > 1 ? list.remove(0) : list.get(0);
      }
    }
    byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void on(URI uri, String status, String body) {
    String key = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    answers.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {status, body});
  }

  private int asked(URI uri) {
    AtomicInteger n = asked.get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    return n == null ? 0 : n.get();
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

  private void threeEvents() {
    on(api.events(SINCE, 0), "200", "[" + event(1) + "," + event(2) + "]");
    on(api.events(SINCE, 2), "200", "[" + event(3) + "]");
    for (int e = 1; e <= 3; e++) {
      on(api.eventItems(e), "200", item(e * 10, e));
    }
    on(api.votes(10), "200", "[{\"VotePersonName\": \"Debora Juarez\", \"VoteValueName\": \"Yea\"},"
        + " {\"VotePersonName\": \"Kshama Sawant\", \"VoteValueName\": \"Nay\"}]");
    on(api.votes(20), "500", "{\"Message\":\"An error has occurred.\"}");
    on(api.votes(30), "200", "[]");
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
    assertEquals(0, asked(api.votes(11)));
  }

  @Test
  void http500ForVotesIsAskedOnceAndReadAsUnknown() throws Exception {
    threeEvents();
    List<Converted<Meeting>> meetings = new ArrayList<>();
    client().meetings(SINCE, Checkpoint.inMemory(), meetings::add);
    assertEquals(1, asked(api.votes(20)), "a 500 for votes is not retried");
    Converted<Meeting> second = meetings.get(1);
    assertTrue(second.notes().stream().anyMatch(n -> n.kind() == Kind.HANDLED && n.code().equals("legistar.no-votes")
        && n.path().equals("/EventItems/0")));
    assertTrue(second.value().orElseThrow().agendaItems().get(0).motions().get(0).vote().orElseThrow().namedVotes()
        .isEmpty());
  }

  @Test
  void a503IsRetriedThenTheAnswerIsRead() throws Exception {
    on(api.events(SINCE, 0), "503", "busy");
    threeEvents();
    List<Converted<Meeting>> meetings = new ArrayList<>();
    client().meetings(SINCE, Checkpoint.inMemory(), meetings::add);
    assertEquals(2, asked(api.events(SINCE, 0)));
    assertEquals(3, meetings.size());
  }

  @Test
  void aServiceThatIsGoneFails() {
    server.stop(0);
    assertThrows(CouncilServiceException.class, () -> client().meetings(SINCE, Checkpoint.inMemory(), m -> { }));
  }

  @Test
  void anInterruptedImportResumesWithoutRedoingDoneEvents() throws Exception {
    threeEvents();
    // the items of event 2 fail for good on the first run (410 Gone is not retried)
    answers.remove(api.eventItems(2).getRawPath() + "?" + api.eventItems(2).getRawQuery());
    on(api.eventItems(2), "410", "{}");
    on(api.eventItems(2), "200", item(20, 2));
    Checkpoint checkpoint = Checkpoint.inMemory();
    List<Converted<Meeting>> first = new ArrayList<>();
    assertThrows(CouncilServiceException.class, () -> client().meetings(SINCE, checkpoint, first::add));
    assertEquals(1, first.size());
    assertTrue(checkpoint.isDone("events/1"));
    List<Converted<Meeting>> second = new ArrayList<>();
    LegistarClient.Summary summary = client().meetings(SINCE, checkpoint, second::add);
    assertEquals(2, second.size());
    assertEquals(1, summary.skipped());
    assertEquals(1, asked(api.eventItems(1)), "event 1 is not fetched again");
  }
}
