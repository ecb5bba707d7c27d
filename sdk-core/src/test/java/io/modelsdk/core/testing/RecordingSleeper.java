package io.modelsdk.core.testing;

import io.modelsdk.core.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A sleeper that records each wait and returns at once, so retry tests never wait for real. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
  }

  @Override
  public synchronized CompletableFuture<Void> sleepAsync(Duration duration) {
    sleeps.add(duration);
    return CompletableFuture.completedFuture(null);
  }

  /** The waits asked for, in order. */
  public synchronized List<Duration> sleeps() {
    return new ArrayList<>(sleeps);
  }
}
