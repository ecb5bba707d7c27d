package io.modelsdk.core.internal;

import io.modelsdk.core.CallListener;
import io.modelsdk.core.RetryConfig;
import io.modelsdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The checked settings of one client, as {@link io.modelsdk.core.ClientBuilder} produced them.
 * {@link #toString()} never shows the API key.
 */
public final class ClientOptions {
  final HttpUrl baseUrl;
  final String apiKey;
  final Map<String, String> headers;
  final Set<String> secretHeaders;
  final Duration timeout;
  final Duration connectTimeout;
  final RetryConfig retry;
  final OkHttpClient httpClient;
  final Executor callbackExecutor;
  final Sleeper sleeper;
  final CallListener listener;
  final Clock clock;
  final long maxResponseBytes;
  final int maxPages;
  final boolean followRedirects;

  /** Used by {@link io.modelsdk.core.ClientBuilder}; nulls stand for "the SDK's own". */
  public ClientOptions(
      HttpUrl baseUrl, String apiKey, Map<String, String> headers, Set<String> secretHeaders, Duration timeout,
      Duration connectTimeout, RetryConfig retry, OkHttpClient httpClient, Executor callbackExecutor,
      Sleeper sleeper, CallListener listener, Clock clock, long maxResponseBytes, int maxPages,
      boolean followRedirects) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.headers = headers;
    this.secretHeaders = secretHeaders;
    this.timeout = timeout;
    this.connectTimeout = connectTimeout;
    this.retry = retry;
    this.httpClient = httpClient;
    this.callbackExecutor = callbackExecutor;
    this.sleeper = sleeper;
    this.listener = listener;
    this.clock = clock;
    this.maxResponseBytes = maxResponseBytes;
    this.maxPages = maxPages;
    this.followRedirects = followRedirects;
  }

  /** The base URL every path is resolved against. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The API key. Never log it. */
  public String apiKey() {
    return apiKey;
  }

  /** Headers sent with every call (not credentials). */
  public Map<String, String> headers() {
    return headers;
  }

  /** The names of the {@link #headers()} whose values are secret, matched without regard to case. */
  public Set<String> secretHeaders() {
    return secretHeaders;
  }

  /** Every secret of the client: the API key and the values of the secret headers. */
  public List<String> secrets() {
    List<String> all = new ArrayList<>();
    all.add(apiKey);
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (secretHeaders.contains(h.getKey())) {
        all.add(h.getValue());
      }
    }
    return all;
  }

  /** Per-attempt timeout. */
  public Duration timeout() {
    return timeout;
  }

  /** Connect timeout. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Retry settings. */
  public RetryConfig retry() {
    return retry;
  }

  /** The user's OkHttpClient, or null if the SDK owns its own. */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /** The user's callback executor, or null if the SDK owns its own. */
  public Executor callbackExecutor() {
    return callbackExecutor;
  }

  /** The sleeper for backoff. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The listener told of each call's attempts, retries and outcome. */
  public CallListener listener() {
    return listener;
  }

  /** The clock for deadlines and HTTP-date Retry-After. */
  public Clock clock() {
    return clock;
  }

  /** Largest body accepted, after decompression. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** Most pages an auto-pager fetches. */
  public int maxPages() {
    return maxPages;
  }

  /** Whether same-scheme redirects are followed. */
  public boolean followRedirects() {
    return followRedirects;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl + ", apiKey=[redacted], headers=" + headers.keySet()
        + ", timeout=" + timeout + ", connectTimeout=" + connectTimeout + ", retry=" + retry
        + ", maxResponseBytes=" + maxResponseBytes + ", maxPages=" + maxPages
        + ", followRedirects=" + followRedirects + "}";
  }
}
