package io.modelsdk.compat;

import io.modelsdk.core.spi.ClientProvider;

/** Offers the test vendor through {@link java.util.ServiceLoader}, as a vendor module does. */
public final class CompatClientProvider extends ClientProvider {
  /** For {@link java.util.ServiceLoader}. */
  public CompatClientProvider() {
    super(CompatClient::builder);
  }
}
