package io.modelsdk.root;

import io.modelsdk.core.Creates;
import io.modelsdk.core.ListsWithParams;
import io.modelsdk.core.Models;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingResponse;

/**
 * Root Signals' models resource, called synchronously: the calls every vendor has, plus a list with
 * {@link RootModelListParams} and {@code create}.
 *
 * <pre>{@code
 * String id = root.models().create(RootModelCreateParams.builder().name("my-gpt").model("gpt-4-turbo").build());
 * RootModel m = root.models().retrieve(id);
 * for (RootModel each : root.models().list(RootModelListParams.builder().limit(50).build()).autoPager()) { }
 * root.models().delete(id);   // answers null: Root Signals answers 204 with no body
 * }</pre>
 *
 * <p>{@code delete} answers {@code null} ({@link Void}); it either succeeds or throws.
 */
public interface RootModels extends Models<RootModel, Void>,
    ListsWithParams<RootModelListParams, RootModel>,
    Creates<RootModelCreateParams, String> {
  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link RootModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends Models.WithRawResponse<RootModel, Void>,
      ListsWithParams.Raw<RootModelListParams, RootModel>,
      Creates.Raw<RootModelCreateParams, RootModel> {}

  /** The calls of {@link RootModels}, each answering a {@link StreamingResponse} that must be closed. */
  interface WithStreamingResponse extends Models.WithStreamingResponse<RootModel, Void>,
      ListsWithParams.Streaming<RootModelListParams, RootModel>,
      Creates.Streaming<RootModelCreateParams, RootModel> {}
}
