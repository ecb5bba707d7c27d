package io.modelsdk.compat;

import io.modelsdk.core.Models;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingResponse;

/** The compat server's models, called synchronously: list, retrieve, and create. */
public interface CompatModels extends Models<CompatModel, Void> {
  /** Creates a model. */
  CompatModel create(CompatModelCreateParams params);

  /** Creates a model, with per-call options. */
  CompatModel create(CompatModelCreateParams params, RequestOptions options);

  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link CompatModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends Models.WithRawResponse<CompatModel, Void> {
    RawResponse<CompatModel> create(CompatModelCreateParams params);

    RawResponse<CompatModel> create(CompatModelCreateParams params, RequestOptions options);
  }

  /** The calls of {@link CompatModels}, each answering a {@link StreamingResponse} that must be closed. */
  interface WithStreamingResponse extends Models.WithStreamingResponse<CompatModel, Void> {
    StreamingResponse<CompatModel> create(CompatModelCreateParams params);

    StreamingResponse<CompatModel> create(CompatModelCreateParams params, RequestOptions options);
  }
}
