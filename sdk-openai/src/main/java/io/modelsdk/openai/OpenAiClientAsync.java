package io.modelsdk.openai;

import io.modelsdk.core.AsyncModels;

/**
 * The async view of an {@link OpenAiClient}, sharing its connections and settings.
 *
 * <pre>{@code
 * CompletableFuture<OpenAiModel> f = openai.async().models().retrieve("gpt-4o");
 * }</pre>
 */
public final class OpenAiClientAsync {
  private final AsyncModels<OpenAiModel, OpenAiModelDeleted> models;

  OpenAiClientAsync(AsyncModels<OpenAiModel, OpenAiModelDeleted> models) {
    this.models = models;
  }

  /** The models resource: list, retrieve, delete. */
  public AsyncModels<OpenAiModel, OpenAiModelDeleted> models() {
    return models;
  }

  @Override
  public String toString() {
    return "OpenAiClientAsync{}";
  }
}
