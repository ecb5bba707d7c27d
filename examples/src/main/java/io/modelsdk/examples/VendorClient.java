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

  public Vendor vendor() {
    return vendor;
  }

  /** The vendor's own client ({@code OpenAiClient}, {@code ScaleClient}, ...), for its richer calls. */
  public <T> T unwrap(Class<T> type) {
    return type.cast(client);
  }

  public Models<? extends Model, ?> models() {
    return models;
  }

  public AsyncModels<? extends Model, ?> async() {
    return async;
  }

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
