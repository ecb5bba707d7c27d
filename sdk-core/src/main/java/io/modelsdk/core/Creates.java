package io.modelsdk.core;

import java.util.concurrent.CompletableFuture;

/**
 * A vendor's create operation, {@code create(params)}, in every calling mode: mixed into a vendor's models
 * interfaces, so code can create models of any vendor that offers it alike.
 *
 * <pre>{@code
 * ScaleModel m = scale.models().create(ScaleModelCreateParams.builder()...build());
 * RawResponse<ScaleModel> raw = scale.models().withRawResponse().create(params);
 * }</pre>
 *
 * <p>A create is a POST, retried only where the server cannot have acted (connection refused, 408, 429 or
 * 503 with {@code Retry-After}); otherwise a failure says the outcome is unknown. The nested interfaces
 * are the same call in the other calling modes.
 *
 * @param <P> the create parameters
 * @param <T> what the typed call answers
 */
public interface Creates<P, T> {
  /** Creates a model. */
  default T create(P params) {
    return create(params, RequestOptions.none());
  }

  /** Creates a model, with per-call options. */
  T create(P params, RequestOptions options);

  /**
   * {@link Creates} answering a {@link RawResponse}.
   *
   * @param <P> the create parameters
   * @param <T> what the typed call answers
   */
  interface Raw<P, T> {
    /** Creates a model. */
    default RawResponse<T> create(P params) {
      return create(params, RequestOptions.none());
    }

    /** Creates a model, with per-call options. */
    RawResponse<T> create(P params, RequestOptions options);
  }

  /**
   * {@link Creates} answering a {@link StreamingResponse} that must be closed.
   *
   * @param <P> the create parameters
   * @param <T> the parsed answer
   */
  interface Streaming<P, T> {
    /** Creates a model. */
    default StreamingResponse<T> create(P params) {
      return create(params, RequestOptions.none());
    }

    /** Creates a model, with per-call options. */
    StreamingResponse<T> create(P params, RequestOptions options);
  }

  /**
   * {@link Creates} answering a future.
   *
   * @param <P> the create parameters
   * @param <T> the parsed answer
   */
  interface Async<P, T> {
    /** Creates a model. */
    default CompletableFuture<T> create(P params) {
      return create(params, RequestOptions.none());
    }

    /** Creates a model, with per-call options. */
    CompletableFuture<T> create(P params, RequestOptions options);
  }

  /**
   * {@link Creates} answering a future of a {@link RawResponse}.
   *
   * @param <P> the create parameters
   * @param <T> the parsed answer
   */
  interface AsyncRaw<P, T> {
    /** Creates a model. */
    default CompletableFuture<RawResponse<T>> create(P params) {
      return create(params, RequestOptions.none());
    }

    /** Creates a model, with per-call options. */
    CompletableFuture<RawResponse<T>> create(P params, RequestOptions options);
  }

  /**
   * {@link Creates} answering a future of a streaming response.
   *
   * @param <P> the create parameters
   * @param <T> the parsed answer
   */
  interface AsyncStreaming<P, T> {
    /** Creates a model. */
    default CompletableFuture<StreamingResponse<T>> create(P params) {
      return create(params, RequestOptions.none());
    }

    /** Creates a model, with per-call options. */
    CompletableFuture<StreamingResponse<T>> create(P params, RequestOptions options);
  }
}
