package io.modelsdk.root.internal;

import io.modelsdk.core.spi.ClientProvider;
import io.modelsdk.root.RootClient;

/** Offers {@link RootClient} to code that finds vendors through {@link java.util.ServiceLoader}. */
public final class RootClientProvider extends ClientProvider {
  /** For {@link java.util.ServiceLoader}. */
  public RootClientProvider() {
    super(RootClient::builder);
  }
}
