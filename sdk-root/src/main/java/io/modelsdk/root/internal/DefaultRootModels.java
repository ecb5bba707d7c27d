package io.modelsdk.root.internal;

import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.internal.ClientRuntime;
import io.modelsdk.core.internal.DefaultModels;
import io.modelsdk.root.RootModel;
import io.modelsdk.root.RootModelCreateParams;
import io.modelsdk.root.RootModelListParams;
import io.modelsdk.root.RootModels;
import java.util.Objects;

/** {@link RootModels} on core's runtime: the shared calls from core, list-with-params and create here. */
public final class DefaultRootModels extends DefaultModels<RootModel, Void> implements RootModels {
  private final Raw raw = new Raw();
  private final Streaming streaming = new Streaming();

  /** The models resource of one client. */
  public DefaultRootModels(ClientRuntime runtime) {
    super(runtime, RootEndpoints.MODELS);
  }

  @Override
  public Page<RootModel> list(RootModelListParams params, RequestOptions options) {
    return withRawResponse().list(params, options).parse();
  }

  @Override
  public String create(RootModelCreateParams params, RequestOptions options) {
    return withRawResponse().create(params, options).parse().id();
  }

  @Override
  public RootModels.WithRawResponse withRawResponse() {
    return raw;
  }

  @Override
  public RootModels.WithStreamingResponse withStreamingResponse() {
    return streaming;
  }

  static RootListRequest first(RootModelListParams params) {
    return RootListRequest.first(Objects.requireNonNull(params, "params == null"));
  }

  static <T> T check(T value, String name) {
    return Objects.requireNonNull(value, name + " == null");
  }

  private final class Raw extends RawCalls implements RootModels.WithRawResponse {
    @Override
    public RawResponse<Page<RootModel>> list(RootModelListParams params, RequestOptions options) {
      return runtime().list(RootEndpoints.LIST, first(params), check(options, "options"));
    }

    @Override
    public RawResponse<RootModel> create(RootModelCreateParams params, RequestOptions options) {
      return runtime().execute(RootEndpoints.CREATE, check(params, "params"), check(options, "options"));
    }
  }

  private final class Streaming extends StreamingCalls implements RootModels.WithStreamingResponse {
    @Override
    public StreamingListResponse<RootModel> list(RootModelListParams params, RequestOptions options) {
      return runtime().streamList(RootEndpoints.LIST, first(params), check(options, "options"));
    }

    @Override
    public StreamingResponse<RootModel> create(RootModelCreateParams params, RequestOptions options) {
      return runtime().stream(RootEndpoints.CREATE, check(params, "params"), check(options, "options"));
    }
  }
}
