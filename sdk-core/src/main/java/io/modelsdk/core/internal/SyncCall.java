package io.modelsdk.core.internal;

import io.modelsdk.core.errors.ApiConnectionException;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Call;
import okhttp3.Response;

/** Runs an {@link Exchange} on the calling thread, sleeping between attempts. */
final class SyncCall {
  private SyncCall() {}

  static <R> R run(Exchange<R> exchange) {
    RuntimeException last = null;
    while (true) {
      Call call = exchange.newCall();
      if (call == null) {
        throw exchange.failed(exchange.deadlineExceeded(last));
      }
      Exchange.Outcome<R> outcome;
      try {
        outcome = exchange.onResponse(execute(call));
      } catch (IOException e) {
        if (Thread.currentThread().isInterrupted()) { // the caller wants out: no retry, flag kept
          throw exchange.failed(exchange.interrupted(e));
        }
        outcome = exchange.onFailure(e);
      }
      if (outcome.failure == null) {
        return exchange.succeeded(outcome.value);
      }
      if (outcome.retryAfter == null) {
        throw exchange.failed(outcome.failure);
      }
      last = outcome.failure;
      if (!exchange.fitsDeadline(outcome.retryAfter)) {
        throw exchange.failed(exchange.deadlineExceeded(last));
      }
      exchange.retrying(outcome.retryAfter, last);
      try {
        exchange.sleeper().sleep(outcome.retryAfter);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw exchange.failed(new ApiConnectionException("Interrupted while waiting to retry",
            new InterruptedIOException(), exchange.retries() + 1, false));
      }
    }
  }

  /**
   * Executes one attempt. A {@code RuntimeException} thrown inside OkHttp or an interceptor becomes an
   * {@code IOException}, as OkHttp makes of it on the async path, so both modes fail the same way.
   */
  private static Response execute(Call call) throws IOException {
    try {
      return call.execute();
    } catch (RuntimeException e) {
      throw new IOException(e.toString(), e);
    }
  }
}
