package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cancelling the future of a filtered async list reaches the call under it: a pending retry backoff is
 * abandoned and no further request is sent, in each async mode (the streaming one filters item by item).
 */
class ChoreoAsyncCancellationTest extends ChoreoWireMockTest {
  private static final ChoreoModelListParams OPENAI = ChoreoModelListParams.builder().ownedBy("openai").build();

  /** A sleeper whose async waits end only when the test says so. */
  private static final class HeldSleeper implements Sleeper {
    final List<CompletableFuture<Void>> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      throw new AssertionError("the async path must not block a thread to wait");
    }

    @Override
    public CompletableFuture<Void> sleepAsync(Duration duration) {
      CompletableFuture<Void> wait = new CompletableFuture<>();
      waits.add(wait);
      return wait;
    }
  }

  static Stream<Function<ChoreoClient, CompletableFuture<?>>> filteredAsyncLists() {
    return Stream.of(
        c -> c.async().models().list(OPENAI),
        c -> c.async().models().withRawResponse().list(OPENAI),
        c -> c.async().models().withStreamingResponse().list(OPENAI));
  }

  @ParameterizedTest
  @MethodSource("filteredAsyncLists")
  void cancellingDuringBackoffAbandonsTheCall(Function<ChoreoClient, CompletableFuture<?>> call) throws Exception {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(json(503, "{\"detail\":\"Service Unavailable\"}")));
    HeldSleeper held = new HeldSleeper();
    try (ChoreoClient c = ChoreoClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl()).sleeper(held).build()) {
      CompletableFuture<?> future = call.apply(c);
      assertThat(waitFor(() -> held.waits.size() == 1)).as("backoff started").isTrue();

      assertThat(future.cancel(true)).isTrue();

      CompletableFuture<Void> wait = held.waits.get(0);
      assertThat(wait).as("the pending backoff is abandoned").isCancelled();
      wait.complete(null); // a sleeper that ignored the cancel and finished anyway
      assertThat(future).isCancelled();
      assertThat(requests()).hasSize(1);
      assertThat(held.waits).hasSize(1);
    }
  }

  /** Waits up to 3 s for {@code condition}; a bound on a hang, not a timing check. */
  private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(10);
    }
    return condition.getAsBoolean();
  }
}
