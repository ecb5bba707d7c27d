package io.modelsdk.root.internal;

import static io.modelsdk.root.internal.DefaultRootModels.check;
import static io.modelsdk.root.internal.DefaultRootModels.first;

import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.internal.ClientRuntime;
import io.modelsdk.core.internal.DefaultAsyncModels;
import io.modelsdk.root.AsyncRootModels;
import io.modelsdk.root.RootModel;
import io.modelsdk.root.RootModelCreateParams;
import io.modelsdk.root.RootModelListParams;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link AsyncRootModels} on core's runtime. Typed calls parse inside the call's own future, so
 * cancelling them reaches the HTTP call.
 */
public final class DefaultAsyncRootModels extends DefaultAsyncModels<RootModel, Void> implements AsyncRootModels {
  private final Raw raw = new Raw();
  private final Streaming streaming = new Streaming();

  /** The async models resource of one client. */
  public DefaultAsyncRootModels(ClientRuntime runtime) {
    super(runtime, RootEndpoints.MODELS);
  }

  @Override
  public CompletableFuture<AsyncPage<RootModel>> list(RootModelListParams params, RequestOptions options) {
    return runtime().listAsync(RootEndpoints.LIST, first(params), check(options, "options"), RawResponse::parse);
  }

  @Override
  public CompletableFuture<String> create(RootModelCreateParams params, RequestOptions options) {
    return runtime().executeAsync(RootEndpoints.CREATE, check(params, "params"), check(options, "options"),
        r -> r.parse().id());
  }

  @Override
  public AsyncRootModels.WithRawResponse withRawResponse() {
    return raw;
  }

  @Override
  public AsyncRootModels.WithStreamingResponse withStreamingResponse() {
    return streaming;
  }

  private final class Raw extends RawCalls implements AsyncRootModels.WithRawResponse {
    @Override
    public CompletableFuture<RawResponse<AsyncPage<RootModel>>> list(
        RootModelListParams params, RequestOptions options) {
      return runtime().listAsync(RootEndpoints.LIST, first(params), check(options, "options"),
          Function.<RawResponse<AsyncPage<RootModel>>>identity());
    }

    @Override
    public CompletableFuture<RawResponse<RootModel>> create(RootModelCreateParams params, RequestOptions options) {
      return runtime().executeAsync(RootEndpoints.CREATE, check(params, "params"), check(options, "options"),
          Function.<RawResponse<RootModel>>identity());
    }
  }

  private final class Streaming extends StreamingCalls implements AsyncRootModels.WithStreamingResponse {
    @Override
    public CompletableFuture<StreamingListResponse<RootModel>> list(
        RootModelListParams params, RequestOptions options) {
      return runtime().streamListAsync(RootEndpoints.LIST, first(params), check(options, "options"));
    }

    @Override
    public CompletableFuture<StreamingResponse<RootModel>> create(
        RootModelCreateParams params, RequestOptions options) {
      return runtime().streamAsync(RootEndpoints.CREATE, check(params, "params"), check(options, "options"));
    }
  }
}
