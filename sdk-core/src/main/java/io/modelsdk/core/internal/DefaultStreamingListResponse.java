package io.modelsdk.core.internal;

import io.modelsdk.core.Page;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.http.ListEndpoint;
import io.modelsdk.core.http.ResponseDecoder;
import java.util.Iterator;
import okhttp3.Response;

/** A list response iterated item by item straight from the wire. */
final class DefaultStreamingListResponse<T> extends DefaultStreamingResponse<Page<T>>
    implements StreamingListResponse<T> {
  private final ListEndpoint<?, ?, T> endpoint;
  private final Redactor redactor;

  DefaultStreamingListResponse(Response response, HttpHeaders headers, String requestId, long limit,
      ResponseDecoder<Page<T>> decoder, ListEndpoint<?, ?, T> endpoint, Redactor redactor) {
    super(response, headers, requestId, limit, decoder);
    this.endpoint = endpoint;
    this.redactor = redactor;
  }

  @Override
  public Iterator<T> iterator() {
    return new StreamingItemIterator<>(body(), endpoint.itemsField(), endpoint.itemType(), statusCode(),
        contentType(), redactor);
  }
}
