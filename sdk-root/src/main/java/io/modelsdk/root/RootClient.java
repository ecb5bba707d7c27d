package io.modelsdk.root;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.ModelsClient;
import io.modelsdk.root.internal.RootEndpoints;
import java.util.function.Consumer;

/**
 * A client for Root Signals' models API ({@code /v1/models/}): list with cursor paging, retrieve,
 * create, update, verify and delete.
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
public final class RootClient extends ModelsClient<RootModels, RootAsyncModels> {
  private final RootClientAsync async;

  private RootClient(Builder builder) {
    super(builder, RootEndpoints.MODELS, RootModels.class, RootAsyncModels.class);
    this.async = new RootClientAsync(this::asyncModels);
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

  /** The models resource: list, retrieve, create, update, verify, delete. */
  @Override
  public RootModels models() {
    return super.models();
  }

  /** The same client with calls that return {@link java.util.concurrent.CompletableFuture}s. */
  public RootClientAsync async() {
    return async;
  }

  /**
   * A client with this one's settings changed by {@code change}, such as another timeout or key, sharing
   * its connection pool and threads: closing it releases nothing, and closing this client ends both.
   */
  public RootClient withOptions(Consumer<Builder> change) {
    return withOptions(builder(), change);
  }

  /** Builds a {@link RootClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder, RootClient> {
    private Builder() {
      super(RootEndpoints.PROFILE, "ROOTSIGNALS_API_KEY", "ROOTSIGNALS_API_URL", RootClient::new);
    }
  }
}
