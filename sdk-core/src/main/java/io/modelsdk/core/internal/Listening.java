package io.modelsdk.core.internal;

import io.modelsdk.core.CallEvent;
import io.modelsdk.core.CallListener;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.http.HttpHeaders;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.Request;

/**
 * Tells a client's {@link CallListener} about one call, timing its attempts and the whole, and drops
 * whatever the listener throws. A call ends once: success or failure, whichever comes first (a cancel
 * racing a success). With no listener set it does no work at all, not even the timing.
 */
final class Listening {
  private final CallListener listener;
  private final String vendor;
  private final Endpoint<?, ?> endpoint;
  private final Request request;
  private final boolean active;
  private long attemptStartNanos;
  private final AtomicBoolean ended;
  private volatile CallEvent current;

  /** Shared by every call of a client without a listener: it does nothing, so it holds nothing. */
  private static final Listening SILENT = new Listening(CallListener.NONE, null, null, null);

  /** The listening for one call; calls without a listener share one that allocates nothing. */
  static Listening of(CallListener listener, String vendor, Endpoint<?, ?> endpoint, Request request) {
    return listener == CallListener.NONE ? SILENT : new Listening(listener, vendor, endpoint, request);
  }

  private Listening(CallListener listener, String vendor, Endpoint<?, ?> endpoint, Request request) {
    this.listener = listener;
    this.vendor = vendor;
    this.endpoint = endpoint;
    this.request = request;
    this.active = listener != CallListener.NONE;
    this.ended = active ? new AtomicBoolean() : null;
  }

  void requestStart(int attempt) {
    if (active) {
      attemptStartNanos = System.nanoTime();
      CallEvent event = new CallEvent(vendor, endpoint.operation(), request.method(), request.url().toString(),
          attempt);
      current = event;
      fire(l -> l.requestStart(event));
    }
  }

  void response(int status, HttpHeaders headers) {
    if (active) {
      CallEvent event = event();
      Duration took = since(attemptStartNanos);
      fire(l -> l.response(event, status, headers, took));
    }
  }

  void retry(Duration wait, RuntimeException cause) {
    if (active) {
      CallEvent event = event();
      fire(l -> l.retry(event, wait, cause));
    }
  }

  /** The call succeeded; {@code startNanos} is when it began (timed only when someone listens). */
  void success(long startNanos) {
    if (active && ended.compareAndSet(false, true)) {
      CallEvent event = event();
      Duration total = since(startNanos);
      fire(l -> l.success(event, total));
    }
  }

  /** The call failed for good; {@code startNanos} is when it began. */
  void failure(RuntimeException error, long startNanos) {
    if (active && ended.compareAndSet(false, true)) {
      CallEvent event = event();
      Duration total = since(startNanos);
      fire(l -> l.failure(event, error, total));
    }
  }

  private void fire(Consumer<CallListener> callback) {
    try {
      callback.accept(listener);
    } catch (RuntimeException ignored) {
      // a broken listener must not break the call
    }
  }

  private CallEvent event() {
    return current != null ? current
        : new CallEvent(vendor, endpoint.operation(), request.method(), request.url().toString(), 0);
  }

  private static Duration since(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos);
  }
}
