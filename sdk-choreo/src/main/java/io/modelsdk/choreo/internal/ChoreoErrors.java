package io.modelsdk.choreo.internal;

import io.modelsdk.choreo.ProviderNotConfiguredException;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.ErrorContext;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.spi.ErrorClassifier;
import java.util.function.Predicate;

/**
 * How the gateway's error codes become exceptions, which errors are never retried, and which error makes
 * retrieve list instead.
 */
final class ChoreoErrors {
  static final String MODEL_NOT_FOUND = "model_not_found";
  static final String PROVIDER_NOT_CONFIGURED = "provider_not_configured";

  /**
   * {@code provider_not_configured} is a {@link ProviderNotConfiguredException} whatever the status (the
   * gateway's models page implies a 400, its error-code reference says 502). {@code model_not_found} is a
   * {@link NotFoundException} whatever 4xx status carries it (the error-code reference documents a 400, a
   * gateway serving the retrieve route would answer 404), so that {@code catch (NotFoundException e)} around
   * a retrieve works whichever status the gateway picked; on a 5xx it stays a server error, retried as
   * such. Everything else is left to core.
   */
  static final ErrorClassifier CLASSIFIER = ChoreoErrors::classify;

  /**
   * Errors never retried, whatever the status and {@code x-should-retry}: a provider the gateway has no
   * key for stays unconfigured however long the SDK waits.
   */
  static final Predicate<ApiException> FINAL = e -> e instanceof ProviderNotConfiguredException;

  /**
   * FastAPI's route-level 404, {@code {"detail": "Not Found"}}, which the gateway answers to the
   * documented {@code GET /v1/models/{id}} it does not serve. A {@code model_not_found} error, or any
   * 404 with another message, is a real answer and is not matched.
   */
  static final Predicate<ApiException> ROUTE_NOT_FOUND = e -> e.statusCode() == 404
      && !e.vendorCode().isPresent()
      && e.vendorMessage().filter("Not Found"::equals).isPresent();

  private ChoreoErrors() {}

  private static ApiException classify(ErrorContext c) {
    String code = c.details().code().orElse(null);
    if (PROVIDER_NOT_CONFIGURED.equals(code)) {
      return new ProviderNotConfiguredException(c);
    }
    if (MODEL_NOT_FOUND.equals(code) && c.statusCode() >= 400 && c.statusCode() < 500) {
      return new NotFoundException(c);
    }
    return null;
  }
}
