package io.modelsdk.core.internal;

import io.modelsdk.core.Model;
import io.modelsdk.core.Models;
import io.modelsdk.core.Operation;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.OperationNotSupportedException;
import io.modelsdk.core.http.Endpoint;
import io.modelsdk.core.http.ModelsDefinition;
import java.util.Objects;
import java.util.Set;

/**
 * The sync models resource of any vendor: each typed call is the raw call plus {@code parse()}. A vendor
 * with operations of its own extends it and overrides {@link #withRawResponse()} covariantly.
 */
public class DefaultModels<M extends Model, D> implements Models<M, D> {
  private final ClientRuntime runtime;
  private final ModelsDefinition<M, D> definition;
  private final RawCalls raw = new RawCalls();
  private final StreamingCalls streaming = new StreamingCalls();

  /** The models resource {@code definition} declares; vendor modules extend it with operations of their own. */
  public DefaultModels(ClientRuntime runtime, ModelsDefinition<M, D> definition) {
    this.runtime = runtime;
    this.definition = definition;
  }

  /** The runtime calls go through, for a subclass's own operations. */
  protected final ClientRuntime runtime() {
    return runtime;
  }

  /** The vendor's declaration. */
  protected final ModelsDefinition<M, D> definition() {
    return definition;
  }

  @Override
  public Set<Operation> operations() {
    return definition.operations();
  }

  @Override
  public M retrieve(String id, RequestOptions options) {
    return withRawResponse().retrieve(id, options).parse();
  }

  @Override
  public Page<M> list(RequestOptions options) {
    return withRawResponse().list(options).parse();
  }

  @Override
  public D delete(String id, RequestOptions options) {
    return withRawResponse().delete(id, options).parse();
  }

  @Override
  public WithRawResponse<M, D> withRawResponse() {
    return raw;
  }

  @Override
  public WithStreamingResponse<M, D> withStreamingResponse() {
    return streaming;
  }

  static <E> E require(E endpoint, ClientRuntime runtime, Operation operation) {
    if (endpoint == null) {
      throw new OperationNotSupportedException(runtime.vendor().name(), operation);
    }
    return endpoint;
  }

  static RequestOptions check(RequestOptions options) {
    return Objects.requireNonNull(options, "options == null");
  }

  private Endpoint<String, D> deleteEndpoint() {
    return require(definition.delete(), runtime, Operation.DELETE);
  }

  private ModelsDefinition.ListCall<?, ?, M> listCall() {
    return require(definition.list(), runtime, Operation.LIST);
  }

  private static <P, E, T> RawResponse<Page<T>> list(
      ClientRuntime runtime, ModelsDefinition.ListCall<P, E, T> call, RequestOptions options) {
    return runtime.list(call.endpoint(), call.params(), options);
  }

  private static <P, E, T> StreamingListResponse<T> streamList(
      ClientRuntime runtime, ModelsDefinition.ListCall<P, E, T> call, RequestOptions options) {
    return runtime.streamList(call.endpoint(), call.params(), options);
  }

  /**
   * The raw calls every vendor shares. A vendor with calls of its own extends it in its raw view, which
   * then declares only those.
   */
  protected class RawCalls implements WithRawResponse<M, D> {
    /** For the vendor's raw view. */
    protected RawCalls() {}

    @Override
    public RawResponse<M> retrieve(String id, RequestOptions options) {
      return Retrieve.raw(runtime, definition, id, check(options));
    }

    @Override
    public RawResponse<Page<M>> list(RequestOptions options) {
      return DefaultModels.list(runtime, listCall(), check(options));
    }

    @Override
    public RawResponse<D> delete(String id, RequestOptions options) {
      return runtime.execute(deleteEndpoint(), id, check(options));
    }
  }

  /**
   * The streaming calls every vendor shares. A vendor with calls of its own extends it in its streaming
   * view, which then declares only those.
   */
  protected class StreamingCalls implements WithStreamingResponse<M, D> {
    /** For the vendor's streaming view. */
    protected StreamingCalls() {}

    @Override
    public StreamingResponse<M> retrieve(String id, RequestOptions options) {
      return Retrieve.streaming(runtime, definition, id, check(options));
    }

    @Override
    public StreamingListResponse<M> list(RequestOptions options) {
      return streamList(runtime, listCall(), check(options));
    }

    @Override
    public StreamingResponse<D> delete(String id, RequestOptions options) {
      return runtime.stream(deleteEndpoint(), id, check(options));
    }
  }

  @Override
  public String toString() {
    return "Models{vendor=" + runtime.vendor().name() + ", operations=" + operations() + "}";
  }
}
