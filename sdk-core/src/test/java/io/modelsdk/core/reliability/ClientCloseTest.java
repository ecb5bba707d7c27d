package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.fake.FakeClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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

  /**
   * Calls in flight when the client closes fail at once with a clear error, delivered where results
   * always are (so stages attached to them run), and the client's threads end.
   */
  @Test
  void closeFailsCallsInFlightAndLeavesNoThreadOfTheClientRunning() throws Exception {
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    SERVER.stubFor(retrieveM1().willReturn(ok().withFixedDelay(5_000)));
    SERVER.stubFor(get(urlPathEqualTo("/models")).willReturn(ok().withBody("{\"data\":[]}").withFixedDelay(5_000)));
    FakeClient client = client();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    inFlight.add(client.asyncModels().retrieve("m1"));
    inFlight.add(client.asyncModels().list());
    List<CompletableFuture<String>> stages = new ArrayList<>();
    for (CompletableFuture<?> f : inFlight) {
      stages.add(f.handle((v, e) -> Thread.currentThread().getName()));
    }
    assertThat(Poll.until(() -> requests() == 2, 3_000)).as("both requests reached the server").isTrue();

    long start = System.nanoTime();
    client.close();

    for (CompletableFuture<?> f : inFlight) {
      Throwable t = catchThrowable(() -> Mode.await(f));
      assertThat(t).isInstanceOf(ApiConnectionException.class).hasMessageContaining("client is closed");
      assertThat(((ApiConnectionException) t).attempts()).isEqualTo(1);
    }
    for (CompletableFuture<String> stage : stages) {
      assertThat(stage.get(1, TimeUnit.SECONDS)).as("the stage's thread").doesNotStartWith("OkHttp");
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("ms to fail, not the 5 s delay")
        .isLessThan(2_000);
    Throwable later = catchThrowable(() -> client.asyncModels().retrieve("m1"));
    assertThat(later).isInstanceOf(IllegalStateException.class).hasMessageContaining("client is closed");
    assertThatThrownBy(() -> client.models().list()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("client is closed");
    assertThat(Poll.until(() -> sdkThreadsStartedSince(before).isEmpty(), 2_000))
        .as("threads of the client still alive: %s", sdkThreadsStartedSince(before)).isTrue();
    assertThat(requests()).isEqualTo(2);
  }

  /** Live threads of the SDK's own pools (OkHttp renames a dispatcher thread after the call it runs). */
  private static Set<String> sdkThreadsStartedSince(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.isAlive())
        .map(Thread::getName)
        .filter(n -> n.startsWith("models-sdk-acme-callback") || n.startsWith("OkHttp Dispatcher models-sdk")
            || n.startsWith("OkHttp http"))
        .collect(Collectors.toSet());
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
