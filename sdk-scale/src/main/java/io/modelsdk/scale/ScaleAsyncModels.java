package io.modelsdk.scale;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import java.util.concurrent.CompletableFuture;

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
public interface ScaleAsyncModels extends AsyncModels<ScaleModel, ScaleModelDeleted> {
  /** Lists one page of models; {@link AsyncPage#autoPager()} walks the following ones with the same parameters. */
  CompletableFuture<AsyncPage<ScaleModel>> list(ScaleModelListParams params);

  /** Lists one page of models, with per-call options that also apply to the following pages. */
  CompletableFuture<AsyncPage<ScaleModel>> list(ScaleModelListParams params, RequestOptions options);

  /** Retrieves one model with the views asked for. */
  CompletableFuture<ScaleModel> retrieve(String id, ScaleModelRetrieveParams params);

  /** Retrieves one model with the views asked for, with per-call options. */
  CompletableFuture<ScaleModel> retrieve(String id, ScaleModelRetrieveParams params, RequestOptions options);

  /**
   * Creates a model. As in {@link ScaleModels#create}, a POST is retried only where the server cannot have acted on it (connection
   * refused, 408, 429 or 503 with {@code Retry-After}).
   */
  CompletableFuture<ScaleModel> create(ScaleModelCreateParams params);

  /** Creates a model, with per-call options. */
  CompletableFuture<ScaleModel> create(ScaleModelCreateParams params, RequestOptions options);

  /**
   * Changes the fields of a model that {@code params} sets.
   *
   * @throws IllegalArgumentException if {@code id} is blank, {@code .} or {@code ..}
   */
  CompletableFuture<ScaleModel> update(String id, ScaleModelUpdateParams params);

  /** Changes a model, with per-call options. */
  CompletableFuture<ScaleModel> update(String id, ScaleModelUpdateParams params, RequestOptions options);

  @Override
  WithRawResponse withRawResponse();

  @Override
  WithStreamingResponse withStreamingResponse();

  /** The calls of {@link ScaleAsyncModels}, each answering a {@link RawResponse}. */
  interface WithRawResponse extends AsyncModels.WithRawResponse<ScaleModel, ScaleModelDeleted> {
    /** Lists one page of models. */
    CompletableFuture<RawResponse<AsyncPage<ScaleModel>>> list(ScaleModelListParams params);

    /** Lists one page of models, with per-call options. */
    CompletableFuture<RawResponse<AsyncPage<ScaleModel>>> list(ScaleModelListParams params, RequestOptions options);

    /** Retrieves one model with views. */
    CompletableFuture<RawResponse<ScaleModel>> retrieve(String id, ScaleModelRetrieveParams params);

    /** Retrieves one model with views, with per-call options. */
    CompletableFuture<RawResponse<ScaleModel>> retrieve(String id, ScaleModelRetrieveParams params, RequestOptions options);

    /** Creates a model. */
    CompletableFuture<RawResponse<ScaleModel>> create(ScaleModelCreateParams params);

    /** Creates a model, with per-call options. */
    CompletableFuture<RawResponse<ScaleModel>> create(ScaleModelCreateParams params, RequestOptions options);

    /** Changes a model. */
    CompletableFuture<RawResponse<ScaleModel>> update(String id, ScaleModelUpdateParams params);

    /** Changes a model, with per-call options. */
    CompletableFuture<RawResponse<ScaleModel>> update(String id, ScaleModelUpdateParams params, RequestOptions options);
  }

  /** The calls of {@link ScaleAsyncModels}, each answering a {@link StreamingResponse} that must be closed. */
  interface WithStreamingResponse extends AsyncModels.WithStreamingResponse<ScaleModel, ScaleModelDeleted> {
    /** Lists one page of models, to be iterated item by item as the body arrives. */
    CompletableFuture<StreamingListResponse<ScaleModel>> list(ScaleModelListParams params);

    /** Lists one page of models, with per-call options. */
    CompletableFuture<StreamingListResponse<ScaleModel>> list(ScaleModelListParams params, RequestOptions options);

    /** Retrieves one model with views. */
    CompletableFuture<StreamingResponse<ScaleModel>> retrieve(String id, ScaleModelRetrieveParams params);

    /** Retrieves one model with views, with per-call options. */
    CompletableFuture<StreamingResponse<ScaleModel>> retrieve(String id, ScaleModelRetrieveParams params, RequestOptions options);

    /** Creates a model. */
    CompletableFuture<StreamingResponse<ScaleModel>> create(ScaleModelCreateParams params);

    /** Creates a model, with per-call options. */
    CompletableFuture<StreamingResponse<ScaleModel>> create(ScaleModelCreateParams params, RequestOptions options);

    /** Changes a model. */
    CompletableFuture<StreamingResponse<ScaleModel>> update(String id, ScaleModelUpdateParams params);

    /** Changes a model, with per-call options. */
    CompletableFuture<StreamingResponse<ScaleModel>> update(String id, ScaleModelUpdateParams params, RequestOptions options);
  }
}
