package io.modelsdk.core.errors;

/**
 * Base class of every exception this SDK throws for a failed call.
 *
 * <p>Unchecked, like the exceptions of OkHttp and the official OpenAI Java SDK. Bad input (a blank id,
 * a malformed option) is reported with {@link IllegalArgumentException} before any I/O instead, and an
 * operation a vendor lacks with {@link OperationNotSupportedException}.
 *
 * <p>Messages never contain API keys or other credentials.
 */
public class SdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int attempts;

  /** Creates an exception for a call that made {@code attempts} HTTP attempts (0 if none). */
  public SdkException(String message, Throwable cause, int attempts) {
    super(message, cause);
    this.attempts = attempts;
  }

  /** How many HTTP attempts the call made before giving up, retries included. */
  public int attempts() {
    return attempts;
  }
}
