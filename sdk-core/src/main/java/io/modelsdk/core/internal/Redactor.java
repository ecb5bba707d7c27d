package io.modelsdk.core.internal;

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
}
