package io.modelsdk.core.spi;

import io.modelsdk.core.http.HttpHeaders;

/** A response whose body has been read into memory, as a {@link ResponseDecoder} sees it. */
public final class ResponseData {
  private final int statusCode;
  private final HttpHeaders headers;
  private final byte[] body;

  /** Wraps a response; the array is not copied. */
  public ResponseData(int statusCode, HttpHeaders headers, byte[] body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The body bytes; empty if there was none. Do not modify. */
  public byte[] body() {
    return body;
  }

  /** The {@code Content-Type} header, or null. */
  public String contentType() {
    return headers.firstValue("Content-Type").orElse(null);
  }
}
