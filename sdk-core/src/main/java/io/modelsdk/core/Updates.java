package io.modelsdk.core;

import java.util.concurrent.CompletableFuture;

/**
 * A vendor's update operation, {@code update(id, params)}, in every calling mode: mixed into a vendor's
 * models interfaces.
 *
 * <pre>{@code
 * ScaleModel m = scale.models().update("mi_123", ScaleModelUpdateParams.builder().description("tuned").build());
 * }</pre>
 *
 * <p>A blank id, {@code .} or {@code ..} throws {@link IllegalArgumentException} before any I/O. The nested
 * interfaces are the same call in the other calling modes.
 *
 * @param <P> the update parameters
 * @param <T> what the typed call answers
 */
public interface Updates<P, T> {
  /** Changes a model. */
  default T update(String id, P params) {
    return update(id, params, RequestOptions.none());
  }

  /** Changes a model, with per-call options. */
  T update(String id, P params, RequestOptions options);

  /**
   * {@link Updates} answering a {@link RawResponse}.
   *
   * @param <P> the update parameters
   * @param <T> what the typed call answers
   */
  interface Raw<P, T> {
    /** Changes a model. */
    default RawResponse<T> update(String id, P params) {
      return update(id, params, RequestOptions.none());
    }

    /** Changes a model, with per-call options. */
    RawResponse<T> update(String id, P params, RequestOptions options);
  }

  /**
   * {@link Updates} answering a {@link StreamingResponse} that must be closed.
   *
   * @param <P> the update parameters
   * @param <T> the parsed answer
   */
  interface Streaming<P, T> {
    /** Changes a model. */
    default StreamingResponse<T> update(String id, P params) {
      return update(id, params, RequestOptions.none());
    }

    /** Changes a model, with per-call options. */
    StreamingResponse<T> update(String id, P params, RequestOptions options);
  }

  /**
   * {@link Updates} answering a future.
   *
   * @param <P> the update parameters
   * @param <T> the parsed answer
   */
  interface Async<P, T> {
    /** Changes a model. */
    default CompletableFuture<T> update(String id, P params) {
      return update(id, params, RequestOptions.none());
    }

    /** Changes a model, with per-call options. */
    CompletableFuture<T> update(String id, P params, RequestOptions options);
  }

  /**
   * {@link Updates} answering a future of a {@link RawResponse}.
   *
   * @param <P> the update parameters
   * @param <T> the parsed answer
   */
  interface AsyncRaw<P, T> {
    /** Changes a model. */
    default CompletableFuture<RawResponse<T>> update(String id, P params) {
      return update(id, params, RequestOptions.none());
    }

    /** Changes a model, with per-call options. */
    CompletableFuture<RawResponse<T>> update(String id, P params, RequestOptions options);
  }

  /**
   * {@link Updates} answering a future of a streaming response.
   *
   * @param <P> the update parameters
   * @param <T> the parsed answer
   */
  interface AsyncStreaming<P, T> {
    /** Changes a model. */
    default CompletableFuture<StreamingResponse<T>> update(String id, P params) {
      return update(id, params, RequestOptions.none());
    }

    /** Changes a model, with per-call options. */
    CompletableFuture<StreamingResponse<T>> update(String id, P params, RequestOptions options);
  }
}
