package io.modelsdk.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits between retries. The default sleeps for real; tests inject one that records the waits and
 * returns at once.
 */
public interface Sleeper {
  /** Blocks for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns a future completed after {@code duration}, without blocking a thread. Cancelling the
   * future abandons the wait.
   */
  CompletableFuture<Void> sleepAsync(Duration duration);

  /** The real sleeper, scheduling async waits on one shared daemon thread. */
  static Sleeper system() {
    return io.modelsdk.core.internal.SystemSleeper.INSTANCE;
  }
}
