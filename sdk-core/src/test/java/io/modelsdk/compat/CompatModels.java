package io.modelsdk.compat;

import io.modelsdk.core.Creates;
import io.modelsdk.core.Models;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingResponse;

/** The compat server's models, called synchronously: list, retrieve, and create. */
public interface CompatModels extends Models<CompatModel, Void>, Creates<CompatModelCreateParams, CompatModel> {
  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link CompatModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends Models.WithRawResponse<CompatModel, Void>,
      Creates.Raw<CompatModelCreateParams, CompatModel> {}

  /** The calls of {@link CompatModels}, each answering a {@link StreamingResponse} that must be closed. */
  interface WithStreamingResponse extends Models.WithStreamingResponse<CompatModel, Void>,
      Creates.Streaming<CompatModelCreateParams, CompatModel> {}
}
