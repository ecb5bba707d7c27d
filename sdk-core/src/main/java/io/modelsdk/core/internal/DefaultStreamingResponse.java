package io.modelsdk.core.internal;

import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.ResponseDecoder;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Response;

/** A success response whose body is still on the wire. */
class DefaultStreamingResponse<T> implements StreamingResponse<T> {
  private final Response response;
  private final HttpHeaders headers;
  private final String requestId;
  private final long limit;
  private final ResponseDecoder<T> decoder;
  private final AtomicBoolean taken = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();

  DefaultStreamingResponse(Response response, HttpHeaders headers, String requestId, long limit,
      ResponseDecoder<T> decoder) {
    this.response = response;
    this.headers = headers;
    this.requestId = requestId;
    this.limit = limit;
    this.decoder = decoder;
  }

  @Override
  public int statusCode() {
    return response.code();
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
  public InputStream body() {
    if (closed.get()) {
      throw new IllegalStateException("The streaming response is closed");
    }
    if (!taken.compareAndSet(false, true)) {
      throw new IllegalStateException("The body of a streaming response can be read only once");
    }
    return BodyReader.limited(response.body().byteStream(), limit);
  }

  @Override
  public T parse() {
    try (InputStream in = body()) {
      return decoder.decode(response.code(), headers, in);
    } catch (java.io.IOException e) {
      throw Json.streamFailure(e, response.code(), contentType());
    } catch (java.io.UncheckedIOException e) {
      throw Json.streamFailure(e.getCause(), response.code(), contentType());
    }
  }

  /** The content type, for parse errors. */
  String contentType() {
    return headers.firstValue("Content-Type").orElse(null);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      response.close();
    }
  }

  @Override
  public String toString() {
    return "StreamingResponse{status=" + response.code() + ", requestId=" + requestId + "}";
  }
}
