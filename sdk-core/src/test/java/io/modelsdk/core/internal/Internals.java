package io.modelsdk.core.internal;

import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.spi.Endpoint;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** What core's tests look at inside a client: its OkHttpClient and the requests it builds (no I/O). */
public final class Internals {
  private Internals() {}

  /** The OkHttpClient the client calls through. */
  public static OkHttpClient http(ClientRuntime runtime) {
    return runtime.transport().http();
  }

  /** The request the client would send for {@code params}, built without I/O. */
  public static <P> Request request(ClientRuntime runtime, Endpoint<P, ?> endpoint, P params) {
    return runtime.transport().request(endpoint, params, RequestOptions.none());
  }

  /** The client's HTTP side, as it describes itself. */
  public static String describeTransport(ClientRuntime runtime) {
    return runtime.transport().toString();
  }
}
