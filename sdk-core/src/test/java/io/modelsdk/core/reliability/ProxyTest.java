package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.fake.FakeClient;
import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A proxy set on the user's OkHttpClient carries the SDK's calls, credentials and all. */
class ProxyTest extends ReliabilityTestBase {
  @Test
  void callsGoThroughTheProxyOfTheUsersOkHttpClient() {
    SERVER.stubFor(retrieveM1().willReturn(ok()));
    OkHttpClient viaProxy = new OkHttpClient.Builder()
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", SERVER.getPort())))
        .build();
    // the host does not resolve: only the proxy can answer
    FakeClient client = client(b -> b.baseUrl("http://models.invalid").allowInsecureHttp(true).httpClient(viaProxy));

    assertThat(client.models().retrieve("m1").id()).isEqualTo("m1");

    SERVER.verify(getRequestedFor(urlPathEqualTo("/models/m1"))
        .withHeader("Host", equalTo("models.invalid"))
        .withHeader("Authorization", equalTo("Bearer " + KEY)));
    viaProxy.dispatcher().executorService().shutdown();
    viaProxy.connectionPool().evictAll();
  }
}
