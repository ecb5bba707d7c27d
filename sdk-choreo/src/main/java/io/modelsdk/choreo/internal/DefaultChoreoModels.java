package io.modelsdk.choreo.internal;

import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.choreo.ChoreoModelListParams;
import io.modelsdk.choreo.ChoreoModels;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.internal.ClientRuntime;
import io.modelsdk.core.internal.DefaultModels;
import java.util.Objects;

/** {@link ChoreoModels} on core's models resource: core's calls, plus the list filtered by owner. */
public final class DefaultChoreoModels extends DefaultModels<ChoreoModel, Void> implements ChoreoModels {
  private final Raw raw = new Raw();
  private final Streaming streaming = new Streaming();

  /** The gateway's models through {@code runtime}. */
  public DefaultChoreoModels(ClientRuntime runtime) {
    super(runtime, ChoreoEndpoints.MODELS);
  }

  @Override
  public Page<ChoreoModel> list(ChoreoModelListParams params, RequestOptions options) {
    return withRawResponse().list(params, options).parse();
  }

  @Override
  public ChoreoModels.WithRawResponse withRawResponse() {
    return raw;
  }

  @Override
  public ChoreoModels.WithStreamingResponse withStreamingResponse() {
    return streaming;
  }

  private final class Raw extends RawCalls implements ChoreoModels.WithRawResponse {
    @Override
    public RawResponse<Page<ChoreoModel>> list(ChoreoModelListParams params, RequestOptions options) {
      Objects.requireNonNull(params, "params == null");
      Objects.requireNonNull(options, "options == null");
      return runtime().list(ChoreoEndpoints.list(params), params, options);
    }
  }

  private final class Streaming extends StreamingCalls implements ChoreoModels.WithStreamingResponse {
    @Override
    public StreamingListResponse<ChoreoModel> list(ChoreoModelListParams params, RequestOptions options) {
      Objects.requireNonNull(params, "params == null");
      Objects.requireNonNull(options, "options == null");
      return new FilteredStreamingList(runtime().streamList(ChoreoEndpoints.list(params), params, options), params);
    }
  }
}
