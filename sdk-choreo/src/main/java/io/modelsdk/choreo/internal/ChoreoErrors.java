package io.modelsdk.choreo.internal;

import io.modelsdk.choreo.ProviderNotConfiguredException;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.ErrorContext;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.spi.ErrorClassifier;
import java.util.function.Predicate;

/** How the gateway's error codes become exceptions, and which error makes retrieve list instead. */
final class ChoreoErrors {
  static final String MODEL_NOT_FOUND = "model_not_found";
  static final String PROVIDER_NOT_CONFIGURED = "provider_not_configured";

  /**
   * {@code model_not_found} is a {@link NotFoundException} whatever 4xx status carries it (the gateway's
   * reference documents a 400, a gateway serving the retrieve route would answer 404); a 5xx stays a
   * server error, retried as such. {@code provider_not_configured} on a 400 is a
   * {@link ProviderNotConfiguredException}. Everything else is left to core.
   */
  static final ErrorClassifier CLASSIFIER = ChoreoErrors::classify;

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
    if (MODEL_NOT_FOUND.equals(code) && c.statusCode() >= 400 && c.statusCode() < 500) {
      return new NotFoundException(c);
    }
    if (PROVIDER_NOT_CONFIGURED.equals(code) && c.statusCode() == 400) {
      return new ProviderNotConfiguredException(c);
    }
    return null;
  }
}
