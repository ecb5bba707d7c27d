package io.modelsdk.core.spi;

import com.fasterxml.jackson.databind.JavaType;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.internal.Json;
import java.io.InputStream;

/**
 * Turns a success response into a value. Vendors get the usual ones from {@link #json(Class)}; a
 * decoder for a body-less answer (204) can ignore the body.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
  /**
   * Decodes the response.
   *
   * @throws io.modelsdk.core.errors.ResponseParseException if the body is not the expected shape
   */
  T decode(ResponseData response);

  /**
   * Decodes from a stream for a streaming response. The default reads the stream whole and calls
   * {@link #decode(ResponseData)}; JSON decoders parse straight from the stream.
   */
  default T decode(int statusCode, HttpHeaders headers, InputStream body) {
    return decode(new ResponseData(statusCode, headers, Json.readAll(body)));
  }

  /** A decoder reading the body as JSON of the given type with the SDK's one configured mapper. */
  static <T> ResponseDecoder<T> json(Class<T> type) {
    return new JsonDecoder<>(Json.mapper().constructType(type));
  }

  /** A decoder reading the body as JSON of the given generic type. */
  static <T> ResponseDecoder<T> json(JavaType type) {
    return new JsonDecoder<>(type);
  }
}
