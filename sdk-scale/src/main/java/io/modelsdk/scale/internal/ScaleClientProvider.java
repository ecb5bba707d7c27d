package io.modelsdk.scale.internal;

import io.modelsdk.core.spi.ClientProvider;
import io.modelsdk.scale.ScaleClient;

/** Offers {@link ScaleClient} to code that finds vendors through {@link java.util.ServiceLoader}. */
public final class ScaleClientProvider extends ClientProvider {
  /** For {@link java.util.ServiceLoader}. */
  public ScaleClientProvider() {
    super(ScaleClient::builder);
  }
}
