package io.modelsdk.core.errors;

import java.util.List;

/** The server answered 422 Unprocessable Entity: the request was well formed but failed validation. */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the parts of an error response. */
  public UnprocessableEntityException(ErrorContext context) {
    super(context);
  }

  /** The validation errors the server listed (FastAPI's {@code detail[]}), empty if it listed none. */
  public List<ValidationError> validationErrors() {
    return details().validationErrors();
  }
}
