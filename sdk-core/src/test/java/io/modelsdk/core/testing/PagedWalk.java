package io.modelsdk.core.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list that takes several pages, as {@link ModelsContractTest} walks it: the parameters of the first
 * page, each page's query and body in order, and the ids of the whole walk.
 *
 * <pre>{@code
 * PagedWalk.of(ScaleModelListParams.builder().limit(2).build())
 *     .page(body1, "limit", "2", "page", null)   // null: the parameter must be absent
 *     .page(body2, "limit", "2", "page", "2")
 *     .ids("m1", "m2", "m3");
 * }</pre>
 */
public final class PagedWalk {
  final Object params;
  final List<Map<String, String>> queries = new ArrayList<>();
  final List<String> bodies = new ArrayList<>();
  final List<String> ids = new ArrayList<>();

  private PagedWalk(Object params) {
    this.params = params;
  }

  /** A walk starting from {@code list(params)}, or from {@code list()} if {@code params} is null. */
  public static PagedWalk of(Object params) {
    return new PagedWalk(params);
  }

  /** The next page: its body, asked for with these query parameters (name, value pairs; null: absent). */
  public PagedWalk page(String body, String... query) {
    Map<String, String> q = new LinkedHashMap<>();
    for (int i = 0; i + 1 < query.length; i += 2) {
      q.put(query[i], query[i + 1]);
    }
    queries.add(q);
    bodies.add(body);
    return this;
  }

  /** The ids of every page, in order. */
  public PagedWalk ids(String... ids) {
    this.ids.addAll(Arrays.asList(ids));
    return this;
  }
}
