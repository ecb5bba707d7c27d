package io.modelsdk.core;

import java.util.concurrent.CompletableFuture;

/**
 * A vendor's list with parameters (page size, filters, sort order), {@code list(params)}, in every calling
 * mode: mixed into a vendor's models interfaces beside the plain {@code list()}.
 *
 * <pre>{@code
 * for (ScaleModel m : scale.models().list(ScaleModelListParams.builder().limit(500).build()).autoPager()) { }
 * }</pre>
 *
 * <p>Per-call options also apply to the following pages. The nested interfaces are the same call in the
 * other calling modes.
 *
 * @param <P> the list parameters
 * @param <M> the vendor's model type
 */
public interface ListsWithParams<P, M> {
  /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters. */
  default Page<M> list(P params) {
    return list(params, RequestOptions.none());
  }

  /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters, with per-call options. */
  Page<M> list(P params, RequestOptions options);

  /**
   * {@link ListsWithParams} answering a {@link RawResponse}.
   *
   * @param <P> the list parameters
   * @param <M> the vendor's model type
   */
  interface Raw<P, M> {
    /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters. */
    default RawResponse<Page<M>> list(P params) {
      return list(params, RequestOptions.none());
    }

    /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters, with per-call options. */
    RawResponse<Page<M>> list(P params, RequestOptions options);
  }

  /**
   * {@link ListsWithParams} answering a {@link StreamingListResponse} that must be closed.
   *
   * @param <P> the list parameters
   * @param <M> the vendor's model type
   */
  interface Streaming<P, M> {
    /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters. */
    default StreamingListResponse<M> list(P params) {
      return list(params, RequestOptions.none());
    }

    /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters, with per-call options. */
    StreamingListResponse<M> list(P params, RequestOptions options);
  }

  /**
   * {@link ListsWithParams} answering a future.
   *
   * @param <P> the list parameters
   * @param <M> the vendor's model type
   */
  interface Async<P, M> {
    /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters. */
    default CompletableFuture<AsyncPage<M>> list(P params) {
      return list(params, RequestOptions.none());
    }

    /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters, with per-call options. */
    CompletableFuture<AsyncPage<M>> list(P params, RequestOptions options);
  }

  /**
   * {@link ListsWithParams} answering a future of a {@link RawResponse}.
   *
   * @param <P> the list parameters
   * @param <M> the vendor's model type
   */
  interface AsyncRaw<P, M> {
    /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters. */
    default CompletableFuture<RawResponse<AsyncPage<M>>> list(P params) {
      return list(params, RequestOptions.none());
    }

    /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters, with per-call options. */
    CompletableFuture<RawResponse<AsyncPage<M>>> list(P params, RequestOptions options);
  }

  /**
   * {@link ListsWithParams} answering a future of a streaming response.
   *
   * @param <P> the list parameters
   * @param <M> the vendor's model type
   */
  interface AsyncStreaming<P, M> {
    /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters. */
    default CompletableFuture<StreamingListResponse<M>> list(P params) {
      return list(params, RequestOptions.none());
    }

    /** Lists the models {@code params} selects: the first page, from which the auto-pager walks on with the same parameters, with per-call options. */
    CompletableFuture<StreamingListResponse<M>> list(P params, RequestOptions options);
  }
}
