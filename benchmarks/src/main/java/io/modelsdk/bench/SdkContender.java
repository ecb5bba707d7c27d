package io.modelsdk.bench;

import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.openai.OpenAiModel;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK under test, {@code sdk-openai}, with its defaults (64 calls per host, futures completed on its
 * callback executor); also its streaming list, which parses one model at a time as the body arrives.
 */
public final class SdkContender implements Contender {
  private final OpenAiClient client;

  public SdkContender(String baseUrl) {
    this(OpenAiClient.builder().apiKey("sk-bench").baseUrl(baseUrl).build());
  }

  private SdkContender(OpenAiClient client) {
    this.client = client;
  }

  /**
   * A contender whose client accepts bodies of up to {@code maxResponseBytes}: the default 16 MiB limit
   * applies to streamed lists too, and a 500,000-model list is ~55 MB.
   */
  static SdkContender withMaxResponseBytes(String baseUrl, long maxResponseBytes) {
    return new SdkContender(
        OpenAiClient.builder().apiKey("sk-bench").baseUrl(baseUrl).maxResponseBytes(maxResponseBytes).build());
  }

  @Override
  public String name() {
    return "models-sdk";
  }

  @Override
  public int list() {
    return Sink.ids(client.models().list().items(), OpenAiModel::id);
  }

  /** Lists through the streaming response, holding one model at a time; answers how many were read. */
  int listStreaming() {
    int count = 0;
    try (StreamingListResponse<OpenAiModel> models = client.models().withStreamingResponse().list()) {
      for (OpenAiModel model : models) {
        count += Sink.id(model.id());
      }
    }
    return count;
  }

  @Override
  public int retrieve() {
    return Sink.id(client.models().retrieve("gpt-4o").id());
  }

  @Override
  public CompletableFuture<Integer> listAsync() {
    return client.async().models().list().thenApply(page -> Sink.ids(page.items(), OpenAiModel::id));
  }

  @Override
  public void close() {
    client.close();
  }
}
