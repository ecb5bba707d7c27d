package io.modelsdk.core.internal;

import io.modelsdk.core.Model;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.internal.ClientRuntime.Reading;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import io.modelsdk.core.spi.ModelsDefinition.ListCall;
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

  /** The retrieve call of {@code binding} in {@code mode}: list-then-filter, or the endpoint falling back to it. */
  @SuppressWarnings("unchecked")
  static ModelCall call(ClientRuntime runtime, ModelsDefinition<?, ?> definition, ModelsDefinition.Binding binding,
      ModelCall.Mode mode, boolean async) {
    ListCall<?, ?, Model> list = (ListCall<?, ?, Model>) definition.list();
    Endpoint<String, Model> endpoint = binding.kind() == ModelsDefinition.Kind.RETRIEVE_FALLING_BACK
        ? (Endpoint<String, Model>) (Endpoint<?, ?>) binding.endpoint() : null;
    Predicate<ApiException> fallback = binding.fallback();
    if (async) {
      switch (mode) {
        case TYPED:
          return (id, o) -> async(runtime, endpoint, fallback, list, (String) id, o, Reading.PARSED, RawResponse::parse);
        case RAW:
          return (id, o) -> async(runtime, endpoint, fallback, list, (String) id, o, Reading.LAZY, Function.identity());
        default:
          return (id, o) -> async(runtime, endpoint, fallback, list, (String) id, o, Reading.LAZY, FoundResponse::new);
      }
    }
    switch (mode) {
      case TYPED:
        return (id, o) -> raw(runtime, endpoint, fallback, list, (String) id, o, Reading.PARSED).parse();
      case RAW:
        return (id, o) -> raw(runtime, endpoint, fallback, list, (String) id, o, Reading.LAZY);
      default:
        return (id, o) -> endpoint == null ? ListingRetrieve.streaming(runtime, list, (String) id, o)
            : new FoundResponse<>(raw(runtime, endpoint, fallback, list, (String) id, o, Reading.LAZY));
    }
  }

  private static <M extends Model> RawResponse<M> raw(ClientRuntime runtime, Endpoint<String, M> endpoint,
      Predicate<ApiException> fallback, ListCall<?, ?, M> list, String id, RequestOptions options, Reading reading) {
    if (endpoint == null) {
      return ListingRetrieve.raw(runtime, list, id, options);
    }
    try {
      return runtime.execute(endpoint, id, options, reading);
    } catch (ApiException e) {
      if (fallback.test(e)) {
        return ListingRetrieve.raw(runtime, list, id, options);
      }
      throw e;
    }
  }

  private static <M extends Model, V> CompletableFuture<V> async(ClientRuntime runtime, Endpoint<String, M> endpoint,
      Predicate<ApiException> fallback, ListCall<?, ?, M> list, String id, RequestOptions options, Reading reading,
      Function<? super RawResponse<M>, ? extends V> finisher) {
    CompletableFuture<RawResponse<M>> first = endpoint == null
        ? ListingRetrieve.rawAsync(runtime, list, id, options)
        : runtime.executeAsync(endpoint, id, options, reading, Function.identity());
    CompletableFuture<RawResponse<M>> answer = endpoint == null ? first : first.handle((raw, error) -> {
      if (error == null) {
        return CompletableFuture.completedFuture(raw);
      }
      Throwable cause = unwrap(error);
      if (cause instanceof ApiException && fallback.test((ApiException) cause)) {
        return ListingRetrieve.rawAsync(runtime, list, id, options);
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

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
