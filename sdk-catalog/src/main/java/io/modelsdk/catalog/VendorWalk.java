package io.modelsdk.catalog;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Model;
import io.modelsdk.core.ModelsClient;
import io.modelsdk.core.errors.ApiTimeoutException;
import io.modelsdk.core.errors.SdkException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One vendor's part of a catalog listing: its auto-pager walked asynchronously up to the cap, ended by
 * its deadline. The future it answers never fails: a failure or the deadline is a failed
 * {@link VendorListing}.
 */
final class VendorWalk {
  private VendorWalk() {}

  static CompletableFuture<VendorListing> start(String vendor, ModelsClient<?, ?> client, Duration deadline,
      int cap, ScheduledExecutorService timer) {
    long start = System.nanoTime();
    List<Model> models = new ArrayList<>();
    AtomicBoolean truncated = new AtomicBoolean();
    List<CompletableFuture<?>> calls = new CopyOnWriteArrayList<>(); // first page, then the walk
    CompletableFuture<VendorListing> result = new CompletableFuture<>();
    CompletableFuture<Void> walk;
    try {
      walk = walk(client.asyncModels(), cap, models, truncated, calls, result);
    } catch (RuntimeException e) {
      walk = new CompletableFuture<>();
      walk.completeExceptionally(e);
    }
    ScheduledFuture<?> timeout = timer.schedule(() -> {
      SdkException late = new ApiTimeoutException(vendor + " listing did not end within the catalog's deadline of "
          + deadline.toMillis() + " ms", null, 1, false);
      if (result.complete(VendorListing.failed(vendor, late, since(start)))) {
        calls.forEach(c -> c.cancel(true)); // cancelling a call cancels its request
      }
    }, deadline.toNanos(), TimeUnit.NANOSECONDS);
    walk.whenComplete((done, error) -> {
      timeout.cancel(false);
      result.complete(error == null
          ? VendorListing.listed(vendor, new ArrayList<>(models), since(start), truncated.get())
          : VendorListing.failed(vendor, sdkException(vendor, error), since(start)));
    });
    return result;
  }

  /**
   * Reads items into {@code out} until the pager ends or one more than {@code cap} shows up; puts the
   * first page's call and the pager's walk in {@code calls}, for the deadline to cancel, and cancels
   * the walk itself if {@code ended} already is.
   */
  private static <M extends Model> CompletableFuture<Void> walk(AsyncModels<M, ?> models, int cap, List<Model> out,
      AtomicBoolean truncated, List<CompletableFuture<?>> calls, CompletableFuture<?> ended) {
    CompletableFuture<AsyncPage<M>> first = models.list();
    calls.add(first);
    return first.thenCompose(page -> {
      CompletableFuture<Void> pages = page.autoPager().forEach(m -> {
        if (out.size() >= cap) {
          truncated.set(true);
          return false;
        }
        out.add(m);
        return true;
      });
      calls.add(pages);
      if (ended.isDone()) {
        pages.cancel(true); // the deadline passed while the first page came
      }
      return pages;
    });
  }

  /** The SDK's exception behind {@code error}; anything else (a bug, a closed client) wrapped in one. */
  private static SdkException sdkException(String vendor, Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    return e instanceof SdkException ? (SdkException) e
        : new SdkException(vendor + " listing failed: " + e, e, 1);
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
