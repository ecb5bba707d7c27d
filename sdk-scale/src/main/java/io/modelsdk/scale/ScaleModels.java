package io.modelsdk.scale;

import io.modelsdk.core.Creates;
import io.modelsdk.core.ListsWithParams;
import io.modelsdk.core.Models;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RetrievesWithParams;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.Updates;

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
 * <p>Lists go by page number; {@link io.modelsdk.core.Page#autoPager()} walks on while
 * {@code current_page * items_per_page < total_item_count} and the page is not empty.
 */
public interface ScaleModels extends Models<ScaleModel, ScaleModelDeleted>,
    ListsWithParams<ScaleModelListParams, ScaleModel>,
    RetrievesWithParams<ScaleModelRetrieveParams, ScaleModel>,
    Creates<ScaleModelCreateParams, ScaleModel>,
    Updates<ScaleModelUpdateParams, ScaleModel> {
  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link ScaleModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends Models.WithRawResponse<ScaleModel, ScaleModelDeleted>,
      ListsWithParams.Raw<ScaleModelListParams, ScaleModel>,
      RetrievesWithParams.Raw<ScaleModelRetrieveParams, ScaleModel>,
      Creates.Raw<ScaleModelCreateParams, ScaleModel>,
      Updates.Raw<ScaleModelUpdateParams, ScaleModel> {}

  /** The calls of {@link ScaleModels}, each answering a {@link StreamingResponse} that must be closed. */
  interface WithStreamingResponse extends Models.WithStreamingResponse<ScaleModel, ScaleModelDeleted>,
      ListsWithParams.Streaming<ScaleModelListParams, ScaleModel>,
      RetrievesWithParams.Streaming<ScaleModelRetrieveParams, ScaleModel>,
      Creates.Streaming<ScaleModelCreateParams, ScaleModel>,
      Updates.Streaming<ScaleModelUpdateParams, ScaleModel> {}
}
