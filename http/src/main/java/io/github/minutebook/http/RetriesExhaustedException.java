package io.github.minutebook.http;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Every attempt failed with a retryable answer (429, 5xx) or a timeout or I/O error. The message
 * names the number of attempts and the last status or error; the service is there but overloaded
 * or failing, so trying again later (resuming from a {@link Checkpoint}) is the usual remedy.
 */
public class RetriesExhaustedException extends CouncilServiceException {
  private static final long serialVersionUID = 1L;

  private final int attempts;

  /**
   * Creates the exception.
   *
   * @param uri the address asked
   * @param attempts how many attempts were made
   * @param status the last HTTP status, or -1 if the last attempt got no answer
   * @param message what was asked, what came back and what the user can do
   * @param cause the last I/O failure, if any
   */
  public RetriesExhaustedException(
      URI uri, int attempts, int status, String message, @Nullable Throwable cause) {
    super(uri, status, message, cause);
    this.attempts = attempts;
  }

  /**
   * How many attempts were made.
   *
   * @return the number of attempts, at least 1
   */
  public int attempts() {
    return attempts;
  }
}
