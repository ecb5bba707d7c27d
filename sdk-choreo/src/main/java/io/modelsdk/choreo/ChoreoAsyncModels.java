package io.modelsdk.choreo;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import java.util.concurrent.CompletableFuture;

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
public interface ChoreoAsyncModels extends AsyncModels<ChoreoModel, Void> {
  /** Lists the models {@code params} selects. */
  default CompletableFuture<AsyncPage<ChoreoModel>> list(ChoreoModelListParams params) {
    return list(params, RequestOptions.none());
  }

  /** Lists the models {@code params} selects, with per-call options. */
  CompletableFuture<AsyncPage<ChoreoModel>> list(ChoreoModelListParams params, RequestOptions options);

  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link ChoreoAsyncModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends AsyncModels.WithRawResponse<ChoreoModel, Void> {
    /** Lists the models {@code params} selects. */
    default CompletableFuture<RawResponse<AsyncPage<ChoreoModel>>> list(ChoreoModelListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Lists the models {@code params} selects, with per-call options. */
    CompletableFuture<RawResponse<AsyncPage<ChoreoModel>>> list(ChoreoModelListParams params, RequestOptions options);
  }

  /** The calls of {@link ChoreoAsyncModels}, each answering a response that must be closed. */
  interface WithStreamingResponse extends AsyncModels.WithStreamingResponse<ChoreoModel, Void> {
    /** Lists the models {@code params} selects, item by item as the body arrives. */
    default CompletableFuture<StreamingListResponse<ChoreoModel>> list(ChoreoModelListParams params) {
      return list(params, RequestOptions.none());
    }

    /** Lists the models {@code params} selects, with per-call options. */
    CompletableFuture<StreamingListResponse<ChoreoModel>> list(ChoreoModelListParams params,
        RequestOptions options);
  }
}
