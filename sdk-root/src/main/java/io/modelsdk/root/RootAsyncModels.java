package io.modelsdk.root;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Creates;
import io.modelsdk.core.ListsWithParams;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingResponse;

/**
 * Root Signals' models resource, called asynchronously: the async twin of {@link RootModels}.
 *
 * <pre>{@code
 * CompletableFuture<String> id = root.async().models().create(
 *     RootModelCreateParams.builder().name("my-gpt").build());
 * }</pre>
 *
 * <p>Bad parameters throw at once; cancelling a future cancels its HTTP call.
 */
public interface RootAsyncModels extends AsyncModels<RootModel, Void>,
    ListsWithParams.Async<RootModelListParams, RootModel>,
    Creates.Async<RootModelCreateParams, String> {
  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link RootAsyncModels}, each answering a future of a {@link RawResponse}. */
  interface WithRawResponse extends AsyncModels.WithRawResponse<RootModel, Void>,
      ListsWithParams.AsyncRaw<RootModelListParams, RootModel>,
      Creates.AsyncRaw<RootModelCreateParams, RootModel> {}

  /**
   * The calls of {@link RootAsyncModels}, each answering a future of a {@link StreamingResponse} that must be
   * closed.
   */
  interface WithStreamingResponse extends AsyncModels.WithStreamingResponse<RootModel, Void>,
      ListsWithParams.AsyncStreaming<RootModelListParams, RootModel>,
      Creates.AsyncStreaming<RootModelCreateParams, RootModel> {}
}
