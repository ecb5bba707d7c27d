package io.modelsdk.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The items of an {@link AsyncPage} and every page after it, fetched one page at a time as the walk
 * reaches them.
 *
 * @param <T> the item type
 */
public interface AsyncAutoPager<T> {
  /**
   * Calls {@code action} for each item in order until it returns false or the list ends. The action
   * runs on the client's callback executor. The future completes when the walk stops, or fails with the
   * first error; cancelling it stops the walk.
   */
  CompletableFuture<Void> forEach(Predicate<? super T> action);

  /** Collects every item of every page. Mind the size of the list. */
  CompletableFuture<List<T>> toList();
}
