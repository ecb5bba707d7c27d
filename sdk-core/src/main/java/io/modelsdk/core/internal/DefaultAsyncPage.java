package io.modelsdk.core.internal;

import io.modelsdk.core.AsyncAutoPager;
import io.modelsdk.core.AsyncPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** An async page holding its items and, if more follow, the way to fetch the next one. */
final class DefaultAsyncPage<T> implements AsyncPage<T> {
  private final List<T> items;
  private final Supplier<CompletableFuture<AsyncPage<T>>> next;
  private final Executor executor;

  DefaultAsyncPage(List<T> items, Supplier<CompletableFuture<AsyncPage<T>>> next, Executor executor) {
    this.items = Collections.unmodifiableList(items);
    this.next = next;
    this.executor = executor;
  }

  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public boolean hasNextPage() {
    return next != null;
  }

  @Override
  public CompletableFuture<AsyncPage<T>> nextPage() {
    if (next == null) {
      CompletableFuture<AsyncPage<T>> none = new CompletableFuture<>();
      none.completeExceptionally(new NoSuchElementException("This is the last page"));
      return none;
    }
    return next.get();
  }

  @Override
  public AsyncAutoPager<T> autoPager() {
    return new AsyncAutoPager<T>() {
      @Override
      public CompletableFuture<Void> forEach(Predicate<? super T> action) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.execute(() -> walk(DefaultAsyncPage.this, action, done));
        return done;
      }

      @Override
      public CompletableFuture<List<T>> toList() {
        List<T> all = Collections.synchronizedList(new ArrayList<>());
        return forEach(all::add).thenApply(v -> Collections.unmodifiableList(new ArrayList<>(all)));
      }
    };
  }

  private static <T> void walk(AsyncPage<T> page, Predicate<? super T> action, CompletableFuture<Void> done) {
    try {
      for (T item : page.items()) {
        if (done.isDone()) {
          return;
        }
        if (!action.test(item)) {
          done.complete(null);
          return;
        }
      }
      if (!page.hasNextPage()) {
        done.complete(null);
        return;
      }
      CompletableFuture<AsyncPage<T>> next = page.nextPage();
      done.whenComplete((v, e) -> next.cancel(true)); // cancelling the walk cancels the fetch
      next.whenComplete((p, e) -> {
        if (e != null) {
          done.completeExceptionally(e);
        } else {
          walk(p, action, done);
        }
      });
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
    }
  }

  @Override
  public String toString() {
    return "AsyncPage{items=" + items.size() + ", hasNextPage=" + hasNextPage() + "}";
  }
}
