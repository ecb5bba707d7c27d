package io.modelsdk.core.spi;

import com.fasterxml.jackson.databind.JavaType;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.internal.Json;
import java.io.InputStream;

/** Reads a JSON body with the SDK's mapper, turning every failure into a ResponseParseException. */
final class JsonDecoder<T> implements ResponseDecoder<T> {
  private final JavaType type;

  JsonDecoder(JavaType type) {
    this.type = type;
  }

  @Override
  public T decode(ResponseData response) {
    return Json.parse(response.body(), type, response.statusCode(), response.contentType());
  }

  @Override
  public T decode(int statusCode, HttpHeaders headers, InputStream body) {
    return Json.parse(body, type, statusCode, headers.firstValue("Content-Type").orElse(null));
  }
}
