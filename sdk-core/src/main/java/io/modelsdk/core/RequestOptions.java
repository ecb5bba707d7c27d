package io.modelsdk.core;

import io.modelsdk.core.http.HttpHeaders;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for one call that override the client's: timeout per attempt, retries, and extra headers
 * and query parameters.
 *
 * <pre>{@code
 * client.models().retrieve("gpt-4o",
 *     RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).build());
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
  }

  /** Options that change nothing. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to derive others from them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.maxRetries = maxRetries;
    b.headers.putAll(headers);
    b.queryParams.putAll(queryParams);
    return b;
  }

  /** The per-attempt timeout for this call, if overridden. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The retries for this call, if overridden. */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /** Headers added to this call; they replace the client's headers of the same name. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Query parameters added to this call. */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  /** Shows header values only for headers that cannot carry credentials. */
  @Override
  public String toString() {
    StringBuilder shown = new StringBuilder("{");
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (shown.length() > 1) {
        shown.append(", ");
      }
      shown.append(e.getKey()).append('=').append(HttpHeaders.redactedValue(e.getKey(), e.getValue()));
    }
    shown.append('}');
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", headers=" + shown
        + ", queryParams=" + queryParams.keySet() + "}";
  }

  /** Builds {@link RequestOptions}; setters check their argument at once. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();

    private Builder() {}

    /** The timeout of each attempt of this call, from start to end of the body. Must be positive. */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** The retries of this call, 0 or more. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Adds a header to this call, replacing one of the same name. */
    public Builder header(String name, String value) {
      HttpHeaders.checkHeader(name, value);
      headers.put(name, value);
      return this;
    }

    /** Adds a query parameter to this call, replacing one of the same name. */
    public Builder queryParam(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("query parameter name is empty");
      }
      queryParams.put(name, value);
      return this;
    }

    /** Builds the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
