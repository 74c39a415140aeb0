package io.github.minutebook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.minutebook.http.testing.FakeTime;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliteClientTest {
  /** One canned answer. */
  record Canned(int status, String contentType, String body, String retryAfter) {
    static Canned json(int status, String body) {
      return new Canned(status, "application/json; charset=utf-8", body, "");
    }
  }

  private HttpServer server;
  private final Deque<Canned> script = new ArrayDeque<>();
  private final List<String> asked = new ArrayList<>();
  private final List<String> userAgents = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      synchronized (asked) {
        asked.add(exchange.getRequestURI().toString());
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
      }
      Canned c;
      synchronized (script) {
        c = script.poll();
      }
      if (c == null) {
        try {
          release.await(); // never answers
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        exchange.close();
        return;
      }
      byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", c.contentType());
      if (!c.retryAfter().isEmpty()) {
        exchange.getResponseHeaders().add("Retry-After", c.retryAfter());
      }
      exchange.sendResponseHeaders(c.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private PoliteClient.Builder client() {
    return PoliteClient.builder().clock(time).sleeper(time).random(new Random(7))
        .requestTimeout(Duration.ofSeconds(5));
  }

  @Test
  void readsPagesInOrderSpacedByTheRateLimit() throws Exception {
    script.add(Canned.json(200, "{\"page\":1}"));
    script.add(Canned.json(200, "{\"page\":2}"));
    script.add(Canned.json(200, "{\"page\":3}"));
    PoliteClient client = client().requestsPerSecond(2).contact("mailto:a@example.org").build();

    List<String> bodies = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      bodies.add(client.get(uri("/meetings?page=" + page), RequestOptions.defaults()
          .expectingJson()).text());
    }

    assertEquals(List.of("{\"page\":1}", "{\"page\":2}", "{\"page\":3}"), bodies);
    assertEquals(List.of("/meetings?page=1", "/meetings?page=2", "/meetings?page=3"), asked);
    // The fake clock stands still between requests, so each later one waits the full interval.
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), time.sleeps());
    assertEquals(
        "Minutebook/0.1 (+https://github.com/minutebook) (mailto:a@example.org)",
        userAgents.get(0));
  }

  @Test
  void rateLimitWaitsOnlyForWhatIsLeftOfTheInterval() throws Exception {
    script.add(Canned.json(200, "{}"));
    script.add(Canned.json(200, "{}"));
    PoliteClient client = client().minInterval(Duration.ofSeconds(1)).build();
    client.get(uri("/a"));
    time.advance(Duration.ofMillis(300));
    client.get(uri("/b"));
    assertEquals(List.of(Duration.ofMillis(700)), time.sleeps());
  }

  @Test
  void retriesA503ThenReturnsTheSuccess() throws Exception {
    script.add(Canned.json(503, "busy"));
    script.add(Canned.json(200, "{\"ok\":true}"));
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
    script.add(new Canned(429, "text/plain", "slow down", "7"));
    script.add(new Canned(503, "text/plain", "later", "Sat, 05 Dec 2026 12:00:37 GMT"));
    script.add(new Canned(429, "text/plain", "much later", "86400"));
    script.add(Canned.json(200, "{}"));
    PoliteClient client = client().minInterval(Duration.ZERO)
        .maxRetryAfter(Duration.ofMinutes(2)).build();

    assertEquals(200, client.get(uri("/x")).status());

    // 7 s; then the date 37 s after the fake start, which is 7 s later by then: 30 s; then capped.
    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(30), Duration.ofMinutes(2)),
        time.sleeps());
  }

  @Test
  void retriesExhaustedNamesTheAttemptsAndTheLastStatus() {
    for (int i = 0; i < 3; i++) {
      script.add(Canned.json(502, "bad gateway"));
    }
    PoliteClient client = client().minInterval(Duration.ZERO).maxAttempts(3).build();

    RetriesExhaustedException e =
        assertThrows(RetriesExhaustedException.class, () -> client.get(uri("/x")));

    assertEquals(3, e.attempts());
    assertEquals(502, e.status().getAsInt());
    assertTrue(e.getMessage().contains("failed 3 times; the last answer was HTTP 502"),
        e.getMessage());
    assertEquals(3, asked.size());
  }

  @Test
  void aStatusAcceptedAsAnAnswerIsAskedOnceAndReturned() throws Exception {
    script.add(Canned.json(500, "{\"Message\":\"An error has occurred.\"}"));
    PoliteClient client = client().build();

    Response r = client.get(uri("/EventItems/1/Votes"), RequestOptions.defaults().accepting(500));

    assertEquals(500, r.status());
    assertEquals("{\"Message\":\"An error has occurred.\"}", r.text());
    assertEquals(1, asked.size());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void aStatusNotRetriedFailsAtOnce() {
    script.add(Canned.json(503, "down"));
    PoliteClient client = client().build();
    CouncilServiceException e = assertThrows(CouncilServiceException.class,
        () -> client.get(uri("/x"), RequestOptions.defaults().notRetrying(503)));
    assertEquals(503, e.status().getAsInt());
    assertEquals(1, asked.size());
  }

  @Test
  void aServerThatNeverAnswersTimesOutAndIsRetried() {
    PoliteClient client = client().minInterval(Duration.ZERO).maxAttempts(2)
        .requestTimeout(Duration.ofMillis(200)).build();

    RetriesExhaustedException e =
        assertThrows(RetriesExhaustedException.class, () -> client.get(uri("/slow")));

    assertEquals(2, e.attempts());
    assertTrue(e.status().isEmpty());
    assertTrue(e.getMessage().contains("HttpTimeoutException"), e.getMessage());
    assertEquals(2, asked.size());
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
    script.add(new Canned(410, "text/plain", "gone", ""));
    PoliteClient client = client().build();
    ServiceGoneException e = assertThrows(ServiceGoneException.class, () -> client.get(uri("/api")));
    assertEquals(410, e.status().getAsInt());
    assertEquals("GET " + uri("/api") + " answered HTTP 410 (Gone). The council may have switched"
        + " this service off, moved it or closed it to the public: check the service's address on"
        + " the council's website and point the import at the new one.", e.getMessage());
    assertEquals(1, asked.size());
  }

  @Test
  void anHtmlPageWhereJsonWasExpectedIsAServiceGone() {
    script.add(new Canned(200, "text/html; charset=utf-8",
        "<html><head><title>We have moved</title></head></html>", ""));
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
      script.add(Canned.json(200, "{}"));
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
    assertEquals(4, asked.size());
  }
}
