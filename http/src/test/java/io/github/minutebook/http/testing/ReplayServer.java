package io.github.minutebook.http.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server on {@code 127.0.0.1} that replays canned answers, so that the tests of the
 * polite client and of the importers' live clients read a council's service without the network.
 * Shared through the http module's test jar.
 *
 * <p>Each answer is registered {@linkplain #on(String, Answer, Answer...) on} a raw path and query
 * ({@code /meetings?page=2}) or on a raw path alone ({@code /meetings}); a request is answered by
 * its exact path and query if that has answers, else by its path, else with HTTP 404. A key's
 * answers form a queue served in order, whose last answer is repeated for good: a 503 then a 200
 * answers the first request with the 503 and every later one with the 200. Every request is
 * recorded, in the order asked, with its headers.
 *
 * <pre>{@code
 * try (ReplayServer server = ReplayServer.start()) {
 *   server.on("/api/meetings", Answer.json(503, "busy"), Answer.json("[]"));
 *   client.get(server.uri("/api/meetings"));
 *   assertEquals(2, server.count("/api/meetings"));
 * }
 * }</pre>
 *
 * <p>Requests are handled on their own threads, so that concurrent clients are served at once and
 * an {@linkplain Answer#none() answer that never comes} holds up only its own request. The server
 * is safe to use from several threads.
 */
public final class ReplayServer implements AutoCloseable {
  private static final Answer NOT_FOUND = Answer.of(404, "text/plain; charset=utf-8", "not found");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final String base;
  private final CountDownLatch closing = new CountDownLatch(1);
  /** Answers by raw path and query or by raw path; each queue's last answer stays. */
  private final Map<String, Deque<Answer>> answers = new HashMap<>();
  private final List<Request> requests = new ArrayList<>();
  private boolean closed;

  private ReplayServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::answer);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Starts a server on {@code 127.0.0.1} on a free port, with no answers yet: every request is
   * answered HTTP 404 until answers are registered with {@link #on(String, Answer, Answer...)}.
   *
   * @throws IOException if no port can be bound
   */
  public static ReplayServer start() throws IOException {
    ReplayServer replay = new ReplayServer();
    replay.server.start();
    return replay;
  }

  /** The server's root, {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public String base() {
    return base;
  }

  /** The URI of {@code pathAndQuery} (starting with {@code /}) on this server. */
  public URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }

  /**
   * Answers requests for {@code key} with {@code first}, then each of {@code then} in turn, the last
   * of them for every later request. {@code key} is a raw (still percent-encoded) path with its
   * query ({@code /events?$skip=2}), which answers only that query, or a raw path alone, which
   * answers every query of the path that has no answers of its own. Replaces whatever answers
   * {@code key} had, along with how far through them the server was.
   */
  public synchronized void on(String key, Answer first, Answer... then) {
    Deque<Answer> queue = new ArrayDeque<>();
    queue.add(Objects.requireNonNull(first));
    queue.addAll(List.of(then));
    answers.put(key, queue);
  }

  /**
   * Answers requests for {@code uri}'s raw path and query as {@link #on(String, Answer, Answer...)}
   * does; only the path and query of {@code uri} count, not its host.
   */
  public void on(URI uri, Answer first, Answer... then) {
    on(key(uri), first, then);
  }

  /** The raw path and query of every request so far, in the order asked. */
  public synchronized List<String> asked() {
    return requests.stream().map(Request::target).toList();
  }

  /** Every request so far, in the order asked, with its method and headers. */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** How many requests so far asked for exactly this raw path and query. */
  public synchronized int count(String pathAndQuery) {
    return (int) requests.stream().filter(r -> r.target().equals(pathAndQuery)).count();
  }

  /** How many requests so far asked for exactly {@code uri}'s raw path and query. */
  public int count(URI uri) {
    return count(key(uri));
  }

  /** Forgets the requests asked so far (not the answers, nor how far through them the server is). */
  public synchronized void clearRequests() {
    requests.clear();
  }

  /**
   * Stops the server: requests being held by {@link Answer#none()} end without an answer, and the
   * port is closed, so that a client asking afterwards finds nothing listening. Closing twice does
   * nothing more. {@link #base()} and the requests recorded stay readable.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private static String key(URI uri) {
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private void answer(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String target = key(uri);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    Answer answer;
    synchronized (this) {
      requests.add(new Request(exchange.getRequestMethod(), target, Collections.unmodifiableMap(headers)));
      Deque<Answer> queue = answers.get(target);
      if (queue == null) {
        queue = answers.get(uri.getRawPath());
      }
      answer = queue == null ? NOT_FOUND : queue.size() > 1 ? queue.poll() : queue.peek();
    }
    if (answer.silent) {
      try {
        closing.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
      return;
    }
    byte[] body = answer.body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", answer.contentType);
    answer.headers.forEach(exchange.getResponseHeaders()::add);
    exchange.sendResponseHeaders(answer.status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * One request as the server received it.
   *
   * @param method the HTTP method, such as {@code GET}
   * @param target the raw path and query, such as {@code /events?$skip=2}
   * @param headers the request's headers by name, looked up without regard to case
   */
  public record Request(String method, String target, Map<String, List<String>> headers) {
    /** The first value of header {@code name} (in any case), if the request sent it. */
    public Optional<String> header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
  }

  /**
   * One canned answer: a status, a content type, a UTF-8 body (none if empty) and any further
   * headers; or, from {@link #none()}, no answer at all. Immutable.
   */
  public static final class Answer {
    private final int status;
    private final String contentType;
    private final String body;
    private final Map<String, String> headers;
    private final boolean silent;

    private Answer(int status, String contentType, String body, Map<String, String> headers, boolean silent) {
      this.status = status;
      this.contentType = Objects.requireNonNull(contentType);
      this.body = Objects.requireNonNull(body);
      this.headers = headers;
      this.silent = silent;
    }

    /** Answers {@code status} with {@code body} as {@code contentType}, sent as it is. */
    public static Answer of(int status, String contentType, String body) {
      return new Answer(status, contentType, body, Map.of(), false);
    }

    /** Answers HTTP 200 with {@code body} as {@code application/json; charset=utf-8}. */
    public static Answer json(String body) {
      return json(200, body);
    }

    /** Answers {@code status} with {@code body} as {@code application/json; charset=utf-8}. */
    public static Answer json(int status, String body) {
      return of(status, "application/json; charset=utf-8", body);
    }

    /**
     * Never answers: the request is held open until the server is {@linkplain #close() closed},
     * then dropped, as a server that hangs would, for a client's time-out to end it.
     */
    public static Answer none() {
      return new Answer(0, "", "", Map.of(), true);
    }

    /**
     * This answer with one more header, such as {@code Retry-After}; a header already given is
     * replaced.
     */
    public Answer withHeader(String name, String value) {
      if (silent) {
        throw new IllegalStateException("an answer that never comes has no headers");
      }
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Answer(status, contentType, body, Collections.unmodifiableMap(more), false);
    }

    @Override
    public String toString() {
      return silent ? "no answer" : "HTTP " + status + " " + contentType + " " + body.length() + " chars";
    }
  }
}
