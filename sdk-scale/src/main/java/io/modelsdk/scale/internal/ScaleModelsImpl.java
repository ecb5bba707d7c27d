package io.modelsdk.scale.internal;

import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.internal.ClientRuntime;
import io.modelsdk.core.internal.DefaultModels;
import io.modelsdk.scale.ScaleModel;
import io.modelsdk.scale.ScaleModelCreateParams;
import io.modelsdk.scale.ScaleModelDeleted;
import io.modelsdk.scale.ScaleModelListParams;
import io.modelsdk.scale.ScaleModelRetrieveParams;
import io.modelsdk.scale.ScaleModelUpdateParams;
import io.modelsdk.scale.ScaleModels;
import java.util.Objects;

/** {@link ScaleModels} on core's runtime: each typed call is the raw call plus {@code parse()}. */
public final class ScaleModelsImpl extends DefaultModels<ScaleModel, ScaleModelDeleted> implements ScaleModels {
  private final Raw raw = new Raw();
  private final Streaming streaming = new Streaming();

  /** The models resource of one client. */
  public ScaleModelsImpl(ClientRuntime runtime) {
    super(runtime, ScaleEndpoints.MODELS);
  }

  @Override
  public Page<ScaleModel> list(ScaleModelListParams params, RequestOptions options) {
    return raw.list(params, options).parse();
  }

  @Override
  public ScaleModel retrieve(String id, ScaleModelRetrieveParams params, RequestOptions options) {
    return raw.retrieve(id, params, options).parse();
  }

  @Override
  public ScaleModel create(ScaleModelCreateParams params, RequestOptions options) {
    return raw.create(params, options).parse();
  }

  @Override
  public ScaleModel update(String id, ScaleModelUpdateParams params, RequestOptions options) {
    return raw.update(id, params, options).parse();
  }

  @Override
  public ScaleModels.WithRawResponse withRawResponse() {
    return raw;
  }

  @Override
  public ScaleModels.WithStreamingResponse withStreamingResponse() {
    return streaming;
  }

  static RequestOptions check(RequestOptions options) {
    return Objects.requireNonNull(options, "options == null");
  }

  static <P> P checkParams(P params) {
    return Objects.requireNonNull(params, "params == null");
  }

  private final class Raw extends RawCalls implements ScaleModels.WithRawResponse {
    @Override
    public RawResponse<Page<ScaleModel>> list(ScaleModelListParams params, RequestOptions options) {
      return runtime().list(ScaleEndpoints.LIST, checkParams(params), check(options));
    }

    @Override
    public RawResponse<ScaleModel> retrieve(String id, ScaleModelRetrieveParams params, RequestOptions options) {
      return runtime().execute(ScaleEndpoints.RETRIEVE_WITH_VIEWS, new IdParams<>(id, params), check(options));
    }

    @Override
    public RawResponse<ScaleModel> create(ScaleModelCreateParams params, RequestOptions options) {
      return runtime().execute(ScaleEndpoints.CREATE, checkParams(params), check(options));
    }

    @Override
    public RawResponse<ScaleModel> update(String id, ScaleModelUpdateParams params, RequestOptions options) {
      return runtime().execute(ScaleEndpoints.UPDATE, new IdParams<>(id, params), check(options));
    }
  }

  private final class Streaming extends StreamingCalls implements ScaleModels.WithStreamingResponse {
    @Override
    public StreamingListResponse<ScaleModel> list(ScaleModelListParams params, RequestOptions options) {
      return runtime().streamList(ScaleEndpoints.LIST, checkParams(params), check(options));
    }

    @Override
    public StreamingResponse<ScaleModel> retrieve(String id, ScaleModelRetrieveParams params,
        RequestOptions options) {
      return runtime().stream(ScaleEndpoints.RETRIEVE_WITH_VIEWS, new IdParams<>(id, params), check(options));
    }

    @Override
    public StreamingResponse<ScaleModel> create(ScaleModelCreateParams params, RequestOptions options) {
      return runtime().stream(ScaleEndpoints.CREATE, checkParams(params), check(options));
    }

    @Override
    public StreamingResponse<ScaleModel> update(String id, ScaleModelUpdateParams params, RequestOptions options) {
      return runtime().stream(ScaleEndpoints.UPDATE, new IdParams<>(id, params), check(options));
    }
  }
}
