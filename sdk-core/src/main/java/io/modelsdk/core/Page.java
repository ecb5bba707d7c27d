package io.modelsdk.core;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list, with a way to the next one. The same shape serves vendors that answer in one
 * page, by page number, or by cursor.
 *
 * <pre>{@code
 * for (OpenAiModel m : client.models().list().autoPager()) {
 *   System.out.println(m.id());
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public interface Page<T> {
  /** The items of this page only. */
  List<T> items();

  /** True if the vendor says more items follow. */
  boolean hasNextPage();

  /**
   * Fetches the next page, with the same request options as this one.
   *
   * @throws NoSuchElementException if {@link #hasNextPage()} is false
   */
  Page<T> nextPage();

  /**
   * The items of this page and every following one, fetched lazily as iteration reaches them: reading
   * the first items of a long list makes one request. Iteration stops with an exception past the
   * client's page cap, or when a cursor does not advance or comes back (a cycle).
   */
  Iterable<T> autoPager();

  /** The items of {@link #autoPager()} as a sequential stream. */
  default Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(autoPager().iterator(), Spliterator.ORDERED), false);
  }
}
