package io.modelsdk.core;

import io.modelsdk.core.internal.ClientOptions;
import io.modelsdk.core.spi.VendorProfile;
import io.modelsdk.core.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings every vendor client shares, read from code or from the environment, and the client built
 * from them. Each vendor's {@code XClient.Builder} extends it, naming its environment variables, and adds
 * its own settings (an organization, an account id).
 *
 * <p>Setters check their argument at once; {@link #build()} fails with {@link IllegalStateException}
 * when the API key is missing, and refuses a plain {@code http://} base URL to a host other than the
 * loopback unless {@link #allowInsecureHttp(boolean)} says so, since the key would travel in clear.
 *
 * @param <B> the vendor builder's own type, returned by every setter
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
  private final VendorProfile vendor;
  private final String keyVariable;
  private final String baseUrlVariable;
  private final Function<? super B, ? extends C> factory;
  private String apiKey;
  private String baseUrl;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final Set<String> secretHeaders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
  private Duration timeout = Duration.ofSeconds(60);
  private Duration connectTimeout = Duration.ofSeconds(10);
  private RetryConfig retry = RetryConfig.defaults();
  private OkHttpClient httpClient;
  private Executor callbackExecutor;
  private Sleeper sleeper = Sleeper.system();
  private CallListener listener = CallListener.NONE;
  private Clock clock = Clock.systemUTC();
  private long maxResponseBytes = 16L * 1024 * 1024;
  private int maxPages = 1000;
  private boolean followRedirects;
  private boolean allowInsecureHttp;

  /**
   * For vendor builders.
   *
   * @param vendor the vendor, for its default base URL
   * @param keyVariable the environment variable holding the API key, such as {@code OPENAI_API_KEY}
   * @param baseUrlVariable the environment variable holding the base URL, or null
   * @param factory the vendor client's constructor, which passes the builder to {@link ModelsClient}
   */
  protected ClientBuilder(VendorProfile vendor, String keyVariable, String baseUrlVariable,
      Function<? super B, ? extends C> factory) {
    this.vendor = Objects.requireNonNull(vendor, "vendor == null");
    this.keyVariable = Objects.requireNonNull(keyVariable, "keyVariable == null");
    this.baseUrlVariable = baseUrlVariable;
    this.factory = Objects.requireNonNull(factory, "factory == null");
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The API key. It must not hold control characters; it is sent only to the base URL's origin and
   * never appears in {@code toString()}, messages or logs.
   */
  public B apiKey(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey == null");
    for (int i = 0; i < apiKey.length(); i++) {
      char c = apiKey.charAt(i);
      if (c < ' ' || c >= 0x7f) {
        throw new IllegalArgumentException(
            "apiKey has a control or non-ASCII character at index " + i + " (a stray newline?)");
      }
    }
    if (apiKey.trim().isEmpty()) {
      throw new IllegalArgumentException("apiKey is blank");
    }
    this.apiKey = apiKey;
    return self();
  }

  /** The base URL, such as {@code http://localhost:8000/v1}; the vendor's public URL by default. */
  public B baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    if (HttpUrl.parse(baseUrl) == null) {
      throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + baseUrl);
    }
    this.baseUrl = baseUrl;
    return self();
  }

  /** A header sent with every call, such as a tracing tag. Its value shows in the trace log. */
  public B header(String name, String value) {
    HttpHeaders.checkHeader(name, value);
    headers.put(name, value);
    secretHeaders.remove(name);
    return self();
  }

  /**
   * A header sent with every call whose value is a secret, such as a gateway token: like
   * {@link #header(String, String)}, but the value is masked in the debug log, in exception messages
   * and in error bodies that echo it, as the API key is.
   */
  public B secretHeader(String name, String value) {
    HttpHeaders.checkHeader(name, value);
    headers.put(name, value);
    secretHeaders.add(name);
    return self();
  }

  /** The timeout of each attempt, from connect to the end of the body. Default 60 s. */
  public B timeout(Duration timeout) {
    this.timeout = positive(timeout, "timeout");
    return self();
  }

  /** The connect timeout. Default 10 s. */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return self();
  }

  /** How failed calls are retried; see {@link RetryConfig} for the defaults. */
  public B retry(RetryConfig retry) {
    this.retry = Objects.requireNonNull(retry, "retry == null");
    return self();
  }

  /** Shorthand for {@code retry(retry.toBuilder().maxRetries(n).build())}. */
  public B maxRetries(int maxRetries) {
    this.retry = retry.toBuilder().maxRetries(maxRetries).build();
    return self();
  }

  /**
   * An OkHttpClient to share its connection pool and dispatcher. The SDK derives its own settings from
   * it (no silent OkHttp retries, its timeouts, credential handling) and never shuts it down.
   */
  public B httpClient(OkHttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
    return self();
  }

  /**
   * Where async results are delivered. Default: a pool of daemon threads owned by the client. Futures
   * never complete on OkHttp's threads.
   */
  public B callbackExecutor(Executor executor) {
    this.callbackExecutor = Objects.requireNonNull(executor, "executor == null");
    return self();
  }

  /** The sleeper for retry backoff; tests inject one that does not wait. */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    return self();
  }

  /**
   * The listener told of every request, response, retry, success and failure, with timings; see
   * {@link CallListener}. One per client; compose several yourself if you need them.
   */
  public B listener(CallListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener == null");
    return self();
  }

  /** The clock for deadlines and HTTP-date Retry-After headers. */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return self();
  }

  /** The largest response body accepted, counted after decompression. Default 16 MiB. */
  public B maxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
    }
    this.maxResponseBytes = maxResponseBytes;
    return self();
  }

  /** The most pages an auto-pager fetches before failing. Default 1,000. */
  public B maxPages(int maxPages) {
    if (maxPages <= 0) {
      throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
    }
    this.maxPages = maxPages;
    return self();
  }

  /**
   * Whether redirects are followed. Default false. When on, credentials are sent only to the base
   * URL's origin, and a redirect from https to http is never followed.
   */
  public B followRedirects(boolean followRedirects) {
    this.followRedirects = followRedirects;
    return self();
  }

  /**
   * Allows a plain {@code http://} base URL to a host other than the loopback. Default false.
   *
   * <p>The loopback is {@code localhost}, a name under {@code .localhost}, an IPv4 address in 127.0.0.0/8
   * written as four decimal parts, or {@code [::1]}. {@link #build()} judges the URL's text and resolves
   * no name, so any other name is remote, even one that resolves to 127.0.0.1.
   */
  public B allowInsecureHttp(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
    return self();
  }

  /** The name of the vendor this builder builds a client of, such as {@code openai}. */
  public String vendorName() {
    return vendor.name();
  }

  /** The environment variable {@link #fromEnv()} reads the API key from, such as {@code OPENAI_API_KEY}. */
  public String apiKeyVariable() {
    return keyVariable;
  }

  /** Reads the vendor's environment variables: its API key, base URL and any setting of its own. */
  public B fromEnv() {
    return fromEnv(System::getenv);
  }

  /**
   * Reads the vendor's variables through {@code env} (such as {@code System::getProperty}, or a map's
   * {@code get}), leaving a setting as it is when its variable is unset or empty. A vendor builder with
   * settings of its own reads them too.
   */
  public B fromEnv(Function<String, String> env) {
    Objects.requireNonNull(env, "env == null");
    String key = env.apply(keyVariable);
    if (key != null && !key.isEmpty()) {
      apiKey(key.trim());
    }
    if (baseUrlVariable != null) {
      String url = env.apply(baseUrlVariable);
      if (url != null && !url.isEmpty()) {
        baseUrl(url.trim());
      }
    }
    return self();
  }

  /**
   * Builds the client.
   *
   * @throws IllegalStateException if no API key was set, or the base URL is plain http to a remote
   *     host without {@code allowInsecureHttp(true)}
   */
  public C build() {
    return factory.apply(self());
  }

  /** Names the builder, such as {@code OpenAiClient.Builder{}}; never shows the key. */
  @Override
  public String toString() {
    Class<?> outer = getClass().getEnclosingClass();
    return (outer == null ? "" : outer.getSimpleName() + ".") + getClass().getSimpleName() + "{}";
  }

  /** The vendor. */
  VendorProfile vendor() {
    return vendor;
  }

  /** Checks and freezes the settings. */
  ClientOptions options() {
    if (apiKey == null) {
      throw new IllegalStateException("apiKey is required: set " + keyVariable + " or call apiKey(...)");
    }
    HttpUrl url = HttpUrl.get(baseUrl != null ? baseUrl : vendor.defaultBaseUrl());
    if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
      throw new IllegalStateException("refusing to send the API key over plain http to " + url.host()
          + "; use https, or allowInsecureHttp(true) if the network is trusted");
    }
    return new ClientOptions(url, apiKey, Collections.unmodifiableMap(new LinkedHashMap<>(headers)),
        Collections.unmodifiableSet(caseInsensitive(secretHeaders)),
        timeout, connectTimeout, retry, httpClient, callbackExecutor, sleeper, listener,
        clock, maxResponseBytes, maxPages, followRedirects);
  }

  /**
   * Takes the settings of {@code options}, with its OkHttpClient and callback executor, so that the
   * client built shares them.
   */
  B copyOf(ClientOptions options, OkHttpClient sharedHttp, Executor sharedExecutor) {
    apiKey = options.apiKey();
    baseUrl = options.baseUrl().toString();
    headers.clear();
    headers.putAll(options.headers());
    secretHeaders.clear();
    secretHeaders.addAll(options.secretHeaders());
    timeout = options.timeout();
    connectTimeout = options.connectTimeout();
    retry = options.retry();
    httpClient = sharedHttp;
    callbackExecutor = sharedExecutor;
    sleeper = options.sleeper();
    listener = options.listener();
    clock = options.clock();
    maxResponseBytes = options.maxResponseBytes();
    maxPages = options.maxPages();
    followRedirects = options.followRedirects();
    // The original passed the check: it opted in only if it sends the key over plain http to a remote host.
    allowInsecureHttp = !options.baseUrl().isHttps() && !isLoopback(options.baseUrl().host());
    return self();
  }

  /**
   * Whether {@code host}, as {@link HttpUrl#host()} gives it, is the loopback, judged from its text alone:
   * {@code localhost} and names under {@code .localhost} (kept for the loopback by RFC 6761), an IPv4
   * address in 127.0.0.0/8 written as four decimal parts, or {@code ::1} (HttpUrl drops the brackets,
   * writes IPv6 in its shortest form and an IPv4-mapped address as IPv4). Any other host is remote and
   * is never resolved: build() does no I/O, and a name that some resolver maps to 127.0.0.1, or a
   * shorthand such as {@code 127.1}, needs {@code allowInsecureHttp(true)} like any other.
   */
  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1")) {
      return true;
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (!part.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> caseInsensitive(Set<String> names) {
    Set<String> copy = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    copy.addAll(names);
    return copy;
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return d;
  }
}
