package io.modelsdk.choreo;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.ListsWithParams;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingResponse;

/**
 * The gateway's models, called asynchronously; the same operations as {@link ChoreoModels}.
 *
 * <pre>{@code
 * CompletableFuture<AsyncPage<ChoreoModel>> f = choreo.async().models()
 *     .list(ChoreoModelListParams.builder().ownedBy("openai").build());
 * }</pre>
 *
 * <p>Cancelling a future cancels the HTTP call.
 */
public interface ChoreoAsyncModels extends AsyncModels<ChoreoModel, Void>,
    ListsWithParams.Async<ChoreoModelListParams, ChoreoModel> {
  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link ChoreoAsyncModels}, each answering a future of a {@link RawResponse}. */
  interface WithRawResponse extends AsyncModels.WithRawResponse<ChoreoModel, Void>,
      ListsWithParams.AsyncRaw<ChoreoModelListParams, ChoreoModel> {}

  /**
   * The calls of {@link ChoreoAsyncModels}, each answering a future of a {@link StreamingResponse} that must be
   * closed.
   */
  interface WithStreamingResponse extends AsyncModels.WithStreamingResponse<ChoreoModel, Void>,
      ListsWithParams.AsyncStreaming<ChoreoModelListParams, ChoreoModel> {}
}
