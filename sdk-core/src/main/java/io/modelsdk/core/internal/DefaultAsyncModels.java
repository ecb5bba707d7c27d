package io.modelsdk.core.internal;

import static io.modelsdk.core.internal.DefaultModels.check;
import static io.modelsdk.core.internal.DefaultModels.require;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Model;
import io.modelsdk.core.Operation;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.http.ModelsDefinition;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The async models resource of any vendor. The typed call parses inside the same future as the raw
 * call, so cancelling it reaches the HTTP call.
 */
public class DefaultAsyncModels<M extends Model, D> implements AsyncModels<M, D> {
  private final ClientRuntime runtime;
  private final ModelsDefinition<M, D> definition;
  private final RawCalls raw = new RawCalls();
  private final StreamingCalls streaming = new StreamingCalls();

  /** The models resource {@code definition} declares; vendor modules extend it with operations of their own. */
  public DefaultAsyncModels(ClientRuntime runtime, ModelsDefinition<M, D> definition) {
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
  public CompletableFuture<M> retrieve(String id, RequestOptions options) {
    return Retrieve.async(runtime, definition, id, check(options), RawResponse::parse);
  }

  @Override
  public CompletableFuture<AsyncPage<M>> list(RequestOptions options) {
    return list(require(definition.list(), runtime, Operation.LIST), check(options), RawResponse::parse);
  }

  @Override
  public CompletableFuture<D> delete(String id, RequestOptions options) {
    return runtime.executeAsync(require(definition.delete(), runtime, Operation.DELETE), id, check(options),
        RawResponse::parse);
  }

  @Override
  public WithRawResponse<M, D> withRawResponse() {
    return raw;
  }

  @Override
  public WithStreamingResponse<M, D> withStreamingResponse() {
    return streaming;
  }

  private <P, E, V> CompletableFuture<V> list(ModelsDefinition.ListCall<P, E, M> call, RequestOptions options,
      Function<? super RawResponse<AsyncPage<M>>, ? extends V> finisher) {
    return runtime.listAsync(call.endpoint(), call.params(), options, finisher);
  }

  private static <P, E, T> CompletableFuture<StreamingListResponse<T>> streamList(
      ClientRuntime runtime, ModelsDefinition.ListCall<P, E, T> call, RequestOptions options) {
    return runtime.streamListAsync(call.endpoint(), call.params(), options);
  }

  /**
   * The raw calls every vendor shares. A vendor with calls of its own extends it in its raw view, which
   * then declares only those.
   */
  protected class RawCalls implements WithRawResponse<M, D> {
    /** For the vendor's raw view. */
    protected RawCalls() {}

    @Override
    public CompletableFuture<RawResponse<M>> retrieve(String id, RequestOptions options) {
      return Retrieve.async(runtime, definition, id, check(options), Function.identity());
    }

    @Override
    public CompletableFuture<RawResponse<AsyncPage<M>>> list(RequestOptions options) {
      return DefaultAsyncModels.this.list(require(definition.list(), runtime, Operation.LIST), check(options),
          Function.identity());
    }

    @Override
    public CompletableFuture<RawResponse<D>> delete(String id, RequestOptions options) {
      return runtime.executeAsync(require(definition.delete(), runtime, Operation.DELETE), id, check(options),
          Function.identity());
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
    public CompletableFuture<StreamingResponse<M>> retrieve(String id, RequestOptions options) {
      if (definition.listingFallback() == null) {
        return runtime.streamAsync(require(definition.retrieve(), runtime, Operation.RETRIEVE), id, check(options));
      }
      return Retrieve.async(runtime, definition, id, check(options), FoundResponse::new);
    }

    @Override
    public CompletableFuture<StreamingListResponse<M>> list(RequestOptions options) {
      return streamList(runtime, require(definition.list(), runtime, Operation.LIST), check(options));
    }

    @Override
    public CompletableFuture<StreamingResponse<D>> delete(String id, RequestOptions options) {
      return runtime.streamAsync(require(definition.delete(), runtime, Operation.DELETE), id, check(options));
    }
  }

  @Override
  public String toString() {
    return "AsyncModels{vendor=" + runtime.vendor().name() + ", operations=" + operations() + "}";
  }
}
