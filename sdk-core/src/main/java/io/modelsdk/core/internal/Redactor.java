package io.modelsdk.core.internal;

import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.ResponseData;
import io.modelsdk.core.spi.ResponseDecoder;
import java.io.InputStream;

/** Removes a client's secret from text that may reach a message or a log, such as an echoed error body. */
public final class Redactor {
  private final String secret;

  /** Redacts {@code secret}; a secret shorter than 4 characters is left alone to avoid noise. */
  public Redactor(String secret) {
    this.secret = secret != null && secret.length() >= 4 ? secret : null;
  }

  /** The text with every occurrence of the secret replaced by {@code [redacted]}. */
  public String redact(String text) {
    if (secret == null || text == null || text.indexOf(secret) < 0) {
      return text;
    }
    return text.replace(secret, "[redacted]");
  }

  /**
   * The exception with the secret taken out of its message and body snippet, for a body that echoed the
   * key. A cause whose message shows the secret (Jackson quotes the token it choked on) is dropped;
   * the stack trace is kept.
   */
  public ResponseParseException redactFailure(ResponseParseException e) {
    boolean causeShows = shows(e.getCause());
    if (secret == null || (!causeShows && !contains(e.getMessage()) && !contains(e.bodySnippet()))) {
      return e;
    }
    ResponseParseException clean = new ResponseParseException(redact(e.getMessage()),
        causeShows ? null : e.getCause(), e.statusCode(), e.contentType().orElse(null),
        redact(e.jsonPath().orElse(null)), redact(e.bodySnippet()));
    clean.setStackTrace(e.getStackTrace());
    return clean;
  }

  /** A decoder whose parse failures never show the secret. */
  public <T> ResponseDecoder<T> guard(ResponseDecoder<T> decoder) {
    return new ResponseDecoder<T>() {
      @Override
      public T decode(ResponseData response) {
        try {
          return decoder.decode(response);
        } catch (ResponseParseException e) {
          throw redactFailure(e);
        }
      }

      @Override
      public T decode(int statusCode, HttpHeaders headers, InputStream body) {
        try {
          return decoder.decode(statusCode, headers, body);
        } catch (ResponseParseException e) {
          throw redactFailure(e);
        }
      }
    };
  }

  private boolean contains(String text) {
    return secret != null && text != null && text.contains(secret);
  }

  private boolean shows(Throwable t) {
    for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
      if (contains(t.getMessage()) || contains(t.toString())) {
        return true;
      }
    }
    return false;
  }
}
