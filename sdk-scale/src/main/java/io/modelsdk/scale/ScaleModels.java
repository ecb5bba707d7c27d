package io.modelsdk.scale;

import io.modelsdk.core.Models;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;

/**
 * Scale's models resource, called synchronously: the calls every vendor has, plus list and retrieve
 * with parameters, create and update.
 *
 * <pre>{@code
 * ScaleModels models = scale.models();
 * for (ScaleModel m : models.list(ScaleModelListParams.builder().limit(500).build()).autoPager()) { ... }
 * ScaleModel created = models.create(ScaleModelCreateParams.builder()
 *     .accountId("acc_123").modelType(ScaleModelType.COMPLETION).name("my-model").build());
 * models.update(created.id(), ScaleModelUpdateParams.builder().description("tuned").build());
 * ScaleModelDeleted gone = models.delete(created.id());
 * }</pre>
 *
 * <p>Lists go by page number; {@link Page#autoPager()} walks on while
 * {@code current_page * items_per_page < total_item_count} and the page is not empty.
 */
public interface ScaleModels extends Models<ScaleModel, ScaleModelDeleted> {
  /** Lists one page of models; {@link Page#autoPager()} walks the following ones with the same parameters. */
  Page<ScaleModel> list(ScaleModelListParams params);

  /** Lists one page of models, with per-call options that also apply to the following pages. */
  Page<ScaleModel> list(ScaleModelListParams params, RequestOptions options);

  /** Retrieves one model with the views asked for. */
  ScaleModel retrieve(String id, ScaleModelRetrieveParams params);

  /** Retrieves one model with the views asked for, with per-call options. */
  ScaleModel retrieve(String id, ScaleModelRetrieveParams params, RequestOptions options);

  /**
   * Creates a model. A POST is retried only where the server cannot have acted on it (connection
   * refused, 408, 429 or 503 with {@code Retry-After}).
   */
  ScaleModel create(ScaleModelCreateParams params);

  /** Creates a model, with per-call options. */
  ScaleModel create(ScaleModelCreateParams params, RequestOptions options);

  /**
   * Changes the fields of a model that {@code params} sets.
   *
   * @throws IllegalArgumentException if {@code id} is blank, {@code .} or {@code ..}
   */
  ScaleModel update(String id, ScaleModelUpdateParams params);

  /** Changes a model, with per-call options. */
  ScaleModel update(String id, ScaleModelUpdateParams params, RequestOptions options);

  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link ScaleModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends Models.WithRawResponse<ScaleModel, ScaleModelDeleted> {
    /** Lists one page of models. */
    RawResponse<Page<ScaleModel>> list(ScaleModelListParams params);

    /** Lists one page of models, with per-call options. */
    RawResponse<Page<ScaleModel>> list(ScaleModelListParams params, RequestOptions options);

    /** Retrieves one model with views. */
    RawResponse<ScaleModel> retrieve(String id, ScaleModelRetrieveParams params);

    /** Retrieves one model with views, with per-call options. */
    RawResponse<ScaleModel> retrieve(String id, ScaleModelRetrieveParams params, RequestOptions options);

    /** Creates a model. */
    RawResponse<ScaleModel> create(ScaleModelCreateParams params);

    /** Creates a model, with per-call options. */
    RawResponse<ScaleModel> create(ScaleModelCreateParams params, RequestOptions options);

    /** Changes a model. */
    RawResponse<ScaleModel> update(String id, ScaleModelUpdateParams params);

    /** Changes a model, with per-call options. */
    RawResponse<ScaleModel> update(String id, ScaleModelUpdateParams params, RequestOptions options);
  }

  /** The calls of {@link ScaleModels}, each answering a {@link StreamingResponse} that must be closed. */
  interface WithStreamingResponse extends Models.WithStreamingResponse<ScaleModel, ScaleModelDeleted> {
    /** Lists one page of models, to be iterated item by item as the body arrives. */
    StreamingListResponse<ScaleModel> list(ScaleModelListParams params);

    /** Lists one page of models, with per-call options. */
    StreamingListResponse<ScaleModel> list(ScaleModelListParams params, RequestOptions options);

    /** Retrieves one model with views. */
    StreamingResponse<ScaleModel> retrieve(String id, ScaleModelRetrieveParams params);

    /** Retrieves one model with views, with per-call options. */
    StreamingResponse<ScaleModel> retrieve(String id, ScaleModelRetrieveParams params, RequestOptions options);

    /** Creates a model. */
    StreamingResponse<ScaleModel> create(ScaleModelCreateParams params);

    /** Creates a model, with per-call options. */
    StreamingResponse<ScaleModel> create(ScaleModelCreateParams params, RequestOptions options);

    /** Changes a model. */
    StreamingResponse<ScaleModel> update(String id, ScaleModelUpdateParams params);

    /** Changes a model, with per-call options. */
    StreamingResponse<ScaleModel> update(String id, ScaleModelUpdateParams params, RequestOptions options);
  }
}
