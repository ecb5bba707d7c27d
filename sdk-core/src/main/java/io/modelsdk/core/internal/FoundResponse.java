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
 * are the list's; the body is the model's JSON. Also a retrieve read in full before it is answered as a
 * streaming response (one that may fall back to listing), whose body is then the bytes as sent. Read in
 * full already, so closing it releases nothing.
 */
final class FoundResponse<M> implements RawResponse<M>, StreamingResponse<M> {
  private final RawResponse<?> list;
  private final M model;
  private final byte[] sent;

  FoundResponse(RawResponse<?> list, M model) {
    this(list, model, null);
  }

  private FoundResponse(RawResponse<?> list, M model, byte[] sent) {
    this.sent = sent;
    this.list = list;
    this.model = model;
  }

  /** A whole response as a streaming one; its body is the bytes as sent where the server sent the model. */
  FoundResponse(RawResponse<M> found) {
    this(found, found.parse(), found instanceof DefaultRawResponse ? ((DefaultRawResponse<M>) found).bytes() : null);
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
    return new ByteArrayInputStream(sent != null ? sent : Json.write(model));
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
