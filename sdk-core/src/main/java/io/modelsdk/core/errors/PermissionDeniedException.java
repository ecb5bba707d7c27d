package io.modelsdk.core.errors;

/** The server answered 403 Forbidden: the key may not do this. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the parts of an error response. */
  public PermissionDeniedException(ErrorContext context) {
    super(context);
  }
}
