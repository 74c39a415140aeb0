package io.github.minutebook.http;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A polite, patient HTTP client for councils' public APIs (ModernGov, Legistar, OParl). It keeps a
 * minimum interval between requests (one limiter per client, shared by all threads), retries 429,
 * 5xx, timeouts and I/O errors with exponential back-off and jitter, honours {@code Retry-After}
 * (seconds or HTTP date, capped), and turns a switched-off service into a {@link
 * ServiceGoneException} whose message tells the user what to do.
 *
 * <p>Defaults: 1 request per second, 5 attempts, back-off from 1 s doubling up to 60 s with jitter
 * (each wait is between half and all of the doubled delay), {@code Retry-After} capped at 5
 * minutes, connect timeout 10 s, request timeout 60 s, User-Agent {@code Minutebook/0.1
 * (+https://github.com/minutebook)} plus the contact given to {@link Builder#contact(String)}.
 *
 * <pre>{@code
 * PoliteClient client = PoliteClient.builder().contact("mailto:me@example.org").build();
 * Response page = client.get(URI.create("https://example.gov/api/meetings?page=1"),
 *     RequestOptions.defaults().expectingJson());
 * String json = page.text();
 * }</pre>
 */
public final class PoliteClient {
  /** The product token sent in every User-Agent. */
  public static final String USER_AGENT = "Minutebook/0.1 (+https://github.com/minutebook)";

  private final HttpClient http;
  private final Duration minInterval;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Duration requestTimeout;
  private final String userAgent;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Random random;
  private final ProgressListener listener;
  private final Object limiter = new Object();
  private @Nullable Instant lastRequest;

  private PoliteClient(Builder b) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.minInterval = b.minInterval;
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.requestTimeout = b.requestTimeout;
    this.userAgent = b.contact == null ? USER_AGENT : USER_AGENT + " " + b.contact;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.random = b.random;
    this.listener = b.listener;
  }

  /**
   * A builder with the defaults described on the class.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The User-Agent sent with every request.
   *
   * @return the User-Agent header value
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * GETs {@code uri} with the {@link RequestOptions#defaults() default options}.
   *
   * @param uri the address
   * @return the 2xx answer
   * @throws CouncilServiceException if the service gives no usable answer (see the subclasses)
   * @throws InterruptedException if interrupted while waiting
   */
  public Response get(URI uri) throws CouncilServiceException, InterruptedException {
    return get(uri, RequestOptions.defaults());
  }

  /**
   * GETs {@code uri}, waiting for the rate limit and retrying as the options allow.
   *
   * @param uri the address
   * @param options accepted and non-retried statuses, expected content type, extra headers
   * @return a 2xx answer or one with an accepted status
   * @throws ServiceGoneException if the host is unknown or refuses connections after all
   *     attempts, the service answers 403, 404 or 410 (unless accepted), or the content type is
   *     not the expected one
   * @throws RetriesExhaustedException if every attempt got 429, 5xx, a timeout or an I/O error
   * @throws CouncilServiceException for any other status neither accepted nor retryable
   * @throws InterruptedException if interrupted while waiting
   */
  public Response get(URI uri, RequestOptions options)
      throws CouncilServiceException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).GET().timeout(requestTimeout).header("User-Agent", userAgent);
    options.headers().forEach(request::header);
    HttpRequest built = request.build();
    for (int attempt = 1; ; attempt++) {
      awaitTurn();
      listener.requestSent(uri, attempt);
      HttpResponse<byte[]> answer;
      try {
        answer = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        String reason = e.getClass().getSimpleName() + describe(e);
        if (attempt >= maxAttempts) {
          throw failedWithoutAnswer(uri, attempt, e, reason);
        }
        Duration wait = backoff(attempt);
        listener.retrying(uri, attempt, wait, reason);
        sleeper.sleep(wait);
        continue;
      }
      int status = answer.statusCode();
      listener.responseReceived(uri, status);
      Response response = new Response(uri, status, answer.headers(), answer.body());
      if (options.accepted().contains(status) || (status >= 200 && status < 300)) {
        checkContentType(response, options);
        return response;
      }
      boolean retryable =
          (status == 429 || status >= 500) && !options.notRetried().contains(status);
      if (!retryable) {
        throw unusable(response);
      }
      if (attempt >= maxAttempts) {
        throw new RetriesExhaustedException(
            uri,
            attempt,
            status,
            String.format(
                "GET %s failed %d times; the last answer was HTTP %d. The service is there but"
                    + " overloaded or failing: try again later (an import resumes from its"
                    + " checkpoint), or lower the request rate.",
                uri, attempt, status),
            null);
      }
      Optional<Duration> asked = retryAfter(response);
      Duration wait = asked.isPresent() ? asked.get() : backoff(attempt);
      listener.retrying(uri, attempt, wait, "HTTP " + status);
      sleeper.sleep(wait);
    }
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? "" : ": " + e.getMessage();
  }

  private CouncilServiceException failedWithoutAnswer(
      URI uri, int attempts, IOException e, String reason) {
    boolean gone = e instanceof ConnectException || e instanceof UnknownHostException
        || e.getCause() instanceof ConnectException || e.getCause() instanceof UnknownHostException;
    if (gone) {
      return new ServiceGoneException(
          uri,
          -1,
          String.format(
              "GET %s: no connection after %d attempts (%s). The host %s is unknown or refuses"
                  + " connections: the council may have switched this service off or moved it."
                  + " Check your network, then the service's address on the council's website.",
              uri, attempts, reason, uri.getHost()),
          e);
    }
    return new RetriesExhaustedException(
        uri,
        attempts,
        -1,
        String.format(
            "GET %s failed %d times; the last attempt got no answer (%s). Try again later (an"
                + " import resumes from its checkpoint) or raise the request timeout.",
            uri, attempts, reason),
        e);
  }

  private static CouncilServiceException unusable(Response response) {
    int status = response.status();
    URI uri = response.uri();
    if (status == 403 || status == 404 || status == 410) {
      return new ServiceGoneException(
          uri,
          status,
          String.format(
              "GET %s answered HTTP %d%s. The council may have switched this service off, moved"
                  + " it or closed it to the public: check the service's address on the council's"
                  + " website and point the import at the new one.",
              uri, status, status == 410 ? " (Gone)" : status == 404 ? " (Not Found)"
                  : " (Forbidden)"),
          null);
    }
    return new CouncilServiceException(
        uri,
        status,
        String.format(
            "GET %s answered HTTP %d, which is neither an answer nor worth retrying: %s. Check"
                + " the address and parameters.",
            uri, status, snippet(response)),
        null);
  }

  private static void checkContentType(Response response, RequestOptions options)
      throws ServiceGoneException {
    if (options.expectedContentTypes().isEmpty()) {
      return;
    }
    String type = response.contentType().orElse("").toLowerCase(Locale.ROOT);
    for (String fragment : options.expectedContentTypes()) {
      if (type.contains(fragment)) {
        return;
      }
    }
    throw new ServiceGoneException(
        response.uri(),
        response.status(),
        String.format(
            "GET %s: expected %s but got HTTP %d with %s: %s. A web page where the API should be"
                + " usually means the council moved or switched off the service (or put a login"
                + " in front of it): check the service's address on the council's website.",
            response.uri(),
            String.join(" or ", options.expectedContentTypes()),
            response.status(),
            type.isEmpty() ? "no Content-Type" : "Content-Type " + type,
            snippet(response)),
        null);
  }

  private static String snippet(Response response) {
    String text = response.text().replaceAll("\\s+", " ").trim();
    return text.isEmpty() ? "empty body" : "\"" + (text.length() > 120 ? text.substring(0, 120)
        + "…" : text) + "\"";
  }

  private void awaitTurn() throws InterruptedException {
    synchronized (limiter) {
      Instant now = clock.instant();
      if (lastRequest != null) {
        Duration wait = Duration.between(now, lastRequest.plus(minInterval));
        if (!wait.isNegative() && !wait.isZero()) {
          listener.rateLimited(wait);
          sleeper.sleep(wait);
          now = clock.instant();
        }
      }
      lastRequest = now;
    }
  }

  private Duration backoff(int failedAttempt) {
    long base = initialBackoff.toMillis() << Math.min(failedAttempt - 1, 30);
    long capped = Math.min(base, maxBackoff.toMillis());
    double factor;
    synchronized (random) {
      factor = 0.5 + random.nextDouble() / 2;
    }
    return Duration.ofMillis((long) (capped * factor));
  }

  private Optional<Duration> retryAfter(Response response) {
    Optional<String> header = response.headers().firstValue("Retry-After");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String value = header.get().trim();
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(value));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        wait = Duration.between(clock.instant(), at);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) {
      wait = Duration.ZERO;
    }
    return Optional.of(wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait);
  }

  /** Configures a {@link PoliteClient}; every setting has the default named on the class. */
  public static final class Builder {
    private Duration minInterval = Duration.ofSeconds(1);
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(60);
    private Duration maxRetryAfter = Duration.ofMinutes(5);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private @Nullable String contact;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Random random = new Random();
    private ProgressListener listener = ProgressListener.NONE;

    private Builder() {}

    /**
     * The minimum interval between the starts of two requests (retries included). Default 1 s.
     *
     * @param interval zero for no limit
     * @return this builder
     */
    public Builder minInterval(Duration interval) {
      checkArgument(!interval.isNegative(), "negative interval %s", interval);
      this.minInterval = interval;
      return this;
    }

    /**
     * The rate limit as requests per second, a shorthand for {@link #minInterval(Duration)}.
     *
     * @param perSecond more than 0
     * @return this builder
     */
    public Builder requestsPerSecond(double perSecond) {
      checkArgument(perSecond > 0, "requests per second must be positive: %s", perSecond);
      return minInterval(Duration.ofNanos((long) (1_000_000_000L / perSecond)));
    }

    /**
     * The maximum number of attempts per request, the first included. Default 5.
     *
     * @param attempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      checkArgument(attempts >= 1, "at least one attempt: %s", attempts);
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * The back-off: the wait after the first failure, doubled after each further one up to {@code
     * max}, then jittered to between half and all of it. Default 1 s to 60 s.
     *
     * @param initial wait after the first failure
     * @param max cap on the wait
     * @return this builder
     */
    public Builder backoff(Duration initial, Duration max) {
      checkArgument(!initial.isNegative() && max.compareTo(initial) >= 0, "bad back-off %s..%s",
          initial, max);
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /**
     * The longest {@code Retry-After} honoured; longer ones are cut to it. Default 5 minutes.
     *
     * @param max the cap
     * @return this builder
     */
    public Builder maxRetryAfter(Duration max) {
      checkArgument(!max.isNegative(), "negative cap %s", max);
      this.maxRetryAfter = max;
      return this;
    }

    /**
     * The connect timeout. Default 10 s.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /**
     * The timeout of each attempt, until the response headers arrive. Default 60 s.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /**
     * Contact information appended to the User-Agent, so a council's webmaster can reach the
     * person running the import, e.g. {@code "mailto:clerk-data@example.org"}.
     *
     * @param contact an e-mail or web address
     * @return this builder
     */
    public Builder contact(String contact) {
      this.contact = "(" + contact + ")";
      return this;
    }

    /**
     * The clock for the rate limit and HTTP-date {@code Retry-After}; tests pass a fake one.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * How the client waits; tests pass one that records the waits and advances the fake clock.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * The source of jitter; tests may pass a seeded one.
     *
     * @param random the random source
     * @return this builder
     */
    public Builder random(Random random) {
      this.random = random;
      return this;
    }

    /**
     * Who hears of requests, retries and waits, e.g. a command line's progress display.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ProgressListener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client; share it among the threads of one import
     */
    public PoliteClient build() {
      return new PoliteClient(this);
    }
  }
}
