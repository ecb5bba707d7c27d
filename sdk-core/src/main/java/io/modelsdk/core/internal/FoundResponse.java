package io.modelsdk.core.internal;

import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.http.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * A model found in a list response, answered as a response of its own: status, headers and request id
 * are the list's; the body is the model's JSON. Read in full already, so closing it releases nothing.
 */
final class FoundResponse<M> implements RawResponse<M>, StreamingResponse<M> {
  private final RawResponse<?> list;
  private final M model;

  FoundResponse(RawResponse<?> list, M model) {
    this.list = list;
    this.model = model;
  }

  FoundResponse(RawResponse<M> found) {
    this(found, found.parse());
  }

  @Override
  public int statusCode() {
    return list.statusCode();
  }

  @Override
  public HttpHeaders headers() {
    return list.headers();
  }

  @Override
  public Optional<String> requestId() {
    return list.requestId();
  }

  @Override
  public int retries() {
    return list.retries();
  }

  @Override
  public Duration elapsed() {
    return list.elapsed();
  }

  @Override
  public M parse() {
    return model;
  }

  @Override
  public InputStream body() {
    return new ByteArrayInputStream(Json.write(model));
  }

  @Override
  public void close() {
    // nothing held: the list was read in full
  }

  @Override
  public String toString() {
    return "FoundResponse{status=" + list.statusCode() + ", requestId=" + list.requestId().orElse(null) + "}";
  }
}
