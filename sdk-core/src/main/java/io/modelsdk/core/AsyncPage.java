package io.modelsdk.core;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a list fetched asynchronously, with a way to the next one.
 *
 * <pre>{@code
 * client.async().models().list()
 *     .thenCompose(page -> page.autoPager().forEach(m -> { System.out.println(m.id()); return true; }));
 * }</pre>
 *
 * @param <T> the item type
 */
public interface AsyncPage<T> {
  /** The items of this page only. */
  List<T> items();

  /** True if the vendor says more items follow. */
  boolean hasNextPage();

  /**
   * Fetches the next page, with the same request options as this one. The future fails with
   * {@link NoSuchElementException} if {@link #hasNextPage()} is false.
   */
  CompletableFuture<AsyncPage<T>> nextPage();

  /** Walks the items of this page and every following one without blocking a thread between pages. */
  AsyncAutoPager<T> autoPager();
}
