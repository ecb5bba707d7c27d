package io.modelsdk.atoma;

import io.modelsdk.core.AsyncModels;
import java.util.function.Supplier;

/**
 * The async view of an {@link AtomaClient}, sharing its connections and settings.
 *
 * <pre>{@code
 * CompletableFuture<AtomaModel> f = atoma.async().models().retrieve("meta-llama/Llama-3.3-70B-Instruct");
 * }</pre>
 */
public final class AtomaClientAsync {
  private final Supplier<AsyncModels<AtomaModel, Void>> models;

  AtomaClientAsync(Supplier<AsyncModels<AtomaModel, Void>> models) {
    this.models = models;
  }

  /**
   * The models resource: list, and retrieve by listing and filtering (a missing id completes the future
   * with a {@link io.modelsdk.core.errors.NotFoundException}). Delete throws
   * {@link io.modelsdk.core.errors.OperationNotSupportedException} at once, before a future is returned.
   */
  public AsyncModels<AtomaModel, Void> models() {
    return models.get();
  }

  @Override
  public String toString() {
    return "AtomaClientAsync{}";
  }
}
