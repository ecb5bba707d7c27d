package io.modelsdk.core.errors;

/** The call, or the overall deadline across its retries, ran out of time. */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code outcomeUnknown} is true when the server may have acted. */
  public ApiTimeoutException(String message, Throwable cause, int attempts, boolean outcomeUnknown) {
    super(message, cause, attempts, outcomeUnknown);
  }
}
