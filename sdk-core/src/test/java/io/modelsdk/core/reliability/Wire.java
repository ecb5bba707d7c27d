package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.testing.RecordingSleeper;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** What the reliability tests share: the canary key, a fake-vendor client builder and JSON bodies. */
final class Wire {
  /** A key that must never leak; tests look for it in messages and strings. */
  static final String KEY = "sk-test-canary-123456";

  private Wire() {}

  /** A fake-vendor builder against {@code baseUrl} with the canary key and a sleeper that never waits. */
  static FakeClient.Builder client(String baseUrl) {
    return FakeClient.builder().apiKey(KEY).baseUrl(baseUrl).sleeper(new RecordingSleeper());
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static String model(String id) {
    return "{\"id\":\"" + id + "\",\"owned_by\":\"acme\"}";
  }

  /** A list page of the fake vendor; {@code next} null for the last page. */
  static String page(List<String> ids, String next) {
    return "{\"data\":[" + ids.stream().map(Wire::model).collect(Collectors.joining(",")) + "],\"next\":"
        + (next == null ? "null" : "\"" + next + "\"") + "}";
  }

  /** Ids {@code prefix0 .. prefix(n-1)}. */
  static List<String> ids(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> prefix + i).collect(Collectors.toList());
  }

  /**
   * An OkHttpClient that trusts any certificate for any host, to reach WireMock's self-signed HTTPS port
   * in tests that are about something else (redirects). Never outside tests.
   */
  static OkHttpClient trustingAnyCertificate() {
    X509TrustManager trustAll = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    try {
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, new TrustManager[] {trustAll}, null);
      return new OkHttpClient.Builder().sslSocketFactory(tls.getSocketFactory(), trustAll)
          .hostnameVerifier((host, session) -> true).build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
