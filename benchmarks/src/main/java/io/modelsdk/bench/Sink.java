package io.modelsdk.bench;

import java.util.List;
import java.util.function.Function;

/** Where contenders drop the ids they read, so that the JIT cannot skip reading them. */
final class Sink {
  private static volatile long sum;

  private Sink() {}

  /** Reads every item's id; answers how many items there were. */
  static <T> int ids(List<T> items, Function<T, String> id) {
    long lengths = 0;
    for (T item : items) {
      lengths += id.apply(item).length();
    }
    sum += lengths;
    return items.size();
  }

  /** Reads one id; answers 1. */
  static int id(String id) {
    sum += id.length();
    return 1;
  }
}
