package io.modelsdk.root;

import java.util.function.Supplier;

/**
 * The async view of a {@link RootClient}, sharing its connections and settings.
 *
 * <pre>{@code
 * CompletableFuture<RootModel> f = root.async().models().retrieve("3fa85f64-5717-4562-b3fc-2c963f66afa6");
 * }</pre>
 */
public final class RootClientAsync {
  private final Supplier<RootAsyncModels> models;

  RootClientAsync(Supplier<RootAsyncModels> models) {
    this.models = models;
  }

  /** The models resource: list, retrieve, create, update, verify, delete. */
  public RootAsyncModels models() {
    return models.get();
  }

  @Override
  public String toString() {
    return "RootClientAsync{}";
  }
}
