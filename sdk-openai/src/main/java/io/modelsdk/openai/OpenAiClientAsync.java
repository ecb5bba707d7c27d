package io.modelsdk.openai;

import io.modelsdk.core.AsyncModels;
import java.util.function.Supplier;

/**
 * The async view of an {@link OpenAiClient}, sharing its connections and settings.
 *
 * <pre>{@code
 * CompletableFuture<OpenAiModel> f = openai.async().models().retrieve("gpt-4o");
 * }</pre>
 */
public final class OpenAiClientAsync {
  private final Supplier<AsyncModels<OpenAiModel, OpenAiModelDeleted>> models;

  OpenAiClientAsync(Supplier<AsyncModels<OpenAiModel, OpenAiModelDeleted>> models) {
    this.models = models;
  }

  /** The models resource: list, retrieve, delete. */
  public AsyncModels<OpenAiModel, OpenAiModelDeleted> models() {
    return models.get();
  }

  @Override
  public String toString() {
    return "OpenAiClientAsync{}";
  }
}
