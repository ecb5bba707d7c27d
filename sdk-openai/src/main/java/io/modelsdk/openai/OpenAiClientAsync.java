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
  private final AsyncModels<OpenAiModel, ModelDeleted> models;

  OpenAiClientAsync(AsyncModels<OpenAiModel, ModelDeleted> models) {
    this.models = models;
  }

  /** The models resource: list, retrieve, delete. */
  public AsyncModels<OpenAiModel, ModelDeleted> models() {
    return models;
  }

  @Override
  public String toString() {
    return "OpenAiClientAsync{}";
  }
}
