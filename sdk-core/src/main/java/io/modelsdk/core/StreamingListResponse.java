package io.modelsdk.core;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A list response whose items can be parsed one at a time as the body arrives, so that a long list is
 * never held in memory whole.
 *
 * <pre>{@code
 * try (StreamingListResponse<OpenAiModel> s = client.models().withStreamingResponse().list()) {
 *   for (OpenAiModel m : s) {
 *     System.out.println(m.id());
 *   }
 * }
 * }</pre>
 *
 * <p>Iterating, {@link #body()} and {@link #parse()} each consume the body: use one of them, once. The
 * items are those of this page only.
 *
 * @param <T> the item type
 */
public interface StreamingListResponse<T> extends StreamingResponse<Page<T>>, Iterable<T> {
  /** The items of this page, parsed one by one as the iteration reaches them. */
  default Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
