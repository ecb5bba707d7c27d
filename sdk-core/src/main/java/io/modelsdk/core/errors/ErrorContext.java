package io.modelsdk.core.errors;

import io.modelsdk.core.http.HttpHeaders;
import java.time.Duration;
import java.util.Objects;

/**
 * The parts of an error response an {@link ApiException} is made of. The SDK builds one per failed
 * call; it is public so that tests can build exceptions of their own.
 */
public final class ErrorContext {
  private final String message;
  private final int statusCode;
  private final HttpHeaders headers;
  private final String body;
  private final ErrorDetails details;
  private final String requestId;
  private final int attempts;
  private final Duration retryAfter;

  /**
   * Creates the context; {@code requestId} and {@code retryAfter} may be null.
   *
   * @param message the exception message, already free of secrets
   */
  public ErrorContext(
      String message,
      int statusCode,
      HttpHeaders headers,
      String body,
      ErrorDetails details,
      String requestId,
      int attempts,
      Duration retryAfter) {
    this.message = Objects.requireNonNull(message, "message == null");
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers == null");
    this.body = Objects.requireNonNull(body, "body == null");
    this.details = Objects.requireNonNull(details, "details == null");
    this.requestId = requestId;
    this.attempts = attempts;
    this.retryAfter = retryAfter;
  }

  /** The exception message. */
  public String message() {
    return message;
  }

  /** The HTTP status. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The body as text, cut and redacted. */
  public String body() {
    return body;
  }

  /** What the error envelope said. */
  public ErrorDetails details() {
    return details;
  }

  /** The request id, or null. */
  public String requestId() {
    return requestId;
  }

  /** Attempts made. */
  public int attempts() {
    return attempts;
  }

  /** The wait the server asked for, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
