package io.modelsdk.scale;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.internal.ClientOptions;
import io.modelsdk.core.internal.ClientRuntime;
import io.modelsdk.scale.internal.ScaleAsyncModelsImpl;
import io.modelsdk.scale.internal.ScaleEndpoints;
import io.modelsdk.scale.internal.ScaleModelsImpl;
import java.util.function.Function;

/**
 * A client for Scale GenAI Platform's models API ({@code /v4/models}).
 *
 * <pre>{@code
 * try (ScaleClient scale = ScaleClient.fromEnv()) {
 *   for (ScaleModel m : scale.models().list(ScaleModelListParams.builder().limit(500).build()).autoPager()) {
 *     System.out.println(m.id() + " " + m.name());
 *   }
 * }
 * }</pre>
 *
 * <p>The key travels in {@code x-api-key}, the selected account, when set, in
 * {@code x-selected-account-id}. Clients are thread-safe and should be shared: each holds a connection
 * pool and threads. Close it when done; a client never shuts down an OkHttpClient it was given.
 */
public final class ScaleClient implements AutoCloseable {
  private final ClientRuntime runtime;
  private final ScaleModels models;
  private final ScaleClientAsync async;

  private ScaleClient(ClientRuntime runtime) {
    this.runtime = runtime;
    this.models = new ScaleModelsImpl(runtime);
    this.async = new ScaleClientAsync(new ScaleAsyncModelsImpl(runtime));
  }

  /** Returns a builder with Scale's defaults (base URL {@code https://api.egp.scale.com}). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code SGP_API_KEY}, {@code SGP_ACCOUNT_ID} and {@code SGP_CLIENT_BASE_URL}.
   *
   * @throws IllegalStateException if {@code SGP_API_KEY} is not set
   */
  public static ScaleClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** The models resource: list, retrieve, create, update, delete. */
  public ScaleModels models() {
    return models;
  }

  /** The same client with calls that return {@link java.util.concurrent.CompletableFuture}s. */
  public ScaleClientAsync async() {
    return async;
  }

  /** Shuts down the client's own connection pool and threads; later calls fail. */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "ScaleClient{baseUrl=" + runtime.options().baseUrl() + "}";
  }

  /** Builds a {@link ScaleClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String accountId;

    private Builder() {}

    /** Reads {@code SGP_API_KEY}, {@code SGP_ACCOUNT_ID} and {@code SGP_CLIENT_BASE_URL}. */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    Builder fromEnv(Function<String, String> env) {
      fromEnvironment(env, "SGP_API_KEY", "SGP_CLIENT_BASE_URL");
      String account = env.apply("SGP_ACCOUNT_ID");
      if (account != null && !account.trim().isEmpty()) {
        accountId(account.trim());
      }
      return this;
    }

    /**
     * The account to act in, sent as {@code x-selected-account-id}, for users of several accounts.
     *
     * @throws IllegalArgumentException if it is blank or holds a control character
     */
    public Builder accountId(String accountId) {
      Checks.nonBlank(accountId, "accountId");
      header("x-selected-account-id", accountId);
      this.accountId = accountId;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if no API key was set, or the base URL is plain http to a remote
     *     host without {@code allowInsecureHttp(true)}
     */
    public ScaleClient build() {
      ClientOptions options = options(ScaleEndpoints.PROFILE.defaultBaseUrl(),
          "set SGP_API_KEY or call apiKey(...)");
      return new ScaleClient(ClientRuntime.create(ScaleEndpoints.PROFILE, options));
    }

    @Override
    public String toString() {
      return "ScaleClient.Builder{accountId=" + accountId + "}";
    }
  }
}
