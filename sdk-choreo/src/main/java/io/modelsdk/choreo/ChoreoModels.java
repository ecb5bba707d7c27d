package io.modelsdk.choreo;

import io.modelsdk.core.ListsWithParams;
import io.modelsdk.core.Models;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingResponse;

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
 * {@code model_not_found} error is a real answer and does not list; it is a
 * {@link io.modelsdk.core.errors.NotFoundException} on any 4xx (the gateway documents a 400), so one
 * {@code catch (NotFoundException e)} serves whichever status the gateway picks. A
 * {@code provider_not_configured} error, with 400 or 502, is a {@link ProviderNotConfiguredException} and is
 * never retried. Delete throws
 * {@link io.modelsdk.core.errors.OperationNotSupportedException} before any I/O; its answer type is
 * {@link Void} for that reason.
 */
public interface ChoreoModels extends Models<ChoreoModel, Void>, ListsWithParams<ChoreoModelListParams, ChoreoModel> {
  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link ChoreoModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends Models.WithRawResponse<ChoreoModel, Void>,
      ListsWithParams.Raw<ChoreoModelListParams, ChoreoModel> {}

  /** The calls of {@link ChoreoModels}, each answering a {@link StreamingResponse} that must be closed. */
  interface WithStreamingResponse extends Models.WithStreamingResponse<ChoreoModel, Void>,
      ListsWithParams.Streaming<ChoreoModelListParams, ChoreoModel> {}
}
