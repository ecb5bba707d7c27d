package io.modelsdk.core;

import java.util.Set;

/**
 * The models resource of one vendor, called synchronously.
 *
 * <pre>{@code
 * OpenAiModel m          = client.models().retrieve("gpt-4o");
 * Page<OpenAiModel> page = client.models().list();
 * ModelDeleted gone      = client.models().delete("ft:gpt-4o-mini:org::abc");
 * }</pre>
 *
 * <p>Every call has an overload taking {@link RequestOptions} that override the client's timeout,
 * retries, headers and query for that call only. An operation the vendor lacks (see
 * {@link #operations()}) throws {@link io.modelsdk.core.errors.OperationNotSupportedException} before
 * any I/O. Failures throw subclasses of {@link io.modelsdk.core.errors.SdkException}.
 *
 * @param <M> the vendor's model type
 * @param <D> what the vendor answers to a delete
 */
public interface Models<M extends Model, D> {
  /** The operations this vendor supports. */
  Set<Operation> operations();

  /**
   * Retrieves one model.
   *
   * @throws IllegalArgumentException if {@code id} is blank, {@code .} or {@code ..}
   * @throws io.modelsdk.core.errors.NotFoundException if the vendor has no such model
   */
  default M retrieve(String id) {
    return retrieve(id, RequestOptions.none());
  }

  /** Retrieves one model, with per-call options. */
  M retrieve(String id, RequestOptions options);

  /** Lists the models: the first page, from which {@link Page#autoPager()} walks the rest. */
  default Page<M> list() {
    return list(RequestOptions.none());
  }

  /** Lists the models, with per-call options that also apply to the following pages. */
  Page<M> list(RequestOptions options);

  /**
   * Deletes one model.
   *
   * @throws IllegalArgumentException if {@code id} is blank, {@code .} or {@code ..}
   */
  default D delete(String id) {
    return delete(id, RequestOptions.none());
  }

  /** Deletes one model, with per-call options. */
  D delete(String id, RequestOptions options);

  /** The same calls, answering with status, headers and a lazily parsed body. */
  WithRawResponse<M, D> withRawResponse();

  /** The same calls, answering before the body is read. */
  WithStreamingResponse<M, D> withStreamingResponse();

  /**
   * The calls of {@link Models}, each answering a {@link RawResponse}.
   *
   * @param <M> the vendor's model type
   * @param <D> what the vendor answers to a delete
   */
  interface WithRawResponse<M extends Model, D> {
    /** Retrieves one model. */
    default RawResponse<M> retrieve(String id) {
      return retrieve(id, RequestOptions.none());
    }

    /** Retrieves one model, with per-call options. */
    RawResponse<M> retrieve(String id, RequestOptions options);

    /** Lists the models. */
    default RawResponse<Page<M>> list() {
      return list(RequestOptions.none());
    }

    /** Lists the models, with per-call options. */
    RawResponse<Page<M>> list(RequestOptions options);

    /** Deletes one model. */
    default RawResponse<D> delete(String id) {
      return delete(id, RequestOptions.none());
    }

    /** Deletes one model, with per-call options. */
    RawResponse<D> delete(String id, RequestOptions options);
  }

  /**
   * The calls of {@link Models}, each answering a {@link StreamingResponse} that must be closed.
   *
   * @param <M> the vendor's model type
   * @param <D> what the vendor answers to a delete
   */
  interface WithStreamingResponse<M extends Model, D> {
    /** Retrieves one model. */
    default StreamingResponse<M> retrieve(String id) {
      return retrieve(id, RequestOptions.none());
    }

    /** Retrieves one model, with per-call options. */
    StreamingResponse<M> retrieve(String id, RequestOptions options);

    /** Lists the models; the response can be iterated item by item as the body arrives. */
    default StreamingListResponse<M> list() {
      return list(RequestOptions.none());
    }

    /** Lists the models, with per-call options. */
    StreamingListResponse<M> list(RequestOptions options);

    /** Deletes one model. */
    default StreamingResponse<D> delete(String id) {
      return delete(id, RequestOptions.none());
    }

    /** Deletes one model, with per-call options. */
    StreamingResponse<D> delete(String id, RequestOptions options);
  }
}
