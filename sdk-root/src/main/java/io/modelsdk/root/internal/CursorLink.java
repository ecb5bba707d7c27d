package io.modelsdk.root.internal;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;

/**
 * Reads the {@code cursor} out of a whole-URL {@code next}. Root Signals' paging (Django REST
 * Framework's cursor pagination) builds that URL from the request it received, so behind a
 * TLS-terminating proxy or a host alias it names {@code http://} or an internal host: the cursor is the
 * one part of it the SDK needs, and the next page is asked for at the client's own base URL.
 */
final class CursorLink {
  private CursorLink() {}

  /**
   * The {@code cursor} query parameter of {@code link}, decoded; null if the link is no URI, has no
   * non-empty cursor, or encodes it badly.
   */
  static String cursor(String link) {
    String query;
    try {
      query = new URI(link).getRawQuery();
    } catch (URISyntaxException e) {
      return null;
    }
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && "cursor".equals(decode(pair.substring(0, eq)))) {
        String cursor = decode(pair.substring(eq + 1));
        return cursor == null || cursor.isEmpty() ? null : cursor;
      }
    }
    return null;
  }

  /** A form-encoded query part, decoded ({@code +} is a space, as Django writes it); null if malformed. */
  private static String decode(String part) {
    try {
      return URLDecoder.decode(part, "UTF-8");
    } catch (IllegalArgumentException | UnsupportedEncodingException e) {
      return null;
    }
  }
}
