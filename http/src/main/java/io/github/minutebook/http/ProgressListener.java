package io.github.minutebook.http;

import java.net.URI;
import java.time.Duration;

/**
 * What a {@link PoliteClient} is doing, for a command line to show on a terminal. Every method
 * has an empty default; the client calls them on the requesting thread, so they should be quick.
 */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /**
   * A request is about to be sent.
   *
   * @param uri the address asked
   * @param attempt 1 for the first try, 2 for the first retry, and so on
   */
  default void requestSent(URI uri, int attempt) {}

  /**
   * An answer came back (whatever its status).
   *
   * @param uri the address asked
   * @param status the HTTP status
   */
  default void responseReceived(URI uri, int status) {}

  /**
   * The client waited to keep the minimum interval between requests.
   *
   * @param waited how long
   */
  default void rateLimited(Duration waited) {}

  /**
   * An attempt failed and the client will try again after {@code wait}.
   *
   * @param uri the address asked
   * @param failedAttempt the attempt that failed (1-based)
   * @param wait the back-off or the server's {@code Retry-After}
   * @param reason what went wrong, e.g. {@code HTTP 503} or the exception's message
   */
  default void retrying(URI uri, int failedAttempt, Duration wait, String reason) {}
}
