package io.modelsdk.core.internal;

import io.modelsdk.core.http.HttpHeaders;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * The parts of a request or response as the log shows them, every secret masked: a URL without user
 * info and without the values of query parameters named like a key, headers without credential values,
 * a body cut to {@value #MAX_BODY_CHARS} characters. Only {@link CallLog} calls it, behind a level check.
 */
final class LogText {
  /** The most characters of a body the trace log shows. */
  static final int MAX_BODY_CHARS = 4096;
  private static final String MASK = "[redacted]";
  private static final Set<String> KEY_PARAMS = new HashSet<>(Arrays.asList(
      "api_key", "apikey", "api-key", "key", "token", "access_token"));

  private LogText() {}

  /** The URL without user info or fragment, key-like query values masked, then every secret masked. */
  static String url(HttpUrl url, Redactor redactor) {
    String base = url.newBuilder().username("").password("").query(null).fragment(null).build().toString();
    String query = url.encodedQuery();
    if (query == null) {
      return redactor.redact(base);
    }
    StringBuilder b = new StringBuilder(base).append('?');
    String[] pairs = query.split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      int eq = pairs[i].indexOf('=');
      String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
      b.append(i == 0 ? "" : "&");
      b.append(eq >= 0 && keyLike(name) ? name + "=" + MASK : pairs[i]);
    }
    return redactor.redact(b.toString());
  }

  /** True for a query parameter that carries a key, such as {@code api_key} or {@code access_token}. */
  static boolean keyLike(String encodedName) {
    try {
      return KEY_PARAMS.contains(URLDecoder.decode(encodedName, "UTF-8").toLowerCase(Locale.ROOT));
    } catch (UnsupportedEncodingException | IllegalArgumentException e) {
      return true; // a name we cannot read might be anything
    }
  }

  /**
   * The headers as {@code {Name: value, ...}}; the values of credential and cookie headers, and of
   * the headers named in {@code hidden} (matched without regard to case), are masked.
   */
  static String headers(Map<String, List<String>> headers, Set<String> hidden, Redactor redactor) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      for (String value : e.getValue()) {
        b.append(b.length() > 1 ? ", " : "").append(e.getKey()).append(": ");
        b.append(HttpHeaders.isSensitive(e.getKey()) || hidden.contains(e.getKey()) ? MASK : redactor.redact(value));
      }
    }
    return b.append('}').toString();
  }

  /**
   * The body's size and its text, cut to {@value #MAX_BODY_CHARS} characters, which the line says.
   * Secrets are masked before the cut so that no part of one survives it.
   */
  static String body(byte[] body, Redactor redactor) {
    // A character takes at most 3 bytes below the surrogates; room for a secret that crosses the cut.
    int window = Math.min(body.length, MAX_BODY_CHARS * 3 + 4096);
    String text = redactor.redact(new String(body, 0, window, StandardCharsets.UTF_8));
    if (text.length() <= MAX_BODY_CHARS && window == body.length) {
      return "(" + body.length + " bytes) " + text;
    }
    return "(" + body.length + " bytes, cut to the first " + MAX_BODY_CHARS + " characters) "
        + text.substring(0, Math.min(text.length(), MAX_BODY_CHARS));
  }
}
