package io.modelsdk.choreo.internal;

import io.modelsdk.choreo.ChoreoAsyncModels;
import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.choreo.ChoreoModelListParams;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.internal.ClientRuntime;
import io.modelsdk.core.internal.DefaultAsyncModels;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@link ChoreoAsyncModels} on core's async models resource, plus the list filtered by owner. */
public final class DefaultChoreoAsyncModels extends DefaultAsyncModels<ChoreoModel, Void>
    implements ChoreoAsyncModels {
  private final Raw raw = new Raw();
  private final Streaming streaming = new Streaming();

  /** The gateway's models through {@code runtime}. */
  public DefaultChoreoAsyncModels(ClientRuntime runtime) {
    super(runtime, ChoreoEndpoints.MODELS);
  }

  @Override
  public CompletableFuture<AsyncPage<ChoreoModel>> list(ChoreoModelListParams params, RequestOptions options) {
    return list(params, options, RawResponse::parse); // one future: cancel reaches the call
  }

  @Override
  public ChoreoAsyncModels.WithRawResponse withRawResponse() {
    return raw;
  }

  @Override
  public ChoreoAsyncModels.WithStreamingResponse withStreamingResponse() {
    return streaming;
  }

  private <V> CompletableFuture<V> list(ChoreoModelListParams params, RequestOptions options,
      Function<? super RawResponse<AsyncPage<ChoreoModel>>, ? extends V> finisher) {
    Objects.requireNonNull(params, "params == null");
    Objects.requireNonNull(options, "options == null");
    return runtime().listAsync(ChoreoEndpoints.list(params), params, options, finisher);
  }

  private final class Raw extends RawCalls implements ChoreoAsyncModels.WithRawResponse {
    @Override
    public CompletableFuture<RawResponse<AsyncPage<ChoreoModel>>> list(ChoreoModelListParams params,
        RequestOptions options) {
      return DefaultChoreoAsyncModels.this.list(params, options, Function.identity());
    }
  }

  private final class Streaming extends StreamingCalls implements ChoreoAsyncModels.WithStreamingResponse {
    @Override
    public CompletableFuture<StreamingListResponse<ChoreoModel>> list(ChoreoModelListParams params,
        RequestOptions options) {
      Objects.requireNonNull(params, "params == null");
      Objects.requireNonNull(options, "options == null");
      CompletableFuture<StreamingListResponse<ChoreoModel>> wire =
          runtime().streamListAsync(ChoreoEndpoints.list(params), params, options);
      CompletableFuture<StreamingListResponse<ChoreoModel>> filtered =
          wire.thenApply(s -> new FilteredStreamingList(s, params));
      filtered.whenComplete((v, e) -> {
        if (filtered.isCancelled()) {
          wire.cancel(true); // cancelling the answer cancels the HTTP call
        }
      });
      return filtered;
    }
  }
}
