package io.modelsdk.core.spi;

import io.modelsdk.core.errors.ErrorDetails;

/**
 * Reads a vendor's error envelope. Core maps the status to the exception type; the decoder only says
 * what the body means. It must not throw: a body it cannot read gives {@link ErrorDetails#empty()}.
 */
@FunctionalInterface
public interface ErrorDecoder {
  /** Reads the error body of a non-success response. */
  ErrorDetails decode(ResponseData response);
}
