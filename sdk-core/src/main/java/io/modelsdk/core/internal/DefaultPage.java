package io.modelsdk.core.internal;

import io.modelsdk.core.Page;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** A page holding its items and, if more follow, the way to fetch the next one. */
final class DefaultPage<T> implements Page<T> {
  private final List<T> items;
  private final Supplier<Page<T>> next;

  DefaultPage(List<T> items, Supplier<Page<T>> next) {
    this.items = Collections.unmodifiableList(items);
    this.next = next;
  }

  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public boolean hasNextPage() {
    return next != null;
  }

  @Override
  public Page<T> nextPage() {
    if (next == null) {
      throw new NoSuchElementException("This is the last page");
    }
    return next.get();
  }

  @Override
  public Iterable<T> autoPager() {
    return () -> new Iterator<T>() {
      private Page<T> page = DefaultPage.this;
      private Iterator<T> it = items.iterator();

      @Override
      public boolean hasNext() {
        while (!it.hasNext()) {
          if (!page.hasNextPage()) {
            return false;
          }
          page = page.nextPage();
          it = page.items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return it.next();
      }
    };
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", hasNextPage=" + hasNextPage() + "}";
  }
}
