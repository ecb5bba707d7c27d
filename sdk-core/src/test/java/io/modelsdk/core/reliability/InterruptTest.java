package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ApiTimeoutException;
import io.modelsdk.core.fake.FakeClient;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An interrupted thread's sync call stops at once: no retry, no "timeout", the interrupt kept. */
class InterruptTest extends ReliabilityTestBase {
  @Test
  void interruptedCallIsNotRetriedNorCalledATimeoutAndKeepsTheFlag() throws Exception {
    SERVER.stubFor(retrieveM1().willReturn(ok()));
    FakeClient client = client();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();

    Thread caller = new Thread(() -> {
      Thread.currentThread().interrupt(); // e.g. its task was cancelled with Future.cancel(true)
      try {
        client.models().retrieve("m1");
      } catch (Throwable e) {
        thrown.set(e);
      }
      stillInterrupted.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    caller.join(10_000);

    assertThat(thrown.get()).isInstanceOf(ApiConnectionException.class)
        .isNotInstanceOf(ApiTimeoutException.class)
        .hasMessageContaining("interrupted");
    assertThat(((ApiConnectionException) thrown.get()).attempts()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(stillInterrupted).isTrue();
  }
}
