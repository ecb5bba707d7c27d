package io.modelsdk.core.spi;

import com.fasterxml.jackson.databind.JavaType;
import io.modelsdk.core.internal.Json;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A list call: an {@link Endpoint} answering an envelope, where to find the items in it, and how to
 * ask for the next page. Core builds {@link io.modelsdk.core.Page}s, auto-paging and item-by-item
 * streaming from it.
 *
 * @param <P> the list parameters; compared with {@code equals} to catch a cursor that does not advance or
 *     comes back
 * @param <E> the wire envelope of one page
 * @param <T> the item type
 */
public final class ListEndpoint<P, E, T> {
  private final Endpoint<P, E> endpoint;
  private final Function<E, List<T>> items;
  private final BiFunction<P, E, P> next;
  private final String itemsField;
  private final JavaType itemType;
  private final BiPredicate<? super P, ? super T> keep;

  private ListEndpoint(
      Endpoint<P, E> endpoint, Function<E, List<T>> items, BiFunction<P, E, P> next,
      String itemsField, JavaType itemType, BiPredicate<? super P, ? super T> keep) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.items = Objects.requireNonNull(items, "items == null");
    this.next = Objects.requireNonNull(next, "next == null");
    this.itemsField = Objects.requireNonNull(itemsField, "itemsField == null");
    this.itemType = itemType;
    this.keep = keep;
  }

  private ListEndpoint(
      Endpoint<P, E> endpoint, Function<E, List<T>> items, BiFunction<P, E, P> next,
      String itemsField, Class<T> itemType) {
    this(endpoint, items, next, itemsField,
        Json.mapper().constructType(Objects.requireNonNull(itemType, "itemType == null")), null);
  }

  /**
   * Declares a list call.
   *
   * @param items the items of one envelope
   * @param next the parameters of the page after {@code (params, envelope)}, or null at the end
   * @param itemsField the top-level JSON field holding the item array, for streaming
   * @param itemType the item class, for streaming
   */
  public static <P, E, T> ListEndpoint<P, E, T> of(
      Endpoint<P, E> endpoint, Function<E, List<T>> items, BiFunction<P, E, P> next,
      String itemsField, Class<T> itemType) {
    return new ListEndpoint<>(endpoint, items, next, itemsField, itemType);
  }

  /** Declares a list call whose answer is always a single page. */
  public static <P, E, T> ListEndpoint<P, E, T> singlePage(
      Endpoint<P, E> endpoint, Function<E, List<T>> items, String itemsField, Class<T> itemType) {
    return new ListEndpoint<>(endpoint, items, (p, e) -> null, itemsField, itemType);
  }

  /**
   * The same list, keeping only the items {@code keep} accepts for the call's parameters, in every
   * calling mode (pages, and items streamed off the wire), for a filter the server does not offer. The
   * raw body stays as the server sent it; a null item is kept, to be reported as a parse failure.
   */
  public ListEndpoint<P, E, T> keeping(BiPredicate<? super P, ? super T> keep) {
    return new ListEndpoint<>(endpoint, items, next, itemsField, itemType,
        Objects.requireNonNull(keep, "keep == null"));
  }

  /** Whether {@code item} stays in the answer to {@code params}; true unless a filter says otherwise. */
  public boolean keeps(P params, T item) {
    return keep == null || item == null || keep.test(params, item);
  }

  /** Whether this list filters its items (see {@link #keeping}). */
  public boolean filters() {
    return keep != null;
  }

  /** The endpoint answering one page. */
  public Endpoint<P, E> endpoint() {
    return endpoint;
  }

  /** The items of one envelope. */
  public List<T> items(E envelope) {
    return items.apply(envelope);
  }

  /** The parameters of the next page, or null if {@code envelope} is the last page. */
  public P next(P params, E envelope) {
    return next.apply(params, envelope);
  }

  /** The JSON field holding the items. */
  public String itemsField() {
    return itemsField;
  }

  /** The item type. */
  public JavaType itemType() {
    return itemType;
  }
}
