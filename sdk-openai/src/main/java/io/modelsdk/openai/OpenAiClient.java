package io.modelsdk.openai;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.ModelsClient;
import io.modelsdk.core.Models;
import io.modelsdk.openai.internal.OpenAiEndpoints;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client for OpenAI's models API, or any OpenAI-compatible server.
 *
 * <pre>{@code
 * try (OpenAiClient openai = OpenAiClient.fromEnv()) {
 *   OpenAiModel m = openai.models().retrieve("gpt-4o");
 *   CompletableFuture<OpenAiModel> f = openai.async().models().retrieve("gpt-4o");
 * }
 * }</pre>
 *
 * <p>Clients are thread-safe and should be shared: each holds a connection pool and threads. Close it
 * when done; a client never shuts down an OkHttpClient it was given.
 */
public final class OpenAiClient
    extends ModelsClient<Models<OpenAiModel, OpenAiModelDeleted>, AsyncModels<OpenAiModel, OpenAiModelDeleted>> {
  private final OpenAiClientAsync async;

  private OpenAiClient(Builder builder) {
    super(builder, OpenAiEndpoints.MODELS, Models.class, AsyncModels.class);
    this.async = new OpenAiClientAsync(this::asyncModels);
  }

  /** Returns a builder with OpenAI's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}, {@code OPENAI_ORG_ID}
   * and {@code OPENAI_PROJECT_ID}.
   *
   * @throws IllegalStateException if {@code OPENAI_API_KEY} is not set
   */
  public static OpenAiClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** The same client with calls that return {@link java.util.concurrent.CompletableFuture}s. */
  public OpenAiClientAsync async() {
    return async;
  }

  /**
   * A client with this one's settings changed by {@code change}, such as another timeout or key, sharing
   * its connection pool and threads: closing it releases nothing, and closing this client ends both.
   */
  public OpenAiClient withOptions(Consumer<Builder> change) {
    return withOptions(builder(), change);
  }

  /** Builds an {@link OpenAiClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder, OpenAiClient> {
    private String organization;
    private String project;

    private Builder() {
      super(OpenAiEndpoints.PROFILE, "OPENAI_API_KEY", "OPENAI_BASE_URL", OpenAiClient::new);
    }

    /** Reads {@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}, {@code OPENAI_ORG_ID}, {@code OPENAI_PROJECT_ID}. */
    @Override
    public Builder fromEnv(Function<String, String> env) {
      super.fromEnv(env);
      String org = env.apply("OPENAI_ORG_ID");
      if (org != null && !org.isEmpty()) {
        organization(org.trim());
      }
      String proj = env.apply("OPENAI_PROJECT_ID");
      if (proj != null && !proj.isEmpty()) {
        project(proj.trim());
      }
      return this;
    }

    /** Sent as {@code OpenAI-Organization}, for keys that belong to several organizations. */
    public Builder organization(String organization) {
      header("OpenAI-Organization", organization);
      this.organization = organization;
      return this;
    }

    /** Sent as {@code OpenAI-Project}. */
    public Builder project(String project) {
      header("OpenAI-Project", project);
      this.project = project;
      return this;
    }

    @Override
    public String toString() {
      return "OpenAiClient.Builder{organization=" + organization + ", project=" + project + "}";
    }
  }
}
