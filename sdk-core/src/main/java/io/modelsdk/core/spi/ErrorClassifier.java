package io.modelsdk.core.spi;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.ErrorContext;

/**
 * Lets a vendor turn some errors into exceptions of its own (an exception naming an unconfigured
 * provider, say) before core picks the class by status. Return null to let core decide. Prefer a
 * subclass of the class core would pick, so that catching by status still works; an error that means
 * the same whatever status the server sends it with may instead extend {@link ApiException} directly.
 */
@FunctionalInterface
public interface ErrorClassifier {
  /** The vendor's exception for this error, or null. */
  ApiException classify(ErrorContext context);
}
