package io.modelsdk.scale;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Creates;
import io.modelsdk.core.ListsWithParams;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RetrievesWithParams;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.Updates;

/**
 * Scale's models resource, called asynchronously: the calls every vendor has, plus list and retrieve
 * with parameters, create and update. Futures complete on the client's callback executor; cancelling
 * one cancels the HTTP call. Bad input throws at once, before a future is returned.
 *
 * <pre>{@code
 * scale.async().models().list(ScaleModelListParams.builder().limit(500).build())
 *     .thenCompose(page -> page.autoPager().toList())
 *     .thenAccept(all -> System.out.println(all.size() + " models"));
 * }</pre>
 */
public interface ScaleAsyncModels extends AsyncModels<ScaleModel, ScaleModelDeleted>,
    ListsWithParams.Async<ScaleModelListParams, ScaleModel>,
    RetrievesWithParams.Async<ScaleModelRetrieveParams, ScaleModel>,
    Creates.Async<ScaleModelCreateParams, ScaleModel>,
    Updates.Async<ScaleModelUpdateParams, ScaleModel> {
  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link ScaleAsyncModels}, each answering a future of a {@link RawResponse}. */
  interface WithRawResponse extends AsyncModels.WithRawResponse<ScaleModel, ScaleModelDeleted>,
      ListsWithParams.AsyncRaw<ScaleModelListParams, ScaleModel>,
      RetrievesWithParams.AsyncRaw<ScaleModelRetrieveParams, ScaleModel>,
      Creates.AsyncRaw<ScaleModelCreateParams, ScaleModel>,
      Updates.AsyncRaw<ScaleModelUpdateParams, ScaleModel> {}

  /**
   * The calls of {@link ScaleAsyncModels}, each answering a future of a {@link StreamingResponse} that must be
   * closed.
   */
  interface WithStreamingResponse extends AsyncModels.WithStreamingResponse<ScaleModel, ScaleModelDeleted>,
      ListsWithParams.AsyncStreaming<ScaleModelListParams, ScaleModel>,
      RetrievesWithParams.AsyncStreaming<ScaleModelRetrieveParams, ScaleModel>,
      Creates.AsyncStreaming<ScaleModelCreateParams, ScaleModel>,
      Updates.AsyncStreaming<ScaleModelUpdateParams, ScaleModel> {}
}
