package io.modelsdk.core;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The models resource of one vendor, called asynchronously.
 *
 * <pre>{@code
 * CompletableFuture<OpenAiModel> f = client.async().models().retrieve("gpt-4o");
 * }</pre>
 *
 * <p>Futures complete on the client's callback executor, never on OkHttp's threads. Cancelling a future
 * cancels the HTTP call and any pending retry backoff. Bad input, unsupported operations and calls on a
 * closed client ({@link IllegalStateException}) throw at once, before a future is returned; every other
 * failure completes the future exceptionally with an {@link io.modelsdk.core.errors.SdkException}.
 *
 * @param <M> the vendor's model type
 * @param <D> what the vendor answers to a delete
 */
public interface AsyncModels<M extends Model, D> {
  /** The operations this vendor supports. */
  Set<Operation> operations();

  /** Retrieves one model. */
  default CompletableFuture<M> retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /** Retrieves one model, with per-call options. */
  CompletableFuture<M> retrieve(String id, RequestOptions options);

  /** Lists the models: the first page. */
  default CompletableFuture<AsyncPage<M>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the models, with per-call options that also apply to the following pages. */
  CompletableFuture<AsyncPage<M>> list(RequestOptions options);

  /** Deletes one model. */
  default CompletableFuture<D> delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /** Deletes one model, with per-call options. */
  CompletableFuture<D> delete(String id, RequestOptions options);

  /** The same calls, answering with status, headers and a lazily parsed body. */
  WithRawResponse<M, D> withRawResponse();

  /** The same calls, answering as soon as the headers arrive. */
  WithStreamingResponse<M, D> withStreamingResponse();

  /**
   * The calls of {@link AsyncModels}, each answering a {@link RawResponse}.
   *
   * @param <M> the vendor's model type
   * @param <D> what the vendor answers to a delete
   */
  interface WithRawResponse<M extends Model, D> {
    /** Retrieves one model. */
    default CompletableFuture<RawResponse<M>> retrieve(String id) {
      return retrieve(id, RequestOptions.none());
    }

    /** Retrieves one model, with per-call options. */
    CompletableFuture<RawResponse<M>> retrieve(String id, RequestOptions options);

    /** Lists the models. */
    default CompletableFuture<RawResponse<AsyncPage<M>>> list() {
      return list(RequestOptions.none());
    }

    /** Lists the models, with per-call options. */
    CompletableFuture<RawResponse<AsyncPage<M>>> list(RequestOptions options);

    /** Deletes one model. */
    default CompletableFuture<RawResponse<D>> delete(String id) {
      return delete(id, RequestOptions.none());
    }

    /** Deletes one model, with per-call options. */
    CompletableFuture<RawResponse<D>> delete(String id, RequestOptions options);
  }

  /**
   * The calls of {@link AsyncModels}, each answering a {@link StreamingResponse} that must be closed.
   *
   * @param <M> the vendor's model type
   * @param <D> what the vendor answers to a delete
   */
  interface WithStreamingResponse<M extends Model, D> {
    /** Retrieves one model. */
    default CompletableFuture<StreamingResponse<M>> retrieve(String id) {
      return retrieve(id, RequestOptions.none());
    }

    /** Retrieves one model, with per-call options. */
    CompletableFuture<StreamingResponse<M>> retrieve(String id, RequestOptions options);

    /** Lists the models; the response can be iterated item by item as the body arrives. */
    default CompletableFuture<StreamingListResponse<M>> list() {
      return list(RequestOptions.none());
    }

    /** Lists the models, with per-call options. */
    CompletableFuture<StreamingListResponse<M>> list(RequestOptions options);

    /** Deletes one model. */
    default CompletableFuture<StreamingResponse<D>> delete(String id) {
      return delete(id, RequestOptions.none());
    }

    /** Deletes one model, with per-call options. */
    CompletableFuture<StreamingResponse<D>> delete(String id, RequestOptions options);
  }
}
