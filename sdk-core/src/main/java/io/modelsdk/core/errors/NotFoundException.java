package io.modelsdk.core.errors;

/** The server answered 404 Not Found, or a model that a list-then-filter retrieve did not find. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the parts of an error response. */
  public NotFoundException(ErrorContext context) {
    super(context);
  }
}
