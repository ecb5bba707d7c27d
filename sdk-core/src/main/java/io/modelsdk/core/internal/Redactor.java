package io.modelsdk.core.internal;

import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.ResponseData;
import io.modelsdk.core.spi.ResponseDecoder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes secrets from text that may reach a message or a log, such as an echoed error body: a client's
 * API key and secret headers, and the secrets one call sent in its body ({@link #with}). Each secret is
 * also matched as it looks inside a JSON string, where a server that echoes it escapes {@code "} and
 * {@code \}.
 */
public final class Redactor {
  /** Shorter values are left alone: masking every "abc" would garble text and hide nothing. */
  private static final int MIN_LENGTH = 4;

  /** Longest first, so that a secret containing another is masked whole. */
  private final List<String> secrets;

  /** Redacts {@code secret}; a secret shorter than 4 characters is left alone to avoid noise. */
  public Redactor(String secret) {
    this(Collections.singletonList(secret));
  }

  /** Redacts each of {@code secrets}; nulls and values shorter than 4 characters are left alone. */
  public Redactor(Collection<String> secrets) {
    this(Collections.<String>emptyList(), secrets);
  }

  private Redactor(List<String> known, Collection<String> more) {
    Set<String> all = new LinkedHashSet<>(known);
    for (String s : more) {
      if (s != null && s.length() >= MIN_LENGTH) {
        all.add(s);
        all.add(jsonEscaped(s));
      }
    }
    List<String> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = Collections.unmodifiableList(sorted);
  }

  /** This redactor plus {@code more}, such as the secrets one call sends; this one if there are none. */
  public Redactor with(Collection<String> more) {
    return more.isEmpty() ? this : new Redactor(secrets, more);
  }

  /** The text with every occurrence of a secret replaced by {@code [redacted]}. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      if (out.indexOf(secret) >= 0) {
        out = out.replace(secret, "[redacted]");
      }
    }
    return out;
  }

  /**
   * The exception with the secret taken out of its message and body snippet, for a body that echoed the
   * key. A cause whose message shows the secret (Jackson quotes the token it choked on) is dropped;
   * the stack trace is kept.
   */
  public ResponseParseException redactFailure(ResponseParseException e) {
    boolean causeShows = shows(e.getCause());
    if (!causeShows && !contains(e.getMessage()) && !contains(e.bodySnippet())) {
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
    if (text != null) {
      for (String secret : secrets) {
        if (text.contains(secret)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The secret as it reads between the quotes of a JSON string. */
  private static String jsonEscaped(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < ' ') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
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
