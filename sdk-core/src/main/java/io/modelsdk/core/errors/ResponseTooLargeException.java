package io.modelsdk.core.errors;

/**
 * The response body grew past the client's size limit (16 MiB unless configured), counted after
 * decompression. The SDK stops reading at the limit and closes the connection.
 */
public class ResponseTooLargeException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  /** Creates the exception for a body that passed {@code limitBytes}. */
  public ResponseTooLargeException(long limitBytes) {
    super("Response body exceeds the limit of " + limitBytes + " bytes", null, 0);
    this.limitBytes = limitBytes;
  }

  /** The limit that was passed, in bytes. */
  public long limitBytes() {
    return limitBytes;
  }
}
