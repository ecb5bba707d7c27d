package io.modelsdk.core.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Immutable HTTP headers whose names match without regard to case.
 *
 * <p>{@link #toString()} hides the values of headers that carry credentials or cookies.
 */
public final class HttpHeaders {
  private static final HttpHeaders EMPTY = new HttpHeaders(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
  private static final Set<String> SENSITIVE = new HashSet<>(Arrays.asList(
      "authorization", "proxy-authorization", "x-api-key", "api-key", "cookie", "set-cookie"));

  private final Map<String, List<String>> map;

  private HttpHeaders(TreeMap<String, List<String>> map) {
    this.map = Collections.unmodifiableMap(map);
  }

  /** Headers with no entries. */
  public static HttpHeaders empty() {
    return EMPTY;
  }

  /** Copies the given name-to-values map; names differing only in case are merged. */
  public static HttpHeaders of(Map<String, ? extends List<String>> headers) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, ? extends List<String>> e : headers.entrySet()) {
      List<String> seen = copy.get(e.getKey());
      copy.put(e.getKey(), seen == null ? immutableCopy(e.getValue()) : merged(seen, e.getValue()));
    }
    return new HttpHeaders(copy);
  }

  // Every response's headers pass through here: one value, the usual case, costs one small list.
  private static List<String> immutableCopy(List<String> values) {
    return values.size() == 1
        ? Collections.singletonList(values.get(0))
        : Collections.unmodifiableList(new ArrayList<>(values));
  }

  private static List<String> merged(List<String> first, List<String> more) {
    List<String> all = new ArrayList<>(first.size() + more.size());
    all.addAll(first);
    all.addAll(more);
    return Collections.unmodifiableList(all);
  }

  /** The first value of the named header, if present. */
  public Optional<String> firstValue(String name) {
    List<String> values = map.get(Objects.requireNonNull(name, "name == null"));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of the named header, in order; empty if absent. */
  public List<String> allValues(String name) {
    List<String> values = map.get(Objects.requireNonNull(name, "name == null"));
    return values == null ? Collections.<String>emptyList() : values;
  }

  /** All headers, names matching without regard to case. */
  public Map<String, List<String>> map() {
    return map;
  }

  /** True if the named header is present. */
  public boolean contains(String name) {
    return map.containsKey(name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpHeaders && map.equals(((HttpHeaders) o).map);
  }

  @Override
  public int hashCode() {
    return map.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, List<String>> e : map.entrySet()) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append(e.getKey()).append('=');
      b.append(isSensitive(e.getKey()) ? "[redacted]" : String.valueOf(e.getValue()));
    }
    return b.append('}').toString();
  }

  /** True for headers that carry credentials or cookies and must never be shown. */
  public static boolean isSensitive(String name) {
    return SENSITIVE.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The value itself, or {@code [redacted]} for a sensitive header. */
  public static String redactedValue(String name, String value) {
    return isSensitive(name) ? "[redacted]" : value;
  }

  /**
   * Checks a header name and value before any I/O. The message names the header but never shows the
   * value, which may be a secret.
   *
   * @throws IllegalArgumentException if the name is not an HTTP token or the value holds a control
   *     character such as a newline
   */
  public static void checkHeader(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value of header " + name + " == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("header name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
        throw new IllegalArgumentException("header name has a character not allowed in HTTP at index " + i);
      }
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < ' ' && c != '\t') || c == 0x7f || c > 0xff) {
        throw new IllegalArgumentException(
            "value of header " + name + " has a control or non-Latin-1 character at index " + i);
      }
    }
  }
}
