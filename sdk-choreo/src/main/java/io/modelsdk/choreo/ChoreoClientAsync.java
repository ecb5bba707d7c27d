package io.modelsdk.choreo;

/**
 * The async view of a {@link ChoreoClient}, sharing its connections and settings.
 *
 * <pre>{@code
 * CompletableFuture<ChoreoModel> f = choreo.async().models().retrieve("gpt-4");
 * }</pre>
 */
public final class ChoreoClientAsync {
  private final ChoreoAsyncModels models;

  ChoreoClientAsync(ChoreoAsyncModels models) {
    this.models = models;
  }

  /** The models resource: list (all, or by owner) and retrieve. */
  public ChoreoAsyncModels models() {
    return models;
  }

  @Override
  public String toString() {
    return "ChoreoClientAsync{}";
  }
}
