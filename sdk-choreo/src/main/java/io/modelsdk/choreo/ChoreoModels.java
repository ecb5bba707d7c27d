package io.modelsdk.choreo;

import io.modelsdk.core.Models;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;

/**
 * The gateway's models, called synchronously: list (all, or by owner), retrieve; no delete.
 *
 * <pre>{@code
 * Page<ChoreoModel> all    = choreo.models().list();
 * Page<ChoreoModel> claude = choreo.models().list(ChoreoModelListParams.builder().ownedBy("anthropic").build());
 * ChoreoModel gpt4         = choreo.models().retrieve("gpt-4");
 * }</pre>
 *
 * <p>Retrieve calls the documented {@code GET /v1/models/{id}}; the gateway does not serve that route
 * and answers FastAPI's {@code 404 {"detail": "Not Found"}}, upon which retrieve lists the models and
 * picks the one with the id (a {@link io.modelsdk.core.errors.NotFoundException} if none has it). A
 * {@code model_not_found} error is a real answer and does not list. Delete throws
 * {@link io.modelsdk.core.errors.OperationNotSupportedException} before any I/O; its answer type is
 * {@link Void} for that reason.
 */
public interface ChoreoModels extends Models<ChoreoModel, Void> {
  /** Lists the models {@code params} selects. */
  default Page<ChoreoModel> list(ChoreoModelListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Lists the models {@code params} selects, with per-call options. */
  Page<ChoreoModel> list(ChoreoModelListParams params, RequestOptions options);

  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link ChoreoModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends Models.WithRawResponse<ChoreoModel, Void> {
    /** Lists the models {@code params} selects. */
    default RawResponse<Page<ChoreoModel>> list(ChoreoModelListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Lists the models {@code params} selects, with per-call options. */
    RawResponse<Page<ChoreoModel>> list(ChoreoModelListParams params, RequestOptions options);
  }

  /**
   * The calls of {@link ChoreoModels}, each answering a response that must be closed. Iterating a
   * filtered list skips the models the filter leaves out; {@code body()} is the gateway's body as sent.
   */
  interface WithStreamingResponse extends Models.WithStreamingResponse<ChoreoModel, Void> {
    /** Lists the models {@code params} selects, item by item as the body arrives. */
    default StreamingListResponse<ChoreoModel> list(ChoreoModelListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Lists the models {@code params} selects, with per-call options. */
    StreamingListResponse<ChoreoModel> list(ChoreoModelListParams params, RequestOptions options);
  }
}
