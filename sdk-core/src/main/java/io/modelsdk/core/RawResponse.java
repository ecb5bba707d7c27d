package io.modelsdk.core;

import io.modelsdk.core.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/**
 * A success response with its status and headers, whose body is parsed only when asked.
 *
 * <pre>{@code
 * RawResponse<OpenAiModel> raw = client.models().withRawResponse().retrieve("gpt-4o");
 * raw.headers().firstValue("x-ratelimit-remaining-requests");
 * OpenAiModel model = raw.parse();
 * }</pre>
 *
 * <p>The body has been read into memory (within the client's size limit) and the connection released;
 * use {@link StreamingResponse} to read it yourself.
 *
 * @param <T> the parsed type
 */
public interface RawResponse<T> {
  /** The HTTP status code, always 2xx. */
  int statusCode();

  /** The response headers; matching is case-insensitive. */
  HttpHeaders headers();

  /** The request id from the vendor's request-id header, if the vendor sends one. */
  Optional<String> requestId();

  /** How many retries the call took before this response: 0 if the first attempt succeeded. */
  int retries();

  /** Time from the start of the first attempt to the end of reading this response, backoff included. */
  Duration elapsed();

  /**
   * Parses the body, once; later calls return the same object.
   *
   * @throws io.modelsdk.core.errors.ResponseParseException if the body is not the documented shape
   */
  T parse();
}
