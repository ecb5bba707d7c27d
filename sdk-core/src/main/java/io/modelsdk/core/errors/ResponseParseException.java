package io.modelsdk.core.errors;

import java.util.Optional;

/**
 * A success response arrived but its body is not what the vendor documents: not JSON, empty,
 * truncated, or missing a required field.
 *
 * <p>The message names the status, the content type, the JSON path that failed when known, and shows at
 * most 1 KiB of the body.
 */
public class ResponseParseException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String contentType;
  private final String jsonPath;
  private final String bodySnippet;

  /** Creates the exception; {@code jsonPath} and {@code contentType} may be null. */
  public ResponseParseException(
      String message,
      Throwable cause,
      int statusCode,
      String contentType,
      String jsonPath,
      String bodySnippet) {
    super(message, cause, 0);
    this.statusCode = statusCode;
    this.contentType = contentType;
    this.jsonPath = jsonPath;
    this.bodySnippet = bodySnippet;
  }

  /** The HTTP status of the response that could not be parsed. */
  public int statusCode() {
    return statusCode;
  }

  /** The response's {@code Content-Type}, if it had one. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** Where in the JSON document parsing failed, such as {@code data[0].created}, when known. */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  /** At most the first 1 KiB of the body, as text. */
  public String bodySnippet() {
    return bodySnippet;
  }
}
