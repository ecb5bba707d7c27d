package io.modelsdk.root.internal;

import io.modelsdk.core.spi.RequestSpec;
import io.modelsdk.root.RootModelListParams;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page request of a Root Signals list: the user's parameters, where the page is (first page, a
 * cursor, or a whole next-page URL), and how many items earlier pages brought. Equality leaves that
 * count out, so that core sees a next page at the same place as a cursor that does not advance.
 *
 * <p>A whole-URL {@code next} that carries a {@code cursor} is read for its cursor alone: the next page
 * goes to the client's base URL with the user's own query ({@code capable_of}, {@code ordering},
 * {@code page_size}), whatever scheme, host or port the link names, so the key never travels to the
 * link's host. A link without a cursor is followed as given, on the base URL's origin only.
 */
@Value.Immutable
abstract class RootListRequest {
  /** The user's parameters. */
  abstract RootModelListParams params();

  /** The cursor of a next page, bare or read from a whole-URL {@code next}; sent as {@code cursor}. */
  abstract Optional<String> cursor();

  /** The whole URL of a next page that carries no cursor, followed as given. */
  abstract Optional<String> link();

  /** How many items the earlier pages brought; not part of equality. */
  @Value.Auxiliary
  abstract int seen();

  /** The first page for {@code params}. */
  static RootListRequest first(RootModelListParams params) {
    return ImmutableRootListRequest.builder().params(Objects.requireNonNull(params, "params == null")).seen(0)
        .build();
  }

  /** Writes this page's request: the next-page URL (its page_size lowered to a limit), or path, query, cursor. */
  void write(RequestSpec r) {
    if (link().isPresent()) {
      r.url(link().get()).query("page_size", params().limit().isPresent() ? pageSize() : null);
      return;
    }
    r.path("v1/models/")
        .queryJoined("capable_of", params().capableOf())
        .query("cursor", cursor())
        .query("ordering", params().ordering())
        .query("page_size", pageSize());
  }

  /** The page size to ask for: the user's, lowered to what the limit still allows. */
  private Integer pageSize() {
    Integer wanted = params().pageSize().isPresent() ? params().pageSize().getAsInt() : null;
    if (!params().limit().isPresent()) {
      return wanted;
    }
    int remaining = params().limit().getAsInt() - seen();
    return wanted == null ? remaining : Math.min(wanted, remaining);
  }

  /** The request of the page after {@code page}, or null when it was the last or the limit is reached. */
  RootListRequest next(RootModelPage page) {
    String next = page.next().orElse(null);
    if (next == null || next.isEmpty()) {
      return null;
    }
    int total = seen() + page.results().size();
    if (params().limit().isPresent() && total >= params().limit().getAsInt()) {
      return null;
    }
    ImmutableRootListRequest.Builder b = ImmutableRootListRequest.builder().params(params()).seen(total);
    if (!next.startsWith("http://") && !next.startsWith("https://")) {
      return b.cursor(next).build();
    }
    String cursor = CursorLink.cursor(next);
    return (cursor != null ? b.cursor(cursor) : b.link(next)).build();
  }
}
