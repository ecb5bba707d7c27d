package io.modelsdk.scale;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.ModelsClient;
import io.modelsdk.scale.internal.ScaleEndpoints;
import java.util.function.Consumer;
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
public final class ScaleClient extends ModelsClient<ScaleModels, ScaleAsyncModels> {
  private final ScaleClientAsync async;

  private ScaleClient(Builder builder) {
    super(builder, ScaleEndpoints.MODELS, ScaleModels.class, ScaleAsyncModels.class);
    this.async = new ScaleClientAsync(this::asyncModels);
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
  @Override
  public ScaleModels models() {
    return super.models();
  }

  /** The same client with calls that return {@link java.util.concurrent.CompletableFuture}s. */
  public ScaleClientAsync async() {
    return async;
  }

  /**
   * A client with this one's settings changed by {@code change}, such as another timeout or key, sharing
   * its connection pool and threads: closing it releases nothing, and closing this client ends both.
   */
  public ScaleClient withOptions(Consumer<Builder> change) {
    return withOptions(builder(), change);
  }

  /** Builds a {@link ScaleClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder, ScaleClient> {
    private String accountId;

    private Builder() {
      super(ScaleEndpoints.PROFILE, "SGP_API_KEY", "SGP_CLIENT_BASE_URL", ScaleClient::new);
    }

    /** Reads {@code SGP_API_KEY}, {@code SGP_ACCOUNT_ID} and {@code SGP_CLIENT_BASE_URL}. */
    @Override
    public Builder fromEnv(Function<String, String> env) {
      super.fromEnv(env);
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

    @Override
    public String toString() {
      return "ScaleClient.Builder{accountId=" + accountId + "}";
    }
  }
}
