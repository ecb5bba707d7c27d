package io.modelsdk.root;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Creates;
import io.modelsdk.core.ListsWithParams;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.Updates;
import java.util.concurrent.CompletableFuture;

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
    Creates.Async<RootModelCreateParams, String>,
    Updates.Async<RootModelUpdateParams, RootModel> {
  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** {@link RootModels#verify(RootModelVerifyParams)}, answering a future. */
  default CompletableFuture<RootModelVerification> verify(RootModelVerifyParams params) {
    return verify(params, RequestOptions.none());
  }

  /** {@link RootModels#verify(RootModelVerifyParams)}, answering a future, with per-call options. */
  CompletableFuture<RootModelVerification> verify(RootModelVerifyParams params, RequestOptions options);

  /** The calls of {@link RootAsyncModels}, each answering a future of a {@link RawResponse}. */
  interface WithRawResponse extends AsyncModels.WithRawResponse<RootModel, Void>,
      ListsWithParams.AsyncRaw<RootModelListParams, RootModel>,
      Creates.AsyncRaw<RootModelCreateParams, RootModel>,
      Updates.AsyncRaw<RootModelUpdateParams, RootModel> {
    /** Verifies a model configuration. */
    default CompletableFuture<RawResponse<RootModelVerification>> verify(RootModelVerifyParams params) {
      return verify(params, RequestOptions.none());
    }

    /** Verifies a model configuration, with per-call options. */
    CompletableFuture<RawResponse<RootModelVerification>> verify(RootModelVerifyParams params,
        RequestOptions options);
  }

  /**
   * The calls of {@link RootAsyncModels}, each answering a future of a {@link StreamingResponse} that must be
   * closed.
   */
  interface WithStreamingResponse extends AsyncModels.WithStreamingResponse<RootModel, Void>,
      ListsWithParams.AsyncStreaming<RootModelListParams, RootModel>,
      Creates.AsyncStreaming<RootModelCreateParams, RootModel>,
      Updates.AsyncStreaming<RootModelUpdateParams, RootModel> {
    /** Verifies a model configuration. */
    default CompletableFuture<StreamingResponse<RootModelVerification>> verify(RootModelVerifyParams params) {
      return verify(params, RequestOptions.none());
    }

    /** Verifies a model configuration, with per-call options. */
    CompletableFuture<StreamingResponse<RootModelVerification>> verify(RootModelVerifyParams params,
        RequestOptions options);
  }
}
