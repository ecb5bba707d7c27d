package io.modelsdk.core.reliability;

import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sync and async way of making the same call; async failures are unwrapped so that both modes
 * throw the exception the future was completed with.
 */
enum Mode {
  SYNC,
  ASYNC;

  FakeModel retrieve(FakeClient client, String id) {
    return retrieve(client, id, RequestOptions.none());
  }

  FakeModel retrieve(FakeClient client, String id, RequestOptions options) {
    return this == SYNC ? client.models().retrieve(id, options) : await(client.asyncModels().retrieve(id, options));
  }

  FakeModel create(FakeClient client, String name) {
    return this == SYNC ? client.create(name) : await(client.createAsync(name));
  }

  /** Waits for a future and rethrows the exception it failed with, as it is. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError("future failed with a checked exception", e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("future did not complete in 30 s", e);
    }
  }
}
