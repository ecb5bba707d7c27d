package io.modelsdk.root.internal;

import io.modelsdk.core.spi.RequestSpec;
import io.modelsdk.root.RootModelListParams;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * One page request of a Root Signals list: the user's parameters, where the page is (first page, a
 * cursor, or a whole next-page URL), and how many items earlier pages brought. Equality leaves that
 * count out, so that core sees a next page at the same place as a cursor that does not advance.
 */
final class RootListRequest {
  private final RootModelListParams params;
  private final String cursor;
  private final String link;
  private final int seen;

  private RootListRequest(RootModelListParams params, String cursor, String link, int seen) {
    this.params = params;
    this.cursor = cursor;
    this.link = link;
    this.seen = seen;
  }

  /** The first page for {@code params}. */
  static RootListRequest first(RootModelListParams params) {
    return new RootListRequest(Objects.requireNonNull(params, "params == null"), null, null, 0);
  }

  /** Writes this page's request: the whole next-page URL, or the path with query and cursor. */
  void write(RequestSpec r) {
    Integer pageSize = pageSize();
    if (link != null) {
      HttpUrl url = HttpUrl.parse(link);
      r.url(pageSize == null || url == null || !params.limit().isPresent()
          ? link : url.newBuilder().setQueryParameter("page_size", pageSize.toString()).build().toString());
      return;
    }
    r.path("v1/models/")
        .queryJoined("capable_of", params.capableOf())
        .query("cursor", cursor)
        .query("ordering", params.ordering().orElse(null))
        .query("page_size", pageSize);
  }

  /** The page size to ask for: the user's, lowered to what the limit still allows. */
  private Integer pageSize() {
    Integer wanted = params.pageSize().isPresent() ? params.pageSize().getAsInt() : null;
    if (!params.limit().isPresent()) {
      return wanted;
    }
    int remaining = params.limit().getAsInt() - seen;
    return wanted == null ? remaining : Math.min(wanted, remaining);
  }

  /** The request of the page after {@code page}, or null when it was the last or the limit is reached. */
  RootListRequest next(RootModelPage page) {
    String next = page.next().orElse(null);
    if (next == null || next.isEmpty()) {
      return null;
    }
    int total = seen + page.results().size();
    if (params.limit().isPresent() && total >= params.limit().getAsInt()) {
      return null;
    }
    boolean isUrl = next.startsWith("http://") || next.startsWith("https://");
    return new RootListRequest(params, isUrl ? null : next, isUrl ? next : null, total);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RootListRequest)) {
      return false;
    }
    RootListRequest other = (RootListRequest) o;
    return params.equals(other.params) && Objects.equals(cursor, other.cursor) && Objects.equals(link, other.link);
  }

  @Override
  public int hashCode() {
    return Objects.hash(params, cursor, link);
  }

  @Override
  public String toString() {
    return "RootListRequest{cursor=" + (cursor != null) + ", link=" + (link != null) + ", seen=" + seen + "}";
  }
}
