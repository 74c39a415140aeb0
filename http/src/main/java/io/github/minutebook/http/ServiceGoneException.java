package io.github.minutebook.http;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * The council seems to have switched the service off or moved it: the host is unknown or refuses
 * connections (after all retries), the service answers 403, 404 or 410, or it answers an HTML page
 * where the caller expected JSON or XML (typically a "this service has moved" or login page). The
 * message says what was asked, what came back and what the user can do.
 */
public class ServiceGoneException extends CouncilServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param uri the address asked
   * @param status the HTTP status, or -1 if the service never answered
   * @param message what was asked, what came back and what the user can do
   * @param cause the underlying failure, if any
   */
  public ServiceGoneException(URI uri, int status, String message, @Nullable Throwable cause) {
    super(uri, status, message, cause);
  }
}
