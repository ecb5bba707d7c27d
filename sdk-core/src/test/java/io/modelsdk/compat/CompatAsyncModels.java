package io.modelsdk.compat;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Creates;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingResponse;

/** The compat server's models, called asynchronously. */
public interface CompatAsyncModels extends AsyncModels<CompatModel, Void>,
    Creates.Async<CompatModelCreateParams, CompatModel> {
  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link CompatAsyncModels}, each answering a future of a {@link RawResponse}. */
  interface WithRawResponse extends AsyncModels.WithRawResponse<CompatModel, Void>,
      Creates.AsyncRaw<CompatModelCreateParams, CompatModel> {}

  /**
   * The calls of {@link CompatAsyncModels}, each answering a future of a {@link StreamingResponse} that must be
   * closed.
   */
  interface WithStreamingResponse extends AsyncModels.WithStreamingResponse<CompatModel, Void>,
      Creates.AsyncStreaming<CompatModelCreateParams, CompatModel> {}
}
