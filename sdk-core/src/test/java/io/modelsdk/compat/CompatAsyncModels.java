package io.modelsdk.compat;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingResponse;
import java.util.concurrent.CompletableFuture;

/** The compat server's models, called asynchronously. */
public interface CompatAsyncModels extends AsyncModels<CompatModel, Void> {
  /** Creates a model. */
  CompletableFuture<CompatModel> create(CompatModelCreateParams params);

  /** Creates a model, with per-call options. */
  CompletableFuture<CompatModel> create(CompatModelCreateParams params, RequestOptions options);

  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link CompatAsyncModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends AsyncModels.WithRawResponse<CompatModel, Void> {
    CompletableFuture<RawResponse<CompatModel>> create(CompatModelCreateParams params);

    CompletableFuture<RawResponse<CompatModel>> create(CompatModelCreateParams params, RequestOptions options);
  }

  /** The calls of {@link CompatAsyncModels}, each answering a {@link StreamingResponse}. */
  interface WithStreamingResponse extends AsyncModels.WithStreamingResponse<CompatModel, Void> {
    CompletableFuture<StreamingResponse<CompatModel>> create(CompatModelCreateParams params);

    CompletableFuture<StreamingResponse<CompatModel>> create(CompatModelCreateParams params, RequestOptions options);
  }
}
