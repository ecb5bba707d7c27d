package io.modelsdk.atoma;

import io.modelsdk.atoma.internal.AtomaEndpoints;
import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.ModelsClient;
import io.modelsdk.core.Models;
import java.util.function.Consumer;

/**
 * A client for the models API of an Atoma proxy: Atoma's own at {@code https://api.atoma.network}, or a
 * self-hosted one.
 *
 * <pre>{@code
 * try (AtomaClient atoma = AtomaClient.fromEnv()) {
 *   for (AtomaModel m : atoma.models().list().autoPager()) {
 *     System.out.println(m.id());
 *   }
 *   AtomaModel llama = atoma.models().retrieve("meta-llama/Llama-3.3-70B-Instruct");
 * }
 * }</pre>
 *
 * <p>Atoma documents one models call, {@code GET /v1/models}, answering every model in a single page.
 * {@code retrieve} therefore lists the models and picks the one with the id (one request), and throws
 * {@link io.modelsdk.core.errors.NotFoundException} when the list does not hold it. Atoma has no delete:
 * {@code delete} throws {@link io.modelsdk.core.errors.OperationNotSupportedException} before any I/O,
 * and its answer type is {@link Void}. Atoma sends no request-id header, so {@code requestId()} is
 * always empty.
 *
 * <p>Errors carry Atoma's code in {@code vendorCode()}. A 402 ({@code BALANCE_ERROR}) is an
 * {@link InsufficientBalanceException}; it and a 501 ({@code NOT_IMPLEMENTED}) are never retried, while
 * 429 and the other 5xx are. The module's README has the table of every status atoma-proxy sends.
 *
 * <p>Clients are thread-safe and should be shared: each holds a connection pool and threads. Close it
 * when done; a client never shuts down an OkHttpClient it was given.
 */
public final class AtomaClient extends ModelsClient<Models<AtomaModel, Void>, AsyncModels<AtomaModel, Void>> {
  private final AtomaClientAsync async;

  private AtomaClient(Builder builder) {
    super(builder, AtomaEndpoints.MODELS, Models.class, AsyncModels.class);
    this.async = new AtomaClientAsync(this::asyncModels);
  }

  /** Returns a builder with Atoma's defaults (base URL {@code https://api.atoma.network}). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client whose key comes from {@code ATOMASDK_BEARER_AUTH}, the variable Atoma's own SDKs read, and
   * whose base URL comes from {@code ATOMA_BASE_URL} when set (a self-hosted proxy). Atoma names no
   * base-URL variable; that name is this SDK's, as {@code CHOREOAI_BASE_URL} is for ChoreoAI.
   *
   * @throws IllegalStateException if {@code ATOMASDK_BEARER_AUTH} is not set
   */
  public static AtomaClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * The models resource: list and retrieve ({@code operations()} is {@code [LIST, RETRIEVE]}).
   *
   * <p>Retrieve lists the models and filters by id, since Atoma documents no retrieve endpoint; a
   * missing id is a {@link io.modelsdk.core.errors.NotFoundException}. Delete is not supported and
   * throws {@link io.modelsdk.core.errors.OperationNotSupportedException} before any I/O; the
   * {@code Void} type parameter says it never answers.
   */
  @Override
  public Models<AtomaModel, Void> models() {
    return super.models();
  }

  /** The same client with calls that return {@link java.util.concurrent.CompletableFuture}s. */
  public AtomaClientAsync async() {
    return async;
  }

  /**
   * A client with this one's settings changed by {@code change}, such as another timeout or key, sharing
   * its connection pool and threads: closing it releases nothing, and closing this client ends both.
   */
  public AtomaClient withOptions(Consumer<Builder> change) {
    return withOptions(builder(), change);
  }

  /** Builds an {@link AtomaClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder, AtomaClient> {
    private Builder() {
      super(AtomaEndpoints.PROFILE, "ATOMASDK_BEARER_AUTH", "ATOMA_BASE_URL", AtomaClient::new);
    }

  }
}
