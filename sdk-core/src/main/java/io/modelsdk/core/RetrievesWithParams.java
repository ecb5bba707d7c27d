package io.modelsdk.core;

import java.util.concurrent.CompletableFuture;

/**
 * A vendor's retrieve with parameters, {@code retrieve(id, params)}, in every calling mode: mixed into a
 * vendor's models interfaces beside the plain {@code retrieve(id)}.
 *
 * <pre>{@code
 * ScaleModel m = scale.models().retrieve("mi_123", ScaleModelRetrieveParams.builder().addView(ScaleModelView.DEPLOYMENTS).build());
 * }</pre>
 *
 * <p>A blank id, {@code .} or {@code ..} throws {@link IllegalArgumentException} before any I/O. The nested
 * interfaces are the same call in the other calling modes.
 *
 * @param <P> the retrieve parameters
 * @param <M> the vendor's model type
 */
public interface RetrievesWithParams<P, M> {
  /** Retrieves one model, with what {@code params} asks for (such as extra views). */
  default M retrieve(String id, P params) {
    return retrieve(id, params, RequestOptions.none());
  }

  /** Retrieves one model, with what {@code params} asks for (such as extra views), with per-call options. */
  M retrieve(String id, P params, RequestOptions options);

  /**
   * {@link RetrievesWithParams} answering a {@link RawResponse}.
   *
   * @param <P> the retrieve parameters
   * @param <M> the vendor's model type
   */
  interface Raw<P, M> {
    /** Retrieves one model, with what {@code params} asks for (such as extra views). */
    default RawResponse<M> retrieve(String id, P params) {
      return retrieve(id, params, RequestOptions.none());
    }

    /** Retrieves one model, with what {@code params} asks for (such as extra views), with per-call options. */
    RawResponse<M> retrieve(String id, P params, RequestOptions options);
  }

  /**
   * {@link RetrievesWithParams} answering a {@link StreamingResponse} that must be closed.
   *
   * @param <P> the retrieve parameters
   * @param <M> the vendor's model type
   */
  interface Streaming<P, M> {
    /** Retrieves one model, with what {@code params} asks for (such as extra views). */
    default StreamingResponse<M> retrieve(String id, P params) {
      return retrieve(id, params, RequestOptions.none());
    }

    /** Retrieves one model, with what {@code params} asks for (such as extra views), with per-call options. */
    StreamingResponse<M> retrieve(String id, P params, RequestOptions options);
  }

  /**
   * {@link RetrievesWithParams} answering a future.
   *
   * @param <P> the retrieve parameters
   * @param <M> the vendor's model type
   */
  interface Async<P, M> {
    /** Retrieves one model, with what {@code params} asks for (such as extra views). */
    default CompletableFuture<M> retrieve(String id, P params) {
      return retrieve(id, params, RequestOptions.none());
    }

    /** Retrieves one model, with what {@code params} asks for (such as extra views), with per-call options. */
    CompletableFuture<M> retrieve(String id, P params, RequestOptions options);
  }

  /**
   * {@link RetrievesWithParams} answering a future of a {@link RawResponse}.
   *
   * @param <P> the retrieve parameters
   * @param <M> the vendor's model type
   */
  interface AsyncRaw<P, M> {
    /** Retrieves one model, with what {@code params} asks for (such as extra views). */
    default CompletableFuture<RawResponse<M>> retrieve(String id, P params) {
      return retrieve(id, params, RequestOptions.none());
    }

    /** Retrieves one model, with what {@code params} asks for (such as extra views), with per-call options. */
    CompletableFuture<RawResponse<M>> retrieve(String id, P params, RequestOptions options);
  }

  /**
   * {@link RetrievesWithParams} answering a future of a streaming response.
   *
   * @param <P> the retrieve parameters
   * @param <M> the vendor's model type
   */
  interface AsyncStreaming<P, M> {
    /** Retrieves one model, with what {@code params} asks for (such as extra views). */
    default CompletableFuture<StreamingResponse<M>> retrieve(String id, P params) {
      return retrieve(id, params, RequestOptions.none());
    }

    /** Retrieves one model, with what {@code params} asks for (such as extra views), with per-call options. */
    CompletableFuture<StreamingResponse<M>> retrieve(String id, P params, RequestOptions options);
  }
}
