package io.modelsdk.core.internal;

/**
 * The list parameters (cursors) an auto-paging walk has sent, newest first, so that a vendor whose
 * next-page cursors go round in a cycle is stopped when one comes back, not only by the page cap.
 * Immutable: each page holds its own trail, and a walk keeps one small node per page.
 *
 * @param <P> the list parameters, compared with {@code equals}
 */
final class PageTrail<P> {
  private final P params;
  private final PageTrail<P> previous;
  private final int page;

  private PageTrail(P params, PageTrail<P> previous, int page) {
    this.params = params;
    this.previous = previous;
    this.page = page;
  }

  /** The trail of a walk's first page. */
  static <P> PageTrail<P> start(P params) {
    return new PageTrail<>(params, null, 1);
  }

  /** The trail of the page that {@code next} fetches. */
  PageTrail<P> then(P next) {
    return new PageTrail<>(next, this, page + 1);
  }

  /** The parameters of this trail's newest page. */
  P params() {
    return params;
  }

  /** The newest page's number, counting from 1. */
  int page() {
    return page;
  }

  /** The number of the page that was fetched with {@code candidate}, or 0 if none was. */
  int pageOf(P candidate) {
    for (PageTrail<P> t = this; t != null; t = t.previous) {
      if (t.params.equals(candidate)) {
        return t.page;
      }
    }
    return 0;
  }
}
