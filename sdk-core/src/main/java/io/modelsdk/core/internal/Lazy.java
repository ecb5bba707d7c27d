package io.modelsdk.core.internal;

import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first. For what a client may never need, such
 * as its async view, so that a client that does not use it does not pay for it at start.
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> make;
  private volatile T value;

  Lazy(Supplier<? extends T> make) {
    this.make = make;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          value = v = make.get();
        }
      }
    }
    return v;
  }

  /** Whether the value has been made. */
  boolean isMade() {
    return value != null;
  }
}
