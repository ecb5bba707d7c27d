package io.modelsdk.core;

/**
 * What a {@link CallListener} is told about a call: which vendor and operation, the HTTP method and URL,
 * and which attempt this is. Immutable; a new instance per attempt.
 */
public final class CallEvent {
  private final String vendor;
  private final Operation operation;
  private final String method;
  private final String url;
  private final int attempt;

  /** Made by the SDK for its listeners; public so that tests of a listener can make one too. */
  public CallEvent(String vendor, Operation operation, String method, String url, int attempt) {
    this.vendor = vendor;
    this.operation = operation;
    this.method = method;
    this.url = url;
    this.attempt = attempt;
  }

  /** The vendor's name, as {@link Model#vendor()} gives it. */
  public String vendor() {
    return vendor;
  }

  /** The operation this call serves (a list's next page is still {@link Operation#LIST}). */
  public Operation operation() {
    return operation;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The request URL, path and query; it never holds credentials, which travel in headers. */
  public String url() {
    return url;
  }

  /** Which attempt this is, counting from 1. */
  public int attempt() {
    return attempt;
  }

  @Override
  public String toString() {
    return vendor + " " + operation.wireName() + " " + method + " " + url + " (attempt " + attempt + ")";
  }
}
