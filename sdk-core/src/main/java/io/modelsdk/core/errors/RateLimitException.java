package io.modelsdk.core.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * The server answered 429 Too Many Requests.
 *
 * <p>When the server asked for a wait longer than the client's Retry-After cap, the SDK does not sleep
 * and throws this at once; {@link #retryAfter()} tells how long the server asked to wait.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /** Creates the exception from the parts of an error response. */
  public RateLimitException(ErrorContext context) {
    super(context);
    this.retryAfter = context.retryAfter();
  }

  /** The wait the server asked for through {@code retry-after-ms} or {@code Retry-After}, if any. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
