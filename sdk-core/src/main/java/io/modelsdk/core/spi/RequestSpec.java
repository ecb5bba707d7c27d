package io.modelsdk.core.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The vendor-specific part of one request: path below the base URL, query, JSON body, and which values
 * it sends are secret. Core adds the base URL, headers, credentials and retries.
 */
public final class RequestSpec {
  private final List<String> segments = new ArrayList<>();
  private final Map<String, String> query = new LinkedHashMap<>();
  /** Made on the first secret: most requests carry none. */
  private List<String> secrets;
  private Object body;
  private String url;

  /** Creates an empty spec; core does this for each call. */
  public RequestSpec() {}

  /**
   * Appends fixed path segments, such as {@code "models"} or {@code "v4/models"}. A trailing
   * {@code /} is kept, for vendors whose paths end in one.
   */
  public RequestSpec path(String fixedPath) {
    Objects.requireNonNull(fixedPath, "fixedPath == null");
    String[] parts = fixedPath.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean last = i == parts.length - 1;
      if (!parts[i].isEmpty() || (last && parts.length > 1)) {
        segments.add(parts[i]);
      }
    }
    return this;
  }

  /**
   * Appends an id as exactly one path segment: {@code /} is sent as {@code %2F}, {@code ?}, {@code #}
   * and {@code %} are encoded, {@code :} stays.
   *
   * @param name what the id is, for the message, such as {@code "model id"}
   * @throws IllegalArgumentException if the id is blank, {@code .} or {@code ..}
   */
  public RequestSpec pathParam(String name, String id) {
    segments.add(checkId(name, id));
    return this;
  }

  /**
   * Checks an id the way {@link #pathParam} does, for ids that are not sent in a path (a retrieve that
   * lists and filters).
   *
   * @throws IllegalArgumentException if the id is blank, {@code .} or {@code ..}
   */
  public static String checkId(String name, String id) {
    if (id == null) {
      throw new NullPointerException(name + " == null");
    }
    if (id.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException(name + " must not be '.' or '..'");
    }
    return id;
  }

  /**
   * Sends the request to a whole URL the vendor gave, such as a next-page link, instead of the base
   * URL plus a path. Core refuses a URL of another origin than the base URL's. A query parameter set
   * with {@link #query} replaces the link's parameter of the same name.
   */
  public RequestSpec url(String absoluteUrl) {
    this.url = Objects.requireNonNull(absoluteUrl, "absoluteUrl == null");
    return this;
  }

  /** The whole URL set by {@link #url(String)}, or null. */
  public String url() {
    return url;
  }

  /**
   * Sets a query parameter; a null value, or an empty {@code Optional}, {@code OptionalInt} or
   * {@code OptionalLong}, is left out, so params types' optional fields can be passed as they are.
   */
  public RequestSpec query(String name, Object value) {
    Object present = present(value);
    if (present != null) {
      query.put(name, String.valueOf(present));
    }
    return this;
  }

  private static Object present(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      return ((OptionalInt) value).isPresent() ? ((OptionalInt) value).getAsInt() : null;
    }
    if (value instanceof OptionalLong) {
      return ((OptionalLong) value).isPresent() ? ((OptionalLong) value).getAsLong() : null;
    }
    return value;
  }

  /** Adds a query parameter whose values are comma-joined; a null or empty collection is left out. */
  public RequestSpec queryJoined(String name, Collection<?> values) {
    if (values != null && !values.isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (Object v : values) {
        if (b.length() > 0) {
          b.append(',');
        }
        b.append(v);
      }
      query.put(name, b.toString());
    }
    return this;
  }

  /** Sets the JSON body, serialized with the SDK's mapper. */
  public RequestSpec jsonBody(Object body) {
    this.body = Objects.requireNonNull(body, "body == null");
    return this;
  }

  /**
   * Marks a value this request sends as a secret, such as a provider key in the body: core masks it in
   * the debug log, in exception messages and in an error body that echoes it. The vendor's body writer
   * calls this for every secret it puts in the body; the client's API key and secret headers need no
   * marking. A null value, or one shorter than 4 characters, is ignored.
   *
   * <pre>{@code
   * params.defaultKey().ifPresent(request::secret);
   * }</pre>
   */
  public RequestSpec secret(String value) {
    if (value != null) {
      if (secrets == null) {
        secrets = new ArrayList<>(2);
      }
      secrets.add(value);
    }
    return this;
  }

  /** The values marked {@linkplain #secret secret}, in order. */
  public List<String> secrets() {
    return secrets == null ? Collections.<String>emptyList() : Collections.unmodifiableList(secrets);
  }

  /** The path segments so far, unencoded. */
  public List<String> segments() {
    return Collections.unmodifiableList(segments);
  }

  /** The query so far. */
  public Map<String, String> query() {
    return Collections.unmodifiableMap(query);
  }

  /** The body, or null. */
  public Object body() {
    return body;
  }
}
