package io.modelsdk.scale;

/**
 * The async view of a {@link ScaleClient}, sharing its connections and settings.
 *
 * <pre>{@code
 * CompletableFuture<ScaleModel> f = scale.async().models().retrieve("model-id");
 * }</pre>
 */
public final class ScaleClientAsync {
  private final ScaleAsyncModels models;

  ScaleClientAsync(ScaleAsyncModels models) {
    this.models = models;
  }

  /** The models resource: list, retrieve, create, update, delete. */
  public ScaleAsyncModels models() {
    return models;
  }

  @Override
  public String toString() {
    return "ScaleClientAsync{}";
  }
}
