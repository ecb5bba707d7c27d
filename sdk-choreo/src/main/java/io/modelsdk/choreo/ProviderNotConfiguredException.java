package io.modelsdk.choreo;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.ErrorContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway has no key for the provider of the model asked for: error code
 * {@code provider_not_configured}, documented as
 * {@code {"error": {"message": "Provider not configured for model 'gpt-4'", "type": "invalid_request_error", "code": "provider_not_configured"}}}.
 *
 * <pre>{@code
 * try {
 *   choreo.models().retrieve("gpt-4");
 * } catch (ProviderNotConfiguredException e) {
 *   System.out.println("configure the provider of " + e.model().orElse("?") + " on the gateway");
 * }
 * }</pre>
 *
 * <p>The gateway sends it with two statuses: its models page types it {@code invalid_request_error}, a 400,
 * while its error-code reference lists it under 502. It means the same either way, so it is this exception
 * whatever the status, and it extends {@link ApiException} directly: it is neither a
 * {@link io.modelsdk.core.errors.BadRequestException} nor an
 * {@link io.modelsdk.core.errors.InternalServerException}; {@link #statusCode()} says which status came.
 * It is never retried, even as a 502 or with {@code x-should-retry: true}: waiting cannot configure a
 * provider, only the gateway's operator can (by setting the provider's key, such as {@code OPENAI_API_KEY}).
 */
public class ProviderNotConfiguredException extends ApiException {
  private static final long serialVersionUID = 1L;
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  private final String model;

  /** Creates the exception from the parts of the error response. */
  public ProviderNotConfiguredException(ErrorContext context) {
    super(context);
    this.model = quoted(context.details().message().orElse(""));
  }

  /** The model the gateway named in its message, such as {@code gpt-4}; empty if it quoted none. */
  public Optional<String> model() {
    return Optional.ofNullable(model);
  }

  private static String quoted(String message) {
    Matcher m = QUOTED.matcher(message);
    return m.find() ? m.group(1) : null;
  }
}
