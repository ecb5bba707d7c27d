package io.modelsdk.core.internal;

import io.modelsdk.core.Model;
import io.modelsdk.core.Operation;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.OperationNotSupportedException;
import io.modelsdk.core.http.Endpoint;
import io.modelsdk.core.http.ModelsDefinition;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Retrieve in the three shapes a vendor may declare: its endpoint, list-then-filter, or the endpoint
 * with list-then-filter when it fails in a way the vendor names (ChoreoAI's route-level 404).
 */
final class Retrieve {
  private Retrieve() {}

  static <M extends Model, D> RawResponse<M> raw(ClientRuntime runtime, ModelsDefinition<M, D> def, String id,
      RequestOptions options) {
    Endpoint<String, M> endpoint = endpoint(runtime, def);
    Predicate<ApiException> fallback = def.listingFallback();
    if (endpoint == null) {
      return ListingRetrieve.raw(runtime, def.list(), id, options);
    }
    if (fallback == null) {
      return runtime.execute(endpoint, id, options);
    }
    try {
      return runtime.execute(endpoint, id, options);
    } catch (ApiException e) {
      if (fallback.test(e)) {
        return ListingRetrieve.raw(runtime, def.list(), id, options);
      }
      throw e;
    }
  }

  static <M extends Model, D> StreamingResponse<M> streaming(ClientRuntime runtime, ModelsDefinition<M, D> def,
      String id, RequestOptions options) {
    Endpoint<String, M> endpoint = endpoint(runtime, def);
    if (endpoint != null && def.listingFallback() == null) {
      return runtime.stream(endpoint, id, options);
    }
    if (endpoint == null) {
      return ListingRetrieve.streaming(runtime, def.list(), id, options);
    }
    return new FoundResponse<>(raw(runtime, def, id, options));
  }

  static <M extends Model, D, V> CompletableFuture<V> async(ClientRuntime runtime, ModelsDefinition<M, D> def,
      String id, RequestOptions options, Function<? super RawResponse<M>, ? extends V> finisher) {
    Endpoint<String, M> endpoint = endpoint(runtime, def);
    Predicate<ApiException> fallback = def.listingFallback();
    if (endpoint != null && fallback == null) {
      return runtime.executeAsync(endpoint, id, options, finisher); // one future: cancel reaches the call
    }
    CompletableFuture<RawResponse<M>> first = endpoint == null
        ? ListingRetrieve.rawAsync(runtime, def.list(), id, options)
        : runtime.executeAsync(endpoint, id, options, Function.identity());
    CompletableFuture<RawResponse<M>> answer = endpoint == null ? first : first.handle((raw, error) -> {
      if (error == null) {
        return CompletableFuture.completedFuture(raw);
      }
      Throwable cause = unwrap(error);
      if (cause instanceof ApiException && fallback.test((ApiException) cause)) {
        return ListingRetrieve.rawAsync(runtime, def.list(), id, options);
      }
      CompletableFuture<RawResponse<M>> failed = new CompletableFuture<>();
      failed.completeExceptionally(cause);
      return failed;
    }).thenCompose(Function.identity());
    CompletableFuture<V> result = answer.thenApply(finisher);
    result.whenComplete((v, e) -> {
      if (result.isCancelled()) {
        first.cancel(true);
        answer.cancel(true);
      }
    });
    return result;
  }

  private static <M extends Model, D> Endpoint<String, M> endpoint(ClientRuntime runtime, ModelsDefinition<M, D> def) {
    if (def.retrieve() == null && def.listingFallback() == null) {
      throw new OperationNotSupportedException(runtime.vendor().name(), Operation.RETRIEVE);
    }
    return def.retrieve();
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
