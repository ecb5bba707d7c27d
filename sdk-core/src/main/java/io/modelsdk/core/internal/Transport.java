package io.modelsdk.core.internal;

import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.errors.PagingException;
import io.modelsdk.core.internal.ClientOptions;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.RequestSpec;
import io.modelsdk.core.spi.VendorProfile;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One client's HTTP side: the OkHttpClient (OkHttp's own retries off, including its repeat of a 503
 * with {@code Retry-After: 0}; 64 requests per host), request
 * building, the callback executor, and shutting down what the client owns.
 */
final class Transport implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MAX_REQUESTS_PER_HOST = 64;

  private final VendorProfile vendor;
  private final ClientOptions options;
  private final OkHttpClient base;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final Executor callbackExecutor;
  private final ExecutorService ownedCallbackExecutor;
  private final Redactor redactor;
  private final String userAgent;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Set<AsyncCall<?, ?>> inFlight = ConcurrentHashMap.newKeySet();

  /** Creates the transport of one client. */
  Transport(VendorProfile vendor, ClientOptions options) {
    this.vendor = vendor;
    this.options = options;
    this.ownsHttp = options.httpClient() == null;
    this.base = ownsHttp ? ownClient() : options.httpClient();
    Map<String, String> credentials = vendor.credentialHeaders(options.apiKey());
    credentials.forEach(HttpHeaders::checkHeader);
    this.http = base.newBuilder()
        .retryOnConnectionFailure(false)
        .followRedirects(options.followRedirects())
        .followSslRedirects(false)
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.timeout())
        .writeTimeout(options.timeout())
        .addNetworkInterceptor(new CredentialsInterceptor(options.baseUrl(), credentials))
        .addInterceptor(NoSilentRetryInterceptor.application())
        .addNetworkInterceptor(NoSilentRetryInterceptor.network())
        .build();
    if (options.callbackExecutor() != null) {
      this.callbackExecutor = options.callbackExecutor();
      this.ownedCallbackExecutor = null;
    } else {
      this.ownedCallbackExecutor = SdkThreads.cachedPool("models-sdk-" + vendor.name() + "-callback");
      this.callbackExecutor = ownedCallbackExecutor;
    }
    this.redactor = new Redactor(options.secrets());
    this.userAgent = "models-sdk-java/" + SdkVersion.VERSION + " (" + vendor.name() + "; Java "
        + System.getProperty("java.version") + ")";
  }

  private static OkHttpClient ownClient() {
    Dispatcher dispatcher = new Dispatcher(SdkThreads.cachedPool("OkHttp Dispatcher models-sdk"));
    dispatcher.setMaxRequests(Math.max(dispatcher.getMaxRequests(), MAX_REQUESTS_PER_HOST));
    dispatcher.setMaxRequestsPerHost(MAX_REQUESTS_PER_HOST);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(MAX_REQUESTS_PER_HOST, 5, TimeUnit.MINUTES))
        .build();
  }

  /** The vendor. */
  VendorProfile vendor() {
    return vendor;
  }

  /** The client's settings. */
  ClientOptions options() {
    return options;
  }

  /** The OkHttpClient for a call, with its read and write timeouts raised to a per-call timeout. */
  OkHttpClient http(RequestOptions requestOptions) {
    if (requestOptions.timeout().isPresent() && !requestOptions.timeout().get().equals(options.timeout())) {
      Duration t = requestOptions.timeout().get();
      return http.newBuilder().readTimeout(t).writeTimeout(t).build();
    }
    return http;
  }

  /**
   * The OkHttpClient before the SDK's own settings: its dispatcher and connection pool are what a
   * derived client shares.
   */
  OkHttpClient base() {
    return base;
  }

  /** The OkHttpClient the SDK calls through. */
  OkHttpClient http() {
    return http;
  }

  /** Where async results are delivered. */
  Executor callbackExecutor() {
    return callbackExecutor;
  }

  /** Redacts the client's secrets (its key and secret headers) from text; a call may add its own. */
  Redactor redactor() {
    return redactor;
  }

  /**
   * Builds the request for one call and merges its options with the client's. All input checks happen
   * here, before any I/O.
   *
   * @throws IllegalStateException if the client is closed
   */
  <P> CallSettings prepare(Endpoint<P, ?> endpoint, P params, RequestOptions requestOptions) {
    return new CallSettings(request(endpoint, params, requestOptions), http(requestOptions), options, requestOptions);
  }

  /** The request for one call: no I/O. */
  <P> Request request(Endpoint<P, ?> endpoint, P params, RequestOptions requestOptions) {
    if (closed.get()) {
      throw new IllegalStateException(closedMessage());
    }
    RequestSpec spec = new RequestSpec();
    endpoint.write(params, spec);
    HttpUrl.Builder url = spec.url() != null ? sameOrigin(spec.url()).newBuilder() : options.baseUrl().newBuilder();
    for (String segment : spec.segments()) {
      url.addPathSegment(segment);
    }
    spec.query().forEach(url::setQueryParameter);
    requestOptions.queryParams().forEach(url::setQueryParameter);
    Request.Builder b = new Request.Builder().url(url.build())
        .header("User-Agent", userAgent)
        .header("Accept", "application/json");
    options.headers().forEach(b::header);
    requestOptions.headers().forEach(b::header);
    RequestBody body = null;
    if (spec.body() != null) {
      body = RequestBody.create(Json.write(spec.body()), JSON);
    } else if (endpoint.method().equals("POST") || endpoint.method().equals("PATCH")
        || endpoint.method().equals("PUT")) {
      body = RequestBody.create(new byte[0], null);
    }
    if (!spec.secrets().isEmpty()) { // the call's own redactor, for its log lines and error body
      b.tag(Redactor.class, redactor.with(spec.secrets()));
    }
    return b.method(endpoint.method(), body).build();
  }

  /** A vendor-given URL, refused unless it has the base URL's scheme, host and port. */
  private HttpUrl sameOrigin(String link) {
    HttpUrl url = HttpUrl.parse(link);
    HttpUrl base = options.baseUrl();
    if (url == null || !url.scheme().equals(base.scheme()) || !url.host().equals(base.host())
        || url.port() != base.port()) {
      throw new PagingException(vendor.name() + " gave a link to another origin than " + base.scheme() + "://"
          + base.host() + ":" + base.port() + "; not following it");
    }
    return url;
  }


  /** Says that the client is closed, for calls made after close() and calls it ended. */
  String closedMessage() {
    return "The " + vendor.name() + " client is closed";
  }

  /** Whether {@link #close()} was called. */
  boolean isClosed() {
    return closed.get();
  }

  /** Keeps an async call until it ends, so that {@link #close()} can end it; false if already closed. */
  boolean track(AsyncCall<?, ?> call) {
    inFlight.add(call);
    if (closed.get()) { // close() may have looked before the add: the caller ends the call itself
      inFlight.remove(call);
      return false;
    }
    return true;
  }

  /** Forgets an async call that ended. */
  void untrack(AsyncCall<?, ?> call) {
    inFlight.remove(call);
  }

  /**
   * Ends the async calls in flight, failing their futures on the callback executor while it still runs,
   * then shuts down what this client owns: its dispatcher, connection pool and callback executor. A
   * user-supplied OkHttpClient or executor is left running.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (AsyncCall<?, ?> call : inFlight) {
      call.clientClosed();
    }
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    if (ownedCallbackExecutor != null) {
      ownedCallbackExecutor.shutdown();
    }
  }

  @Override
  public String toString() {
    return "Transport{vendor=" + vendor.name() + ", baseUrl=" + options.baseUrl() + "}";
  }
}
