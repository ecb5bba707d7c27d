package io.modelsdk.choreo.internal;

import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.choreo.ChoreoModelListParams;
import io.modelsdk.core.Page;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.http.HttpHeaders;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A streaming list whose item-by-item iteration skips the models a filter leaves out. {@code parse()}
 * is already filtered by the list endpoint; {@code body()} is the gateway's body as sent.
 */
final class FilteredStreamingList implements StreamingListResponse<ChoreoModel> {
  private final StreamingListResponse<ChoreoModel> wire;
  private final ChoreoModelListParams params;

  FilteredStreamingList(StreamingListResponse<ChoreoModel> wire, ChoreoModelListParams params) {
    this.wire = wire;
    this.params = params;
  }

  @Override
  public Iterator<ChoreoModel> iterator() {
    Iterator<ChoreoModel> all = wire.iterator();
    return new Iterator<ChoreoModel>() {
      private ChoreoModel next;

      @Override
      public boolean hasNext() {
        while (next == null && all.hasNext()) {
          ChoreoModel m = all.next();
          if (params.matches(m)) {
            next = m;
          }
        }
        return next != null;
      }

      @Override
      public ChoreoModel next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ChoreoModel m = next;
        next = null;
        return m;
      }
    };
  }

  @Override
  public int statusCode() {
    return wire.statusCode();
  }

  @Override
  public HttpHeaders headers() {
    return wire.headers();
  }

  @Override
  public Optional<String> requestId() {
    return wire.requestId();
  }

  @Override
  public InputStream body() {
    return wire.body();
  }

  @Override
  public Page<ChoreoModel> parse() {
    return wire.parse();
  }

  @Override
  public void close() {
    wire.close();
  }

  @Override
  public String toString() {
    return "FilteredStreamingList{" + params + ", " + wire + "}";
  }
}
