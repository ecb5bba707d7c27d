package io.modelsdk.core.internal;

import io.modelsdk.core.RawResponse;
import io.modelsdk.core.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/**
 * A success response parsed as its body arrived, for typed calls: the value, or the parse failure that
 * {@link #parse()} throws once the call has ended, as a lazily parsed response would. The bytes are not
 * kept.
 */
final class ParsedResponse<T> implements RawResponse<T> {
  private final int statusCode;
  private final HttpHeaders headers;
  private final String requestId;
  private final int retries;
  private final Duration elapsed;
  private final T value;
  private final RuntimeException failure;

  ParsedResponse(int statusCode, HttpHeaders headers, String requestId, int retries, Duration elapsed, T value,
      RuntimeException failure) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.requestId = requestId;
    this.retries = retries;
    this.elapsed = elapsed;
    this.value = value;
    this.failure = failure;
  }

  @Override
  public int statusCode() {
    return statusCode;
  }

  @Override
  public HttpHeaders headers() {
    return headers;
  }

  @Override
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public int retries() {
    return retries;
  }

  @Override
  public Duration elapsed() {
    return elapsed;
  }

  @Override
  public T parse() {
    if (failure != null) {
      throw failure;
    }
    return value;
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + statusCode + ", requestId=" + requestId + ", retries=" + retries
        + ", elapsed=" + elapsed + ", parsed=" + (failure == null) + "}";
  }
}
