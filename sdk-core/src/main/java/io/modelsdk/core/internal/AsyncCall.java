package io.modelsdk.core.internal;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * Runs an {@link Exchange} on OkHttp's dispatcher and the sleeper's timer, completing one future on the
 * client's callback executor. Cancelling that future cancels the HTTP call in flight and any pending
 * backoff; a result that arrives after a cancel is closed if it holds a connection. Closing the client
 * does the same, failing the future with an {@code ApiConnectionException} on the callback executor.
 *
 * @param <R> the exchange's result
 * @param <V> what the future completes with, made from the result on the callback executor
 */
final class AsyncCall<R, V> implements Callback {
  private final Exchange<R> exchange;
  private final Function<? super R, ? extends V> finisher;
  private final CompletableFuture<V> future = new CompletableFuture<>();
  private volatile Call current;
  private volatile CompletableFuture<Void> pendingSleep;
  private volatile RuntimeException last;
  /** Set by whoever first decides the outcome; the future itself completes later, on the callback executor. */
  private final AtomicBoolean settled = new AtomicBoolean();

  private AsyncCall(Exchange<R> exchange, Function<? super R, ? extends V> finisher) {
    this.exchange = exchange;
    this.finisher = finisher;
  }

  static <R, V> CompletableFuture<V> start(Exchange<R> exchange, Function<? super R, ? extends V> finisher) {
    AsyncCall<R, V> call = new AsyncCall<>(exchange, finisher);
    Transport transport = exchange.transport();
    call.future.whenComplete((v, e) -> {
      transport.untrack(call);
      if (call.future.isCancelled()) {
        call.cancelInFlight();
        exchange.failed(new CancellationException("cancelled by the caller"));
      }
    });
    if (!transport.track(call)) { // closed since the request was built
      call.clientClosed();
      return call.future;
    }
    call.attempt();
    return call.future;
  }

  /** Ends the call because its client is closing: fails the future, then stops the HTTP call or backoff. */
  void clientClosed() {
    if (!over() && fail(exchange.clientClosed())) {
      cancelInFlight();
    }
  }

  /** Whether the outcome is decided: settled here, or the future cancelled by the caller. */
  private boolean over() {
    return settled.get() || future.isDone();
  }

  private void attempt() {
    if (over()) {
      return;
    }
    Call call = exchange.newCall();
    if (call == null) {
      fail(exchange.deadlineExceeded(last));
      return;
    }
    current = call;
    if (over()) { // cancelled or closed meanwhile, and cancelInFlight() may not have seen this call
      call.cancel();
      return;
    }
    call.enqueue(this);
  }

  @Override
  public void onResponse(Call call, Response response) {
    if (over()) {
      response.close();
      return;
    }
    handle(exchange.onResponse(response));
  }

  @Override
  public void onFailure(Call call, IOException e) {
    if (over()) {
      return;
    }
    handle(exchange.onFailure(e));
  }

  private void handle(Exchange.Outcome<R> outcome) {
    if (outcome.failure == null) {
      succeed(outcome.value);
    } else if (outcome.retryAfter == null) {
      fail(outcome.failure);
    } else if (!exchange.fitsDeadline(outcome.retryAfter)) {
      fail(exchange.deadlineExceeded(outcome.failure));
    } else {
      last = outcome.failure;
      exchange.retrying(outcome.retryAfter, last);
      CompletableFuture<Void> sleep = exchange.sleeper().sleepAsync(outcome.retryAfter);
      pendingSleep = sleep;
      sleep.whenComplete((v, e) -> {
        if (e == null) {
          attempt();
        }
      });
      if (over()) {
        sleep.cancel(false);
      }
    }
  }

  private void succeed(R value) {
    if (!settled.compareAndSet(false, true)) {
      if (value instanceof AutoCloseable) {
        closeQuietly((AutoCloseable) value);
      }
      return;
    }
    exchange.succeeded(value);
    deliver(() -> {
      V finished;
      try {
        finished = finisher.apply(value);
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
        return;
      }
      if (!future.complete(finished) && value instanceof AutoCloseable) {
        closeQuietly((AutoCloseable) value);
      }
    }, value);
  }

  private boolean fail(RuntimeException e) {
    if (!settled.compareAndSet(false, true)) {
      return false;
    }
    exchange.failed(e);
    deliver(() -> future.completeExceptionally(e), null);
    return true;
  }

  private void deliver(Runnable completion, R value) {
    try {
      exchange.callbackExecutor().execute(completion);
    } catch (RejectedExecutionException e) {
      if (value instanceof AutoCloseable) {
        closeQuietly((AutoCloseable) value);
      }
      future.completeExceptionally(exchange.transport().isClosed() ? exchange.clientClosed()
          : new IllegalStateException("The client's callback executor is shut down", e));
    }
  }

  private void cancelInFlight() {
    Call call = current;
    if (call != null) {
      call.cancel();
    }
    CompletableFuture<Void> sleep = pendingSleep;
    if (sleep != null) {
      sleep.cancel(false);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // nothing to tell: the caller gave up on this result
    }
  }
}
