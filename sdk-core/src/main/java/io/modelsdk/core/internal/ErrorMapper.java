package io.modelsdk.core.internal;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.BadRequestException;
import io.modelsdk.core.errors.ConflictException;
import io.modelsdk.core.errors.ErrorContext;
import io.modelsdk.core.errors.ErrorDetails;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.PermissionDeniedException;
import io.modelsdk.core.errors.RateLimitException;
import io.modelsdk.core.errors.UnprocessableEntityException;
import io.modelsdk.core.errors.ValidationError;
import io.modelsdk.core.spi.ResponseData;
import io.modelsdk.core.spi.VendorProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The one place where a status code becomes an exception type. */
public final class ErrorMapper {
  private static final int MAX_BODY_CHARS = 8 * 1024;
  private static final int MAX_MESSAGE_BODY_CHARS = 300;

  private ErrorMapper() {}

  /** Builds the exception for a non-success response, with every secret redacted. */
  public static ApiException map(
      VendorProfile vendor, ResponseData response, int attempts, Duration retryAfter, Redactor redactor) {
    ErrorDetails details;
    try {
      details = vendor.errorDecoder().decode(response);
    } catch (RuntimeException e) {
      details = ErrorDetails.empty(); // a broken error body must never hide the status
    }
    details = redact(details, redactor);
    String body = text(response.body(), MAX_BODY_CHARS, redactor);
    String requestId = vendor.requestIdHeader() == null
        ? null
        : response.headers().firstValue(vendor.requestIdHeader()).orElse(null);
    int status = response.statusCode();
    String message = message(vendor.name(), status, details, body, requestId, attempts);
    ErrorContext ctx = new ErrorContext(message, status, response.headers(), body, details, requestId,
        attempts, retryAfter);
    ApiException vendorOwn = vendor.errorClassifier().classify(ctx);
    if (vendorOwn != null) {
      return vendorOwn;
    }
    switch (status) {
      case 400:
        return new BadRequestException(ctx);
      case 401:
        return new AuthenticationException(ctx);
      case 403:
        return new PermissionDeniedException(ctx);
      case 404:
        return new NotFoundException(ctx);
      case 409:
        return new ConflictException(ctx);
      case 422:
        return new UnprocessableEntityException(ctx);
      case 429:
        return new RateLimitException(ctx);
      default:
        return status >= 500 ? new InternalServerException(ctx) : new ApiException(ctx);
    }
  }

  private static String message(
      String vendor, int status, ErrorDetails details, String body, String requestId, int attempts) {
    StringBuilder b = new StringBuilder();
    b.append(vendor).append(" answered ").append(status);
    if (details.message().isPresent()) {
      b.append(": ").append(details.message().get());
    } else if (!body.trim().isEmpty()) {
      String shown = body.trim();
      b.append(": ").append(shown.length() > MAX_MESSAGE_BODY_CHARS
          ? shown.substring(0, MAX_MESSAGE_BODY_CHARS) + "..." : shown);
    }
    StringBuilder extra = new StringBuilder();
    details.code().ifPresent(c -> extra.append("code=").append(c));
    details.type().ifPresent(t -> extra.append(extra.length() > 0 ? ", " : "").append("type=").append(t));
    if (requestId != null) {
      extra.append(extra.length() > 0 ? ", " : "").append("request id=").append(requestId);
    }
    if (attempts > 1) {
      extra.append(extra.length() > 0 ? ", " : "").append("attempts=").append(attempts);
    }
    if (extra.length() > 0) {
      b.append(" (").append(extra).append(')');
    }
    return b.toString();
  }

  /** Every text field: a server may echo the key in any of them, and code and type reach the message. */
  private static ErrorDetails redact(ErrorDetails d, Redactor r) {
    List<ValidationError> errors = new ArrayList<>();
    for (ValidationError v : d.validationErrors()) {
      List<String> location = new ArrayList<>();
      for (String part : v.location()) {
        location.add(r.redact(part));
      }
      errors.add(new ValidationError(location, r.redact(v.message()), r.redact(v.type())));
    }
    return ErrorDetails.builder()
        .message(r.redact(d.message().orElse(null)))
        .code(r.redact(d.code().orElse(null)))
        .type(r.redact(d.type().orElse(null)))
        .param(r.redact(d.param().orElse(null)))
        .validationErrors(errors)
        .build();
  }

  /** The start of the body as text, redacted before it is cut so that no part of a key survives the cut. */
  private static String text(byte[] body, int maxChars, Redactor redactor) {
    String s = redactor.redact(new String(body, 0, Math.min(body.length, maxChars * 4), StandardCharsets.UTF_8));
    return s.length() > maxChars ? s.substring(0, maxChars) : s;
  }
}
