package io.modelsdk.core.errors;

/**
 * The call failed below HTTP: the connection was refused, reset or closed, or the response could not
 * be read to its end.
 *
 * <p>For a request that is not idempotent (a create), {@link #outcomeUnknown()} tells whether the
 * request may have reached the server: if it is true, check before sending it again.
 */
public class ApiConnectionException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final boolean outcomeUnknown;

  /** Creates the exception; {@code outcomeUnknown} is true when the server may have acted. */
  public ApiConnectionException(String message, Throwable cause, int attempts, boolean outcomeUnknown) {
    super(message, cause, attempts);
    this.outcomeUnknown = outcomeUnknown;
  }

  /** True when a non-idempotent request may have been carried out by the server before the failure. */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
