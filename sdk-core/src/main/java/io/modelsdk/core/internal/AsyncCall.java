package io.modelsdk.core.internal;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * Runs an {@link Exchange} on OkHttp's dispatcher and the sleeper's timer, completing one future on the
 * client's callback executor. Cancelling that future cancels the HTTP call in flight and any pending
 * backoff; a result that arrives after a cancel is closed if it holds a connection.
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

  private AsyncCall(Exchange<R> exchange, Function<? super R, ? extends V> finisher) {
    this.exchange = exchange;
    this.finisher = finisher;
  }

  static <R, V> CompletableFuture<V> start(Exchange<R> exchange, Function<? super R, ? extends V> finisher) {
    AsyncCall<R, V> call = new AsyncCall<>(exchange, finisher);
    call.future.whenComplete((v, e) -> {
      if (call.future.isCancelled()) {
        call.cancelInFlight();
        exchange.failed(new CancellationException("cancelled by the caller"));
      }
    });
    call.attempt();
    return call.future;
  }

  private void attempt() {
    if (future.isDone()) {
      return;
    }
    Call call = exchange.newCall();
    if (call == null) {
      fail(exchange.deadlineExceeded(last));
      return;
    }
    current = call;
    if (future.isCancelled()) {
      call.cancel();
      return;
    }
    call.enqueue(this);
  }

  @Override
  public void onResponse(Call call, Response response) {
    if (future.isDone()) {
      response.close();
      return;
    }
    handle(exchange.onResponse(response));
  }

  @Override
  public void onFailure(Call call, IOException e) {
    if (future.isDone()) {
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
      if (future.isCancelled()) {
        sleep.cancel(false);
      }
    }
  }

  private void succeed(R value) {
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

  private void fail(RuntimeException e) {
    exchange.failed(e);
    deliver(() -> future.completeExceptionally(e), null);
  }

  private void deliver(Runnable completion, R value) {
    try {
      exchange.callbackExecutor().execute(completion);
    } catch (RejectedExecutionException e) {
      if (value instanceof AutoCloseable) {
        closeQuietly((AutoCloseable) value);
      }
      future.completeExceptionally(new IllegalStateException("The client's callback executor is shut down", e));
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
