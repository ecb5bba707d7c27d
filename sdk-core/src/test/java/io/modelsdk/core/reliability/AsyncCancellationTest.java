package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.Sleeper;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Dispatcher;
import org.junit.jupiter.api.Test;

/** Cancelling an async call's future stops its HTTP call and its pending retries. */
class AsyncCancellationTest extends ReliabilityTestBase {
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

  /** G1. */
  @Test
  void cancellingFreesTheDispatcherDuringASlowCall() {
    SERVER.stubFor(retrieveM1().willReturn(ok().withFixedDelay(5_000)));
    FakeClient client = client();
    Dispatcher dispatcher = http(client).dispatcher();

    CompletableFuture<FakeModel> future = client.asyncModels().retrieve("m1");
    assertThat(Poll.until(() -> requests() == 1, 3_000)).as("request reached the server").isTrue();
    assertThat(dispatcher.runningCallsCount()).isEqualTo(1);

    assertThat(future.cancel(true)).isTrue();

    assertThat(Poll.until(() -> dispatcher.runningCallsCount() == 0, 1_000))
        .as("dispatcher idle within 1 s of the cancel").isTrue();
    assertThat(future).isCancelled();
  }

  /** G2. */
  @Test
  void cancellingDuringBackoffSendsNoFurtherRequest() throws InterruptedException {
    SERVER.stubFor(retrieveM1().willReturn(error(503)));
    HeldSleeper held = new HeldSleeper();
    FakeClient client = client(b -> b.sleeper(held));

    CompletableFuture<FakeModel> future = client.asyncModels().retrieve("m1");
    assertThat(Poll.until(() -> held.waits.size() == 1, 3_000)).as("backoff started").isTrue();

    future.cancel(true);

    CompletableFuture<Void> wait = held.waits.get(0);
    assertThat(wait).as("the pending backoff is abandoned").isCancelled();
    wait.complete(null); // a sleeper that ignored the cancel and finished anyway
    Thread.sleep(300);
    assertThat(requests()).isEqualTo(1);
    assertThat(held.waits).hasSize(1);
    assertThat(future).isCancelled();
  }
}
