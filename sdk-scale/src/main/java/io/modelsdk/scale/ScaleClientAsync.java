package io.modelsdk.scale;

import java.util.function.Supplier;

/**
 * The async view of a {@link ScaleClient}, sharing its connections and settings.
 *
 * <pre>{@code
 * CompletableFuture<ScaleModel> f = scale.async().models().retrieve("model-id");
 * }</pre>
 */
public final class ScaleClientAsync {
  private final Supplier<ScaleAsyncModels> models;

  ScaleClientAsync(Supplier<ScaleAsyncModels> models) {
    this.models = models;
  }

  /** The models resource: list, retrieve, create, update, delete. */
  public ScaleAsyncModels models() {
    return models.get();
  }

  @Override
  public String toString() {
    return "ScaleClientAsync{}";
  }
}
