package io.modelsdk.scale.internal;

/**
 * A path id with the parameters of the same call, for endpoints that take both.
 *
 * @param <P> the parameters
 */
final class IdParams<P> {
  private final String id;
  private final P params;

  IdParams(String id, P params) {
    this.id = id;
    this.params = java.util.Objects.requireNonNull(params, "params == null");
  }

  String id() {
    return id;
  }

  P params() {
    return params;
  }
}
