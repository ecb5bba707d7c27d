package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** Checks an OkHttpClient holds nothing after a call: no call in the dispatcher, no busy connection. */
final class Leaks {
  private Leaks() {}

  /** Polls up to 3 s (async completion may run just before the dispatcher finishes the call). */
  static void assertNoneIn(OkHttpClient http) {
    Dispatcher d = http.dispatcher();
    ConnectionPool pool = http.connectionPool();
    Poll.until(() -> d.runningCallsCount() == 0 && d.queuedCallsCount() == 0
        && pool.connectionCount() == pool.idleConnectionCount(), 3_000);
    assertThat(d.runningCallsCount()).as("running calls").isZero();
    assertThat(d.queuedCallsCount()).as("queued calls").isZero();
    assertThat(pool.connectionCount()).as("connections in use (total vs idle)")
        .isEqualTo(pool.idleConnectionCount());
  }
}
