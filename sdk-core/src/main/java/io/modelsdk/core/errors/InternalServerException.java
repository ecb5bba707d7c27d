package io.modelsdk.core.errors;

/** The server answered a 5xx status: the server failed. */
public class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the parts of an error response. */
  public InternalServerException(ErrorContext context) {
    super(context);
  }
}
