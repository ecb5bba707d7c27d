package io.modelsdk.core.internal;

import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the credential headers at the network level, and only to requests for the base URL's origin,
 * so that a followed redirect to another host, port or scheme never receives them.
 */
final class CredentialsInterceptor implements Interceptor {
  private final HttpUrl origin;
  private final Map<String, String> credentials;

  CredentialsInterceptor(HttpUrl origin, Map<String, String> credentials) {
    this.origin = origin;
    this.credentials = credentials;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    Request.Builder b = request.newBuilder();
    boolean sameOrigin = url.scheme().equals(origin.scheme())
        && url.host().equals(origin.host())
        && url.port() == origin.port();
    for (Map.Entry<String, String> e : credentials.entrySet()) {
      if (sameOrigin) {
        b.header(e.getKey(), e.getValue());
      } else {
        b.removeHeader(e.getKey());
      }
    }
    return chain.proceed(b.build());
  }

  @Override
  public String toString() {
    return "CredentialsInterceptor{origin=" + origin + ", headers=" + credentials.keySet() + "}";
  }
}
