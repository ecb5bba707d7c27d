package io.modelsdk.core.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon thread pools of the SDK, so an unclosed client never keeps the JVM alive. */
public final class SdkThreads {
  private SdkThreads() {}

  /** A factory of daemon threads named {@code prefix-N}. */
  public static ThreadFactory factory(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** A growing pool of daemon threads that retire after 60 s idle. */
  public static ExecutorService cachedPool(String prefix) {
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), factory(prefix));
  }
}
