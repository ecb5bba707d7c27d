package io.modelsdk.core.internal;

import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ResponseData;
import io.modelsdk.core.spi.ResponseDecoder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Decodes one page of a list: the vendor's envelope, its items (filtered where the vendor filters, and a
 * missing item array or a null item failing the parse rather than a later call), then the page made of
 * the items and the next page's parameters. It parses straight off the wire for a typed call; any other
 * stream is read whole first, as a decoder does by default.
 */
final class PageDecoder<P, E, T, G> implements ResponseDecoder<G> {
  private final ListEndpoint<P, E, T> list;
  private final P params;
  private final BiFunction<List<T>, P, G> page;

  PageDecoder(ListEndpoint<P, E, T> list, P params, BiFunction<List<T>, P, G> page) {
    this.list = list;
    this.params = params;
    this.page = page;
  }

  @Override
  public G decode(ResponseData data) {
    E envelope = list.endpoint().decoder().decode(data);
    return page(envelope, data.statusCode(), data.contentType(), () -> Json.snippet(data.body()));
  }

  @Override
  public G decode(int statusCode, HttpHeaders headers, InputStream body) {
    if (!(body instanceof WireBody)) {
      return decode(new ResponseData(statusCode, headers, Json.readAll(body)));
    }
    E envelope = list.endpoint().decoder().decode(statusCode, headers, body);
    return page(envelope, statusCode, headers.firstValue("Content-Type").orElse(null), ((WireBody) body)::snippet);
  }

  private G page(E envelope, int statusCode, String contentType, Supplier<String> snippet) {
    return page.apply(items(envelope, statusCode, contentType, snippet), list.next(params, envelope));
  }

  private List<T> items(E envelope, int statusCode, String contentType, Supplier<String> snippet) {
    List<T> items = list.items(envelope);
    if (items != null && list.filters()) {
      List<T> kept = new ArrayList<>(items.size());
      for (T item : items) {
        if (list.keeps(params, item)) {
          kept.add(item);
        }
      }
      items = kept;
    }
    String problem = items == null ? "the list has no \"" + list.itemsField() + "\" array" : null;
    String path = list.itemsField();
    for (int i = 0; problem == null && i < items.size(); i++) {
      if (items.get(i) == null) {
        problem = "the item is null";
        path = list.itemsField() + "[" + i + "]";
      }
    }
    if (problem != null) {
      throw Json.shapeFailure(problem, path, statusCode, contentType, snippet.get());
    }
    return items;
  }
}
