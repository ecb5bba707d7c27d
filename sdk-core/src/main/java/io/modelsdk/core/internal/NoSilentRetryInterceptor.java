package io.modelsdk.core.internal;

import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from repeating a request on its own after a 503. OkHttp resends a request answered 503
 * with {@code Retry-After: 0} at once, even with {@code retryOnConnectionFailure(false)} and even for a
 * POST. So the {@link #network()} half moves a 503's {@code Retry-After} aside before OkHttp's follow-up
 * logic sees it, and the {@link #application()} half puts it back above that logic; the SDK's retry
 * policy then sees the response as the server sent it and alone decides, counts and waits.
 */
final class NoSilentRetryInterceptor implements Interceptor {
  private static final int UNAVAILABLE = 503;
  private static final String RETRY_AFTER = "Retry-After";
  private static final String HELD = "X-Models-Sdk-Held-Retry-After";

  private final boolean network;

  private NoSilentRetryInterceptor(boolean network) {
    this.network = network;
  }

  /** The half to add with {@code addNetworkInterceptor}: hides a 503's Retry-After. */
  static Interceptor network() {
    return new NoSilentRetryInterceptor(true);
  }

  /** The half to add with {@code addInterceptor}: restores what {@link #network()} hid. */
  static Interceptor application() {
    return new NoSilentRetryInterceptor(false);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    return network ? move(response, RETRY_AFTER, HELD) : move(response, HELD, RETRY_AFTER);
  }

  private static Response move(Response response, String from, String to) {
    List<String> values = response.headers(from);
    if (response.code() != UNAVAILABLE || values.isEmpty()) {
      return response;
    }
    Response.Builder b = response.newBuilder().removeHeader(from);
    values.forEach(v -> b.addHeader(to, v));
    return b.build();
  }

  @Override
  public String toString() {
    return "NoSilentRetryInterceptor{" + (network ? "network" : "application") + "}";
  }
}
