package io.modelsdk.root;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.http.ClientOptions;
import io.modelsdk.core.spi.VendorClient;
import io.modelsdk.root.internal.RootEndpoints;
import java.util.function.Function;

/**
 * A client for Root Signals' models API ({@code /v1/models/}): list with cursor paging, retrieve,
 * create and delete.
 *
 * <pre>{@code
 * try (RootClient root = RootClient.fromEnv()) {
 *   for (RootModel m : root.models().list().autoPager()) {
 *     System.out.println(m.id() + " " + m.name());
 *   }
 * }
 * }</pre>
 *
 * <p>The key travels as {@code Authorization: Api-Key <key>}. Clients are thread-safe and should be
 * shared: each holds a connection pool and threads. Close it when done; a client never shuts down an
 * OkHttpClient it was given.
 */
public final class RootClient extends VendorClient<RootModels, RootAsyncModels> {
  private final RootClientAsync async;

  private RootClient(ClientOptions options) {
    super(RootEndpoints.PROFILE, options, RootEndpoints.MODELS, RootModels.class, RootAsyncModels.class);
    this.async = new RootClientAsync(asyncModels());
  }

  /** Returns a builder with Root Signals' defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code ROOTSIGNALS_API_KEY} and {@code ROOTSIGNALS_API_URL}.
   *
   * @throws IllegalStateException if {@code ROOTSIGNALS_API_KEY} is not set
   */
  public static RootClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** The models resource: list, retrieve, create, delete. */
  @Override
  public RootModels models() {
    return super.models();
  }

  /** The same client with calls that return {@link java.util.concurrent.CompletableFuture}s. */
  public RootClientAsync async() {
    return async;
  }

  /** Builds a {@link RootClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {}

    /** Reads {@code ROOTSIGNALS_API_KEY} and {@code ROOTSIGNALS_API_URL}. */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    Builder fromEnv(Function<String, String> env) {
      return fromEnvironment(env, "ROOTSIGNALS_API_KEY", "ROOTSIGNALS_API_URL");
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if no API key was set, or the base URL is plain http to a remote
     *     host without {@code allowInsecureHttp(true)}
     */
    public RootClient build() {
      ClientOptions options = options(RootEndpoints.PROFILE.defaultBaseUrl(),
          "set ROOTSIGNALS_API_KEY or call apiKey(...)");
      return new RootClient(options);
    }

    @Override
    public String toString() {
      return "RootClient.Builder{}";
    }
  }
}
