package io.modelsdk.core.spi;

import java.util.Objects;

/**
 * The arguments of a call on one model: its id and the call's parameters, as
 * {@link ModelsDefinition.Builder#callOnModel} passes them to the endpoint.
 *
 * @param <P> the call's parameters
 */
public final class IdParams<P> {
  private final String id;
  private final P params;

  private IdParams(String id, P params) {
    this.id = id;
    this.params = params;
  }

  /** The arguments {@code (id, params)}; the endpoint checks the id when it writes the path. */
  public static <P> IdParams<P> of(String id, P params) {
    return new IdParams<>(id, Objects.requireNonNull(params, "params == null"));
  }

  /** The model id. */
  public String id() {
    return id;
  }

  /** The call's parameters. */
  public P params() {
    return params;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdParams && Objects.equals(((IdParams<?>) o).id, id)
        && ((IdParams<?>) o).params.equals(params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, params);
  }

  @Override
  public String toString() {
    return "IdParams{id=" + id + ", params=" + params + "}";
  }
}
