package io.modelsdk.core.spi;

/**
 * Fills in the path, query and body of one endpoint's request from the call's parameters. It runs
 * before any I/O, so the checks it makes (through {@link RequestSpec}) fail fast.
 *
 * @param <P> the call's parameter type
 */
@FunctionalInterface
public interface RequestWriter<P> {
  /** Writes {@code params} into {@code request}. */
  void write(P params, RequestSpec request);
}
