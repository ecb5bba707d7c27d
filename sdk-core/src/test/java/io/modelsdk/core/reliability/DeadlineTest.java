package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelsdk.core.RetryConfig;
import io.modelsdk.core.Sleeper;
import io.modelsdk.core.errors.ApiTimeoutException;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.fake.FakeClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A8, on the real clock: a call's deadline stops its retries, and no backoff is started that ends past it. */
class DeadlineTest extends ReliabilityTestBase {
  private static final Duration DEADLINE = Duration.ofSeconds(2);

  /** A real sleeper that notes when each wait would end, in nanos since {@link #origin}. */
  private static final class TimedSleeper implements Sleeper {
    volatile long origin;
    final List<Long> endsNanos = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration d) throws InterruptedException {
      endsNanos.add(System.nanoTime() - origin + d.toNanos());
      Sleeper.system().sleep(d);
    }

    @Override
    public CompletableFuture<Void> sleepAsync(Duration d) {
      endsNanos.add(System.nanoTime() - origin + d.toNanos());
      return Sleeper.system().sleepAsync(d);
    }
  }

  @Test
  void unavailableForeverGivesUpByTheDeadline() {
    SERVER.stubFor(retrieveM1().willReturn(error(503)));
    TimedSleeper timed = new TimedSleeper();
    FakeClient client = client(b -> b.sleeper(timed)
        .retry(RetryConfig.builder().maxRetries(50).deadline(DEADLINE).build()));

    timed.origin = System.nanoTime();
    InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> client.models().retrieve("m1"));
    long elapsedMs = (System.nanoTime() - timed.origin) / 1_000_000;

    // 2.2 s in theory; this 2-core machine is noisy, so 3 s.
    assertThat(elapsedMs).isLessThan(3_000);
    // Sleeps of ~0.5 s and ~1 s fit; the next (1.5..2 s) would end past the deadline and is never started.
    assertThat(timed.endsNanos).isNotEmpty().allSatisfy(end ->
        assertThat(end / 1_000_000).isLessThanOrEqualTo(DEADLINE.toMillis() + 50));
    assertThat(e.attempts()).isEqualTo(requests()).isEqualTo(timed.endsNanos.size() + 1).isLessThan(51);
    assertThat(e.getSuppressed()).singleElement().isInstanceOf(ApiTimeoutException.class);
  }
}
