package io.modelsdk.bench;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.models.Model;
import java.util.concurrent.CompletableFuture;

/**
 * OpenAI's own Java SDK, {@code com.openai:openai-java}, with its defaults. Its OkHttp client already
 * allows 64 calls per host (its builder sets the per-host cap to the dispatcher's overall 64), the same
 * as the SDK's and the floor's, so nothing is tuned here.
 */
public final class OpenAiJavaContender implements Contender {
  private final OpenAIClient client;

  public OpenAiJavaContender(String baseUrl) {
    this.client = OpenAIOkHttpClient.builder().apiKey("sk-bench").baseUrl(baseUrl).build();
  }

  @Override
  public String name() {
    return "openai-java";
  }

  @Override
  public int list() {
    return Sink.ids(client.models().list().data(), Model::id);
  }

  @Override
  public int retrieve() {
    return Sink.id(client.models().retrieve("gpt-4o").id());
  }

  @Override
  public CompletableFuture<Integer> listAsync() {
    return client.async().models().list().thenApply(page -> Sink.ids(page.data(), Model::id));
  }

  @Override
  public void close() {
    client.close();
  }
}
