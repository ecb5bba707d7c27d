package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.fake.FakeClient;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** G5: close() shuts down what the client owns, and only that. */
class ClientCloseTest extends ReliabilityTestBase {
  @Test
  void closeShutsDownTheOwnDispatcherAndLaterCallsFail() {
    SERVER.stubFor(retrieveM1().willReturn(ok()));
    FakeClient client = client();
    assertThat(Mode.await(client.asyncModels().retrieve("m1")).id()).isEqualTo("m1");
    OkHttpClient http = http(client);

    client.close();

    assertThat(http.dispatcher().executorService().isShutdown()).isTrue();
    assertThat(http.connectionPool().connectionCount()).isZero();
    assertThatThrownBy(() -> client.models().retrieve("m1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    // like bad input, a closed client is the caller's mistake: it throws before a future exists
    assertThatThrownBy(() -> client.asyncModels().retrieve("m1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> client.createAsync("mine")).isInstanceOf(IllegalStateException.class);
    assertThat(requests()).isEqualTo(1);
    client.close(); // twice is fine
  }

  @Test
  void closeLeavesAUserSuppliedClientRunning() throws IOException {
    SERVER.stubFor(retrieveM1().willReturn(ok()));
    OkHttpClient user = new OkHttpClient();
    try {
      FakeClient client = client(b -> b.httpClient(user));
      assertThat(Mode.await(client.asyncModels().retrieve("m1")).id()).isEqualTo("m1");

      client.close();

      assertThat(user.dispatcher().executorService().isShutdown()).isFalse();
      assertThatThrownBy(() -> client.models().retrieve("m1")).isInstanceOf(IllegalStateException.class);
      try (Response r = user.newCall(new Request.Builder().url(SERVER.baseUrl() + "/models/m1").build()).execute()) {
        assertThat(r.code()).isEqualTo(200);
      }
      Leaks.assertNoneIn(user);
    } finally {
      user.dispatcher().executorService().shutdown();
      user.connectionPool().evictAll();
    }
  }
}
