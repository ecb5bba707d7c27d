package io.modelsdk.root;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
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
public interface RootAsyncModels extends AsyncModels<RootModel, Void> {
  /** Lists the models matching {@code params}: the first page. */
  CompletableFuture<AsyncPage<RootModel>> list(RootModelListParams params);

  /** Lists the models matching {@code params}, with per-call options that also apply to later pages. */
  CompletableFuture<AsyncPage<RootModel>> list(RootModelListParams params, RequestOptions options);

  /** Creates a custom model and completes with its id. */
  CompletableFuture<String> create(RootModelCreateParams params);

  /** Creates a custom model, with per-call options, and completes with its id. */
  CompletableFuture<String> create(RootModelCreateParams params, RequestOptions options);

  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link RootAsyncModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends AsyncModels.WithRawResponse<RootModel, Void> {
    /** Lists the models matching {@code params}. */
    CompletableFuture<RawResponse<AsyncPage<RootModel>>> list(RootModelListParams params);

    /** Lists the models matching {@code params}, with per-call options. */
    CompletableFuture<RawResponse<AsyncPage<RootModel>>> list(RootModelListParams params, RequestOptions options);

    /** Creates a custom model; the response parses to the created model. */
    CompletableFuture<RawResponse<RootModel>> create(RootModelCreateParams params);

    /** Creates a custom model, with per-call options. */
    CompletableFuture<RawResponse<RootModel>> create(RootModelCreateParams params, RequestOptions options);
  }

  /** The calls of {@link RootAsyncModels}, each answering a {@link StreamingResponse} that must be closed. */
  interface WithStreamingResponse extends AsyncModels.WithStreamingResponse<RootModel, Void> {
    /** Lists the models matching {@code params}, to be iterated item by item as the body arrives. */
    CompletableFuture<StreamingListResponse<RootModel>> list(RootModelListParams params);

    /** Lists the models matching {@code params}, with per-call options. */
    CompletableFuture<StreamingListResponse<RootModel>> list(RootModelListParams params, RequestOptions options);

    /** Creates a custom model; the response parses to the created model. */
    CompletableFuture<StreamingResponse<RootModel>> create(RootModelCreateParams params);

    /** Creates a custom model, with per-call options. */
    CompletableFuture<StreamingResponse<RootModel>> create(RootModelCreateParams params, RequestOptions options);
  }
}
