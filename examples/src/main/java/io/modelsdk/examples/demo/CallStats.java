package io.modelsdk.examples.demo;

import io.modelsdk.core.CallEvent;
import io.modelsdk.core.CallListener;
import io.modelsdk.core.Operation;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.http.HttpHeaders;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo's {@link CallListener}: counts what one vendor's client did (requests, statuses, retries,
 * outcomes) and the slowest call, as a user would feed metrics, and says it in one line.
 *
 * <p>A call that ends in an error is either one the demo asks for or a failure. The demo asks for 404s on
 * retrieve: its row for a model that does not exist, and ChoreoAI's retrieve route, which the gateway
 * answers with a 404 that the SDK then falls back from by listing. Any other error is a failure.
 */
final class CallStats implements CallListener {
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger successes = new AtomicInteger();
  private final AtomicInteger asked = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicLong slowestNanos = new AtomicLong();
  private final Map<Integer, Integer> statuses = new TreeMap<>();

  @Override
  public void requestStart(CallEvent call) {
    requests.incrementAndGet();
  }

  @Override
  public void response(CallEvent call, int statusCode, HttpHeaders headers, Duration attemptTime) {
    synchronized (statuses) {
      statuses.merge(statusCode, 1, Integer::sum);
    }
  }

  @Override
  public void retry(CallEvent call, Duration wait, RuntimeException cause) {
    retries.incrementAndGet();
  }

  @Override
  public void success(CallEvent call, Duration total) {
    successes.incrementAndGet();
    slowestNanos.accumulateAndGet(total.toNanos(), Math::max);
  }

  @Override
  public void failure(CallEvent call, RuntimeException error, Duration total) {
    (askedFor(call, error) ? asked : failures).incrementAndGet();
    slowestNanos.accumulateAndGet(total.toNanos(), Math::max);
  }

  /** Whether {@code error} is one the demo asks for: a 404 on a retrieve. */
  private static boolean askedFor(CallEvent call, RuntimeException error) {
    return error instanceof NotFoundException && call.operation() == Operation.RETRIEVE;
  }

  /**
   * One line: {@code 14 requests (200 x12, 404 x1, 429 x1), 1 retry, 12 calls ok, 1 answered with the error
   * the demo asks for, 0 failed, slowest 84 ms}.
   */
  String summary() {
    String byStatus;
    synchronized (statuses) {
      StringBuilder b = new StringBuilder();
      statuses.forEach((status, n) -> b.append(b.length() == 0 ? "" : ", ").append(status).append(" x").append(n));
      byStatus = b.toString();
    }
    return String.format(Locale.ROOT,
        "%d requests (%s), %d %s, %d calls ok, %d answered with the %s the demo asks for, %d failed, slowest %d ms",
        requests.get(), byStatus, retries.get(), retries.get() == 1 ? "retry" : "retries", successes.get(),
        asked.get(), asked.get() == 1 ? "error" : "errors", failures.get(), slowestNanos.get() / 1_000_000);
  }
}
