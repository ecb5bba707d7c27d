package io.modelsdk.core.internal;

import io.modelsdk.core.Page;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ResponseDecoder;
import java.util.Iterator;
import java.util.NoSuchElementException;
import okhttp3.Response;

/**
 * A list response iterated item by item straight from the wire, skipping the items the list's filter
 * leaves out; {@code body()} is the body as the server sent it.
 */
final class DefaultStreamingListResponse<P, T> extends DefaultStreamingResponse<Page<T>>
    implements StreamingListResponse<T> {
  private final ListEndpoint<P, ?, T> endpoint;
  private final P params;
  private final Redactor redactor;

  DefaultStreamingListResponse(Response response, HttpHeaders headers, String requestId, long limit,
      ResponseDecoder<Page<T>> decoder, ListEndpoint<P, ?, T> endpoint, P params, Redactor redactor) {
    super(response, headers, requestId, limit, decoder);
    this.endpoint = endpoint;
    this.params = params;
    this.redactor = redactor;
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<T> all = new StreamingItemIterator<>(body(), endpoint.itemsField(), endpoint.itemType(), statusCode(),
        contentType(), redactor);
    return endpoint.filters() ? new Kept(all) : all;
  }

  /** The items the list's filter keeps. */
  private final class Kept implements Iterator<T> {
    private final Iterator<T> all;
    private T next;

    Kept(Iterator<T> all) {
      this.all = all;
    }

    @Override
    public boolean hasNext() {
      while (next == null && all.hasNext()) {
        T item = all.next();
        if (endpoint.keeps(params, item)) {
          next = item;
        }
      }
      return next != null;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T item = next;
      next = null;
      return item;
    }
  }
}
