package io.modelsdk.bench;

import java.util.concurrent.CompletableFuture;

/**
 * One client library under test, bound to one base URL of the {@link FixtureServer}. Every call parses
 * the whole answer and touches each model's id ({@link Sink}), so no library is credited for lazy
 * parsing it would skip. Implementations have a public constructor taking the base URL and are loaded
 * by name ({@link #load}), so that a JVM running one contender never loads another's classes.
 */
public interface Contender extends AutoCloseable {
  /** The name in the results: floor, openai-java or models-sdk. */
  String name();

  /** Lists the models, blocking; answers how many were parsed. */
  int list();

  /** Retrieves {@code gpt-4o}, blocking; answers 1. */
  int retrieve();

  /** Lists the models without blocking; the future answers how many were parsed. */
  CompletableFuture<Integer> listAsync();

  /** Releases the client's connections and threads. */
  @Override
  void close();

  /** Constructs the contender {@code className} against {@code baseUrl}. */
  static Contender load(String className, String baseUrl) {
    try {
      return (Contender) Class.forName(className).getConstructor(String.class).newInstance(baseUrl);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + className, e);
    }
  }
}
