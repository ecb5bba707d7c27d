package io.modelsdk.core.internal;

import io.modelsdk.core.RawResponse;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.ResponseData;
import io.modelsdk.core.spi.ResponseDecoder;
import java.time.Duration;
import java.util.Optional;

/** A fully read success response, parsed on first demand. */
final class DefaultRawResponse<T> implements RawResponse<T> {
  private final ResponseData data;
  private final String requestId;
  private final int retries;
  private final Duration elapsed;
  private final ResponseDecoder<T> decoder;
  private volatile T parsed;

  DefaultRawResponse(ResponseData data, String requestId, int retries, Duration elapsed, ResponseDecoder<T> decoder) {
    this.data = data;
    this.requestId = requestId;
    this.retries = retries;
    this.elapsed = elapsed;
    this.decoder = decoder;
  }

  /** The body as the server sent it. */
  byte[] bytes() {
    return data.body();
  }

  @Override
  public int statusCode() {
    return data.statusCode();
  }

  @Override
  public HttpHeaders headers() {
    return data.headers();
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
    T result = parsed;
    if (result == null) {
      synchronized (this) {
        result = parsed;
        if (result == null) {
          result = decoder.decode(data);
          parsed = result;
        }
      }
    }
    return result;
  }


  @Override
  public String toString() {
    return "RawResponse{status=" + data.statusCode() + ", requestId=" + requestId + ", retries=" + retries
        + ", elapsed=" + elapsed + ", bytes=" + data.body().length + "}";
  }
}
