package io.github.minutebook.http;

import java.net.URI;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A council's service did not give a usable answer: an HTTP status the caller neither accepts nor
 * may retry (e.g. 400 or 401). The subclasses name the two cases a user can act on: {@link
 * ServiceGoneException} (switched off or moved) and {@link RetriesExhaustedException} (overloaded
 * or flaky).
 *
 * <p>It is a checked {@link java.io.IOException} on purpose: reading a council's service over the
 * network fails in normal operation, the importers must decide what to do (stop, skip, resume from
 * the {@link Checkpoint}), and callers that already handle {@code IOException} from {@link
 * java.net.http.HttpClient} handle these too.
 */
public class CouncilServiceException extends java.io.IOException {
  private static final long serialVersionUID = 1L;

  private final URI uri;
  private final int status;

  /**
   * Creates the exception.
   *
   * @param uri the address asked
   * @param status the last HTTP status, or -1 if no answer came back
   * @param message what was asked, what came back and what the user can do
   * @param cause the underlying failure, if any
   */
  public CouncilServiceException(URI uri, int status, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.uri = uri;
    this.status = status;
  }

  /**
   * The address asked.
   *
   * @return the URI of the failed request
   */
  public URI uri() {
    return uri;
  }

  /**
   * The last HTTP status received.
   *
   * @return the status, or empty if the service never answered (connection refused, timeout)
   */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }
}
