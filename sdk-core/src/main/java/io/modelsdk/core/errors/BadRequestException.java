package io.modelsdk.core.errors;

/** The server answered 400 Bad Request. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the parts of an error response. */
  public BadRequestException(ErrorContext context) {
    super(context);
  }
}
