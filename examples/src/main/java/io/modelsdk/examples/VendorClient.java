package io.modelsdk.examples;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Model;
import io.modelsdk.core.Models;

/**
 * Any vendor's client seen through the common {@link Models} view, for code that works the same for all
 * five (the demo, the CLI). Code for one vendor uses that vendor's client directly, as the examples do.
 */
public final class VendorClient implements AutoCloseable {
  private final Vendor vendor;
  private final AutoCloseable client;
  private final Models<? extends Model, ?> models;
  private final AsyncModels<? extends Model, ?> async;

  VendorClient(Vendor vendor, AutoCloseable client, Models<? extends Model, ?> models,
      AsyncModels<? extends Model, ?> async) {
    this.vendor = vendor;
    this.client = client;
    this.models = models;
    this.async = async;
  }

  /** Which vendor this client calls. */
  public Vendor vendor() {
    return vendor;
  }

  /** The vendor's own client ({@code OpenAiClient}, {@code ScaleClient}, ...), for its richer calls. */
  public <T> T unwrap(Class<T> type) {
    return type.cast(client);
  }

  /** The vendor's models resource, typed as the common view (its own model type underneath). */
  public Models<? extends Model, ?> models() {
    return models;
  }

  /** The same resource with calls that answer {@link java.util.concurrent.CompletableFuture}s. */
  public AsyncModels<? extends Model, ?> async() {
    return async;
  }

  /** Closes the vendor's client: its own connection pool and threads. */
  @Override
  public void close() {
    try {
      client.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // the vendor clients' close() declares nothing checked
    }
  }
}
