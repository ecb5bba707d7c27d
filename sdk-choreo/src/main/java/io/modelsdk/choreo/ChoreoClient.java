package io.modelsdk.choreo;

import io.modelsdk.choreo.internal.ChoreoEndpoints;
import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.ModelsClient;
import java.util.function.Consumer;

/**
 * A client for the models API of a ChoreoAI gateway, the self-hosted FastAPI service that puts OpenAI,
 * Anthropic, Gemini, Grok, Azure OpenAI and Bedrock behind one OpenAI-compatible API.
 *
 * <pre>{@code
 * try (ChoreoClient choreo = ChoreoClient.fromEnv()) {
 *   for (ChoreoModel m : choreo.models().list().items()) {
 *     System.out.println(m.id() + " (" + m.ownedBy().orElse("?") + ")");
 *   }
 * }
 * }</pre>
 *
 * <p>The base URL is the gateway's root, without {@code /v1}: {@code http://localhost:8000} by default,
 * the gateway's own default port. Plain http is allowed to the loopback; to another host it needs https
 * or {@code allowInsecureHttp(true)}. The key goes in {@code Authorization: Bearer <key>}; the gateway's
 * {@code X-Request-ID} is the request id of every response and exception.
 *
 * <p>Clients are thread-safe and should be shared. Close it when done; a client never shuts down an
 * OkHttpClient it was given.
 */
public final class ChoreoClient extends ModelsClient<ChoreoModels, ChoreoAsyncModels> {
  private final ChoreoClientAsync async;

  private ChoreoClient(Builder builder) {
    super(builder, ChoreoEndpoints.MODELS, ChoreoModels.class, ChoreoAsyncModels.class);
    this.async = new ChoreoClientAsync(this::asyncModels);
  }

  /** Returns a builder with the gateway's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code CHOREOAI_API_KEY} and, when set, {@code CHOREOAI_BASE_URL}. The
   * gateway documents no base-URL variable; {@code CHOREOAI_BASE_URL} is this SDK's choice.
   *
   * @throws IllegalStateException if {@code CHOREOAI_API_KEY} is not set
   */
  public static ChoreoClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** The models resource: list (all, or by owner) and retrieve; no delete. */
  @Override
  public ChoreoModels models() {
    return super.models();
  }

  /** The same client with calls that return {@link java.util.concurrent.CompletableFuture}s. */
  public ChoreoClientAsync async() {
    return async;
  }

  /**
   * A client with this one's settings changed by {@code change}, such as another timeout or key, sharing
   * its connection pool and threads: closing it releases nothing, and closing this client ends both.
   */
  public ChoreoClient withOptions(Consumer<Builder> change) {
    return withOptions(builder(), change);
  }

  /** Builds a {@link ChoreoClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder, ChoreoClient> {
    private Builder() {
      super(ChoreoEndpoints.PROFILE, "CHOREOAI_API_KEY", "CHOREOAI_BASE_URL", ChoreoClient::new);
    }

  }
}
