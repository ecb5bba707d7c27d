package io.modelsdk.core.errors;

import io.modelsdk.core.http.HttpHeaders;
import java.util.Optional;

/**
 * The server answered with a status that is not a success.
 *
 * <p>Carries the HTTP status, the response headers, the start of the body and what the vendor's error
 * envelope said (code, type, message, param) when it could be read. A subclass names the common
 * statuses: {@link BadRequestException} 400, {@link AuthenticationException} 401,
 * {@link PermissionDeniedException} 403, {@link NotFoundException} 404, {@link ConflictException} 409,
 * {@link UnprocessableEntityException} 422, {@link RateLimitException} 429 and
 * {@link InternalServerException} 5xx. Other statuses (3xx when redirects are not followed, 402, 418 ...)
 * arrive as a plain {@code ApiException}.
 */
public class ApiException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient HttpHeaders headers;
  private final String body;
  private final transient ErrorDetails details;
  private final String requestId;

  /** Creates the exception from the parts of an error response; see {@link ErrorDetails}. */
  public ApiException(ErrorContext context) {
    super(context.message(), null, context.attempts());
    this.statusCode = context.statusCode();
    this.headers = context.headers();
    this.body = context.body();
    this.details = context.details();
    this.requestId = context.requestId();
  }

  /** The HTTP status code of the response. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers; matching is case-insensitive. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The response body as text, cut to at most 8 KiB. */
  public String body() {
    return body;
  }

  /** The request id the vendor returned in its request-id header, if any. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The vendor's error message, if its error envelope could be read. */
  public Optional<String> vendorMessage() {
    return details.message();
  }

  /** The vendor's error code, such as {@code model_not_found}. */
  public Optional<String> vendorCode() {
    return details.code();
  }

  /** The vendor's error type, such as {@code invalid_request_error}. */
  public Optional<String> vendorType() {
    return details.type();
  }

  /** The request parameter the vendor blamed, if it named one. */
  public Optional<String> vendorParam() {
    return details.param();
  }

  /** Everything read from the vendor's error envelope. */
  public ErrorDetails details() {
    return details;
  }
}
