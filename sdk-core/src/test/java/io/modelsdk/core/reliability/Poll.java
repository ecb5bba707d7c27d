package io.modelsdk.core.reliability;

import java.util.function.BooleanSupplier;

/** Waits for a condition on the real clock, for state other threads settle. */
final class Poll {
  private Poll() {}

  /** Polls every 10 ms until {@code condition} holds or {@code timeoutMillis} pass; returns whether it held. */
  static boolean until(BooleanSupplier condition, long timeoutMillis) {
    long end = System.nanoTime() + timeoutMillis * 1_000_000L;
    while (true) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() - end > 0) {
        return false;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return condition.getAsBoolean();
      }
    }
  }
}
