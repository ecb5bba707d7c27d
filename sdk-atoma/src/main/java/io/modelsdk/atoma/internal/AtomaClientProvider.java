package io.modelsdk.atoma.internal;

import io.modelsdk.core.spi.ClientProvider;
import io.modelsdk.atoma.AtomaClient;

/** Offers {@link AtomaClient} to code that finds vendors through {@link java.util.ServiceLoader}. */
public final class AtomaClientProvider extends ClientProvider {
  /** For {@link java.util.ServiceLoader}. */
  public AtomaClientProvider() {
    super(AtomaClient::builder);
  }
}
