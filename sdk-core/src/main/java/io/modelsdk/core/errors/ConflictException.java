package io.modelsdk.core.errors;

/** The server answered 409 Conflict. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the parts of an error response. */
  public ConflictException(ErrorContext context) {
    super(context);
  }
}
