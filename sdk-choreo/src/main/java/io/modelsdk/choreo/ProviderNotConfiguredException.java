package io.modelsdk.choreo;

import io.modelsdk.core.errors.BadRequestException;
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
 * <p>Its {@code invalid_request_error} type is a 400 in the gateway's status table, so it is a
 * {@link BadRequestException} and {@code catch (BadRequestException e)} still catches it. The gateway's
 * error-code reference lists the same code under 502 instead; answered with a 5xx it stays an
 * {@link io.modelsdk.core.errors.InternalServerException} (retried like every 5xx) whose
 * {@code vendorCode()} is {@code provider_not_configured}.
 */
public class ProviderNotConfiguredException extends BadRequestException {
  private static final long serialVersionUID = 1L;
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  private final String model;

  /** Creates the exception from the parts of the error response. */
  public ProviderNotConfiguredException(ErrorContext context) {
    super(context);
    this.model = quoted(context.details().message().orElse(""));
  }

  /** The model the gateway named in its message, such as {@code gpt-4}. */
  public Optional<String> model() {
    return Optional.ofNullable(model);
  }

  private static String quoted(String message) {
    Matcher m = QUOTED.matcher(message);
    return m.find() ? m.group(1) : null;
  }
}
