package io.modelsdk.scale.internal;

import static io.modelsdk.scale.internal.ScaleModelsImpl.check;
import static io.modelsdk.scale.internal.ScaleModelsImpl.checkParams;

import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.internal.ClientRuntime;
import io.modelsdk.core.internal.DefaultAsyncModels;
import io.modelsdk.scale.ScaleAsyncModels;
import io.modelsdk.scale.ScaleModel;
import io.modelsdk.scale.ScaleModelCreateParams;
import io.modelsdk.scale.ScaleModelDeleted;
import io.modelsdk.scale.ScaleModelListParams;
import io.modelsdk.scale.ScaleModelRetrieveParams;
import io.modelsdk.scale.ScaleModelUpdateParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link ScaleAsyncModels} on core's runtime. The typed calls parse inside the call's own future
 * ({@code RawResponse::parse} as the finisher), so cancelling them reaches the HTTP call.
 */
public final class ScaleAsyncModelsImpl extends DefaultAsyncModels<ScaleModel, ScaleModelDeleted>
    implements ScaleAsyncModels {
  private final Raw raw = new Raw();
  private final Streaming streaming = new Streaming();

  /** The async models resource of one client. */
  public ScaleAsyncModelsImpl(ClientRuntime runtime) {
    super(runtime, ScaleEndpoints.MODELS);
  }

  @Override
  public CompletableFuture<AsyncPage<ScaleModel>> list(ScaleModelListParams params, RequestOptions options) {
    return runtime().listAsync(ScaleEndpoints.LIST, checkParams(params), check(options), RawResponse::parse);
  }

  @Override
  public CompletableFuture<ScaleModel> retrieve(String id, ScaleModelRetrieveParams params, RequestOptions options) {
    return retrieve(id, params, options, RawResponse::parse);
  }

  @Override
  public CompletableFuture<ScaleModel> create(ScaleModelCreateParams params, RequestOptions options) {
    return create(params, options, RawResponse::parse);
  }

  @Override
  public CompletableFuture<ScaleModel> update(String id, ScaleModelUpdateParams params, RequestOptions options) {
    return update(id, params, options, RawResponse::parse);
  }

  @Override
  public ScaleAsyncModels.WithRawResponse withRawResponse() {
    return raw;
  }

  @Override
  public ScaleAsyncModels.WithStreamingResponse withStreamingResponse() {
    return streaming;
  }

  private <V> CompletableFuture<V> retrieve(String id, ScaleModelRetrieveParams params, RequestOptions options,
      Function<? super RawResponse<ScaleModel>, ? extends V> finisher) {
    return runtime().executeAsync(ScaleEndpoints.RETRIEVE_WITH_VIEWS, new IdParams<>(id, params), check(options),
        finisher);
  }

  private <V> CompletableFuture<V> create(ScaleModelCreateParams params, RequestOptions options,
      Function<? super RawResponse<ScaleModel>, ? extends V> finisher) {
    return runtime().executeAsync(ScaleEndpoints.CREATE, checkParams(params), check(options), finisher);
  }

  private <V> CompletableFuture<V> update(String id, ScaleModelUpdateParams params, RequestOptions options,
      Function<? super RawResponse<ScaleModel>, ? extends V> finisher) {
    return runtime().executeAsync(ScaleEndpoints.UPDATE, new IdParams<>(id, params), check(options), finisher);
  }

  private final class Raw extends RawCalls implements ScaleAsyncModels.WithRawResponse {
    @Override
    public CompletableFuture<RawResponse<AsyncPage<ScaleModel>>> list(ScaleModelListParams params,
        RequestOptions options) {
      return runtime().listAsync(ScaleEndpoints.LIST, checkParams(params), check(options), Function.identity());
    }

    @Override
    public CompletableFuture<RawResponse<ScaleModel>> retrieve(String id, ScaleModelRetrieveParams params,
        RequestOptions options) {
      return ScaleAsyncModelsImpl.this.retrieve(id, params, options, Function.identity());
    }

    @Override
    public CompletableFuture<RawResponse<ScaleModel>> create(ScaleModelCreateParams params, RequestOptions options) {
      return ScaleAsyncModelsImpl.this.create(params, options, Function.identity());
    }

    @Override
    public CompletableFuture<RawResponse<ScaleModel>> update(String id, ScaleModelUpdateParams params,
        RequestOptions options) {
      return ScaleAsyncModelsImpl.this.update(id, params, options, Function.identity());
    }
  }

  private final class Streaming extends StreamingCalls implements ScaleAsyncModels.WithStreamingResponse {
    @Override
    public CompletableFuture<StreamingListResponse<ScaleModel>> list(ScaleModelListParams params,
        RequestOptions options) {
      return runtime().streamListAsync(ScaleEndpoints.LIST, checkParams(params), check(options));
    }

    @Override
    public CompletableFuture<StreamingResponse<ScaleModel>> retrieve(String id, ScaleModelRetrieveParams params,
        RequestOptions options) {
      return runtime().streamAsync(ScaleEndpoints.RETRIEVE_WITH_VIEWS, new IdParams<>(id, params), check(options));
    }

    @Override
    public CompletableFuture<StreamingResponse<ScaleModel>> create(ScaleModelCreateParams params,
        RequestOptions options) {
      return runtime().streamAsync(ScaleEndpoints.CREATE, checkParams(params), check(options));
    }

    @Override
    public CompletableFuture<StreamingResponse<ScaleModel>> update(String id, ScaleModelUpdateParams params,
        RequestOptions options) {
      return runtime().streamAsync(ScaleEndpoints.UPDATE, new IdParams<>(id, params), check(options));
    }
  }
}
