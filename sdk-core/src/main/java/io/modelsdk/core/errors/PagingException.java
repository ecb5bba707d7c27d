package io.modelsdk.core.errors;

/**
 * Auto-paging stopped: the vendor sent a next-page cursor that does not advance or that an earlier page
 * was fetched with (a cycle), or the list has more pages than the client's page cap. The pages fetched so far stay valid.
 */
public class PagingException extends SdkException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public PagingException(String message) {
    super(message, null, 0);
  }
}
