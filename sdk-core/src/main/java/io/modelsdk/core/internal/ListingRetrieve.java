package io.modelsdk.core.internal;

import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Model;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.ErrorContext;
import io.modelsdk.core.errors.ErrorDetails;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.spi.ModelsDefinition.ListCall;
import io.modelsdk.core.spi.RequestSpec;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Retrieve for vendors without a retrieve endpoint: list the models (following pages) and pick the one
 * with the id. An absent id is a {@link NotFoundException} of the SDK's own, carrying the list
 * response's headers.
 */
final class ListingRetrieve {
  private ListingRetrieve() {}

  static <M extends Model> RawResponse<M> raw(ClientRuntime runtime, ListCall<?, ?, M> call, String id,
      RequestOptions options) {
    RequestSpec.checkId("model id", id);
    RawResponse<Page<M>> first = list(runtime, call, options);
    for (M model : first.parse().autoPager()) {
      if (model.id().equals(id)) {
        return new FoundResponse<>(first, model);
      }
    }
    throw notFound(runtime, id, first);
  }

  static <M extends Model> StreamingResponse<M> streaming(ClientRuntime runtime, ListCall<?, ?, M> call, String id,
      RequestOptions options) {
    return new FoundResponse<>(raw(runtime, call, id, options));
  }

  static <M extends Model> CompletableFuture<RawResponse<M>> rawAsync(ClientRuntime runtime, ListCall<?, ?, M> call,
      String id, RequestOptions options) {
    RequestSpec.checkId("model id", id);
    CompletableFuture<RawResponse<AsyncPage<M>>> first = listAsync(runtime, call, options);
    CompletableFuture<RawResponse<M>> result = first.thenCompose(raw -> {
      AtomicReference<M> found = new AtomicReference<>();
      return raw.parse().autoPager().forEach(m -> {
        if (m.id().equals(id)) {
          found.set(m);
          return false;
        }
        return true;
      }).thenApply(v -> {
        if (found.get() == null) {
          throw notFound(runtime, id, raw);
        }
        return (RawResponse<M>) new FoundResponse<>(raw, found.get());
      });
    });
    result.whenComplete((v, e) -> {
      if (result.isCancelled()) {
        first.cancel(true);
      }
    });
    return result;
  }

  private static <P, E, M> RawResponse<Page<M>> list(ClientRuntime runtime, ListCall<P, E, M> call,
      RequestOptions options) {
    return runtime.list(call.endpoint(), call.params(), options, ClientRuntime.Reading.PARSED);
  }

  private static <P, E, M> CompletableFuture<RawResponse<AsyncPage<M>>> listAsync(ClientRuntime runtime,
      ListCall<P, E, M> call, RequestOptions options) {
    return runtime.listAsync(call.endpoint(), call.params(), options, ClientRuntime.Reading.PARSED,
        Function.identity());
  }

  private static NotFoundException notFound(ClientRuntime runtime, String id, RawResponse<?> list) {
    String vendor = runtime.vendor().name();
    String message = "The model '" + id + "' does not exist";
    ErrorDetails details = ErrorDetails.builder().message(message).code("model_not_found").build();
    return new NotFoundException(new ErrorContext(vendor + " lists no model '" + id
        + "' (retrieve lists the models and filters by id)", 404, list.headers(), "", details,
        list.requestId().orElse(null), list.retries() + 1, null));
  }
}
