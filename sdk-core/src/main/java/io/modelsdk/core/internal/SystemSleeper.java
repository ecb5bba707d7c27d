package io.modelsdk.core.internal;

import io.modelsdk.core.Sleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Sleeps for real; async waits run on one shared daemon thread that only completes futures. */
public final class SystemSleeper implements Sleeper {
  /** The shared instance. */
  public static final SystemSleeper INSTANCE = new SystemSleeper();

  private static final ScheduledExecutorService TIMER = timer();

  private SystemSleeper() {}

  private static ScheduledExecutorService timer() {
    ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, SdkThreads.factory("models-sdk-retry-timer"));
    t.setRemoveOnCancelPolicy(true);
    return t;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ScheduledFuture<?> task = TIMER.schedule(() -> done.complete(null), duration.toNanos(), TimeUnit.NANOSECONDS);
    done.whenComplete((v, e) -> task.cancel(false));
    return done;
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}
