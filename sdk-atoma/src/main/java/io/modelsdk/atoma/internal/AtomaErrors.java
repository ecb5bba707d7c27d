package io.modelsdk.atoma.internal;

import io.modelsdk.atoma.InsufficientBalanceException;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.spi.ErrorClassifier;
import java.util.function.Predicate;

/**
 * Which of atoma-proxy's errors ({@code AtomaProxyError} in its {@code src/server/error.rs}) get an exception
 * of the SDK's own, and which are never retried. The rest is core's: see the table in the module's README.
 */
final class AtomaErrors {
  static final int PAYMENT_REQUIRED = 402;
  static final int NOT_IMPLEMENTED = 501;

  /** A 402 ({@code BALANCE_ERROR}) is an {@link InsufficientBalanceException}, whatever its body. */
  static final ErrorClassifier CLASSIFIER =
      c -> c.statusCode() == PAYMENT_REQUIRED ? new InsufficientBalanceException(c) : null;

  /**
   * Errors never retried, whatever {@code x-should-retry} says, since waiting cannot fix them: an
   * insufficient balance, and {@code 501 NOT_IMPLEMENTED}, the one 5xx of the table that is no outage.
   */
  static final Predicate<ApiException> FINAL =
      e -> e instanceof InsufficientBalanceException || e.statusCode() == NOT_IMPLEMENTED;

  private AtomaErrors() {}
}
