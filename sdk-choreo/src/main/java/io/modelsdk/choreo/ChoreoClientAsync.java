package io.modelsdk.choreo;

import java.util.function.Supplier;

/**
 * The async view of a {@link ChoreoClient}, sharing its connections and settings.
 *
 * <pre>{@code
 * CompletableFuture<ChoreoModel> f = choreo.async().models().retrieve("gpt-4");
 * }</pre>
 */
public final class ChoreoClientAsync {
  private final Supplier<ChoreoAsyncModels> models;

  ChoreoClientAsync(Supplier<ChoreoAsyncModels> models) {
    this.models = models;
  }

  /** The models resource: list (all, or by owner) and retrieve. */
  public ChoreoAsyncModels models() {
    return models.get();
  }

  @Override
  public String toString() {
    return "ChoreoClientAsync{}";
  }
}
