package io.modelsdk.core.errors;

/** The server answered 401 Unauthorized: the API key is missing, wrong or revoked. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the parts of an error response. */
  public AuthenticationException(ErrorContext context) {
    super(context);
  }
}
