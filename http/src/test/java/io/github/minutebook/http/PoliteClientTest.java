package io.github.minutebook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.http.testing.FakeTime;
import io.github.minutebook.http.testing.ReplayServer;
import io.github.minutebook.http.testing.ReplayServer.Answer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliteClientTest {
  private ReplayServer server;
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws IOException {
    server = ReplayServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private URI uri(String path) {
    return server.uri(path);
  }

  private PoliteClient.Builder client() {
    return PoliteClient.builder().clock(time).sleeper(time).random(new Random(7))
        .requestTimeout(Duration.ofSeconds(5));
  }

  @Test
  void readsPagesInOrderSpacedByTheRateLimit() throws Exception {
    for (int page = 1; page <= 3; page++) {
      server.on("/meetings?page=" + page, Answer.json("{\"page\":" + page + "}"));
    }
    PoliteClient client = client().requestsPerSecond(2).contact("mailto:a@example.org").build();

    List<String> bodies = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      bodies.add(client.get(uri("/meetings?page=" + page), RequestOptions.defaults()
          .expectingJson()).text());
    }

    assertEquals(List.of("{\"page\":1}", "{\"page\":2}", "{\"page\":3}"), bodies);
    assertEquals(List.of("/meetings?page=1", "/meetings?page=2", "/meetings?page=3"), server.asked());
    // The fake clock stands still between requests, so each later one waits the full interval.
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), time.sleeps());
    assertEquals(
        "Minutebook/0.1 (+https://github.com/minutebook) (mailto:a@example.org)",
        server.requests().get(0).header("User-Agent").orElseThrow());
  }

  @Test
  void rateLimitWaitsOnlyForWhatIsLeftOfTheInterval() throws Exception {
    server.on("/a", Answer.json("{}"));
    server.on("/b", Answer.json("{}"));
    PoliteClient client = client().minInterval(Duration.ofSeconds(1)).build();
    client.get(uri("/a"));
    time.advance(Duration.ofMillis(300));
    client.get(uri("/b"));
    assertEquals(List.of(Duration.ofMillis(700)), time.sleeps());
  }

  @Test
  void retriesA503ThenReturnsTheSuccess() throws Exception {
    server.on("/x", Answer.json(503, "busy"), Answer.json("{\"ok\":true}"));
    List<String> retries = new ArrayList<>();
    PoliteClient client = client().minInterval(Duration.ZERO)
        .backoff(Duration.ofSeconds(2), Duration.ofSeconds(60))
        .listener(new ProgressListener() {
          @Override
          public void retrying(URI uri, int failedAttempt, Duration wait, String reason) {
            retries.add(failedAttempt + " " + reason);
          }
        }).build();

    Response r = client.get(uri("/x"));

    assertEquals(200, r.status());
    assertEquals("{\"ok\":true}", r.text());
    assertEquals(List.of("1 HTTP 503"), retries);
    assertEquals(1, time.sleeps().size());
    Duration wait = time.sleeps().get(0);
    assertTrue(wait.compareTo(Duration.ofSeconds(1)) >= 0 && wait.compareTo(Duration.ofSeconds(2)) <= 0,
        "jittered back-off between half and all of 2 s: " + wait);
  }

  @Test
  void honoursRetryAfterInSecondsAndAsHttpDateWithACap() throws Exception {
    server.on("/x",
        Answer.of(429, "text/plain", "slow down").withHeader("Retry-After", "7"),
        Answer.of(503, "text/plain", "later").withHeader("Retry-After", "Sat, 05 Dec 2026 12:00:37 GMT"),
        Answer.of(429, "text/plain", "much later").withHeader("Retry-After", "86400"),
        Answer.json("{}"));
    PoliteClient client = client().minInterval(Duration.ZERO)
        .maxRetryAfter(Duration.ofMinutes(2)).build();

    assertEquals(200, client.get(uri("/x")).status());

    // 7 s; then the date 37 s after the fake start, which is 7 s later by then: 30 s; then capped.
    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(30), Duration.ofMinutes(2)),
        time.sleeps());
  }

  @Test
  void retriesExhaustedNamesTheAttemptsAndTheLastStatus() {
    server.on("/x", Answer.json(502, "bad gateway"));
    PoliteClient client = client().minInterval(Duration.ZERO).maxAttempts(3).build();

    RetriesExhaustedException e =
        assertThrows(RetriesExhaustedException.class, () -> client.get(uri("/x")));

    assertEquals(3, e.attempts());
    assertEquals(502, e.status().getAsInt());
    assertTrue(e.getMessage().contains("failed 3 times; the last answer was HTTP 502"),
        e.getMessage());
    assertEquals(3, server.asked().size());
  }

  @Test
  void aStatusAcceptedAsAnAnswerIsAskedOnceAndReturned() throws Exception {
    server.on("/EventItems/1/Votes", Answer.json(500, "{\"Message\":\"An error has occurred.\"}"));
    PoliteClient client = client().build();

    Response r = client.get(uri("/EventItems/1/Votes"), RequestOptions.defaults().accepting(500));

    assertEquals(500, r.status());
    assertEquals("{\"Message\":\"An error has occurred.\"}", r.text());
    assertEquals(1, server.asked().size());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void aStatusNotRetriedFailsAtOnce() {
    server.on("/x", Answer.json(503, "down"));
    PoliteClient client = client().build();
    CouncilServiceException e = assertThrows(CouncilServiceException.class,
        () -> client.get(uri("/x"), RequestOptions.defaults().notRetrying(503)));
    assertEquals(503, e.status().getAsInt());
    assertEquals(1, server.asked().size());
  }

  @Test
  void aServerThatNeverAnswersTimesOutAndIsRetried() {
    server.on("/slow", Answer.none());
    PoliteClient client = client().minInterval(Duration.ZERO).maxAttempts(2)
        .requestTimeout(Duration.ofMillis(200)).build();

    RetriesExhaustedException e =
        assertThrows(RetriesExhaustedException.class, () -> client.get(uri("/slow")));

    assertEquals(2, e.attempts());
    assertTrue(e.status().isEmpty());
    assertTrue(e.getMessage().contains("HttpTimeoutException"), e.getMessage());
    assertEquals(2, server.asked().size());
  }

  @Test
  void aClosedPortIsAServiceGone() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    PoliteClient client = client().minInterval(Duration.ZERO).maxAttempts(2).build();
    URI dead = URI.create("http://127.0.0.1:" + port + "/mgWebService.asmx");

    ServiceGoneException e = assertThrows(ServiceGoneException.class, () -> client.get(dead));

    assertTrue(e.status().isEmpty());
    assertTrue(e.getMessage().startsWith("GET " + dead + ": no connection after 2 attempts"),
        e.getMessage());
    assertTrue(e.getMessage().contains("switched this service off or moved it"), e.getMessage());
    assertEquals(1, time.sleeps().size(), "one back-off between the two attempts");
  }

  @Test
  void a410IsAServiceGoneWithoutRetry() {
    server.on("/api", Answer.of(410, "text/plain", "gone"));
    PoliteClient client = client().build();
    ServiceGoneException e = assertThrows(ServiceGoneException.class, () -> client.get(uri("/api")));
    assertEquals(410, e.status().getAsInt());
    assertEquals("GET " + uri("/api") + " answered HTTP 410 (Gone). The council may have switched"
        + " this service off, moved it or closed it to the public: check the service's address on"
        + " the council's website and point the import at the new one.", e.getMessage());
    assertEquals(1, server.asked().size());
  }

  @Test
  void anHtmlPageWhereJsonWasExpectedIsAServiceGone() {
    server.on("/oparl/v1/system", Answer.of(200, "text/html; charset=utf-8",
        "<html><head><title>We have moved</title></head></html>"));
    PoliteClient client = client().build();
    ServiceGoneException e = assertThrows(ServiceGoneException.class,
        () -> client.get(uri("/oparl/v1/system"), RequestOptions.defaults().expectingJson()));
    assertTrue(e.getMessage().startsWith("GET " + uri("/oparl/v1/system")
        + ": expected json but got HTTP 200 with Content-Type text/html; charset=utf-8:"
        + " \"<html><head><title>We have moved</title></head></html>\""), e.getMessage());
  }
  @Test
  void threadsShareOneLimiter() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.on("/t" + i, Answer.json("{}"));
    }
    PoliteClient client = client().minInterval(Duration.ofSeconds(1)).build();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < 4; i++) {
      URI u = uri("/t" + i);
      Thread t = new Thread(() -> {
        try {
          var unused = client.get(u);
        } catch (Exception e) {
          failures.add(e);
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertTrue(failures.isEmpty(), failures.toString());
    // Whichever thread goes first, the other three each wait a full interval after the previous.
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
        time.sleeps());
    assertEquals(4, server.asked().size());
  }
}
