package io.modelsdk.core;

import io.modelsdk.core.http.HttpHeaders;
import java.io.InputStream;
import java.util.Optional;

/**
 * A success response whose body has not been read yet. Status and headers are there at once; the
 * body is read only through {@link #body()} or {@link #parse()}, and holds a connection until
 * {@link #close()}: use try-with-resources.
 *
 * <pre>{@code
 * try (StreamingResponse<OpenAiModel> s = client.models().withStreamingResponse().retrieve("gpt-4o")) {
 *   s.headers().firstValue("x-request-id");
 *   OpenAiModel m = s.parse();
 * }
 * }</pre>
 *
 * @param <T> the parsed type
 */
public interface StreamingResponse<T> extends AutoCloseable {
  /** The HTTP status code, always 2xx. */
  int statusCode();

  /** The response headers; matching is case-insensitive. */
  HttpHeaders headers();

  /** The request id from the vendor's request-id header, if the vendor sends one. */
  Optional<String> requestId();

  /**
   * The body, unread. It can be read once, either here or through {@link #parse()}. Reading past the
   * client's size limit fails with {@link io.modelsdk.core.errors.ResponseTooLargeException}.
   */
  InputStream body();

  /**
   * Reads and parses the whole body.
   *
   * @throws IllegalStateException if the body was already taken
   */
  T parse();

  /** Releases the connection; reading the body afterwards fails. Never throws. */
  @Override
  void close();
}
