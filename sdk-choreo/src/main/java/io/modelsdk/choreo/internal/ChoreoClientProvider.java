package io.modelsdk.choreo.internal;

import io.modelsdk.core.spi.ClientProvider;
import io.modelsdk.choreo.ChoreoClient;

/** Offers {@link ChoreoClient} to code that finds vendors through {@link java.util.ServiceLoader}. */
public final class ChoreoClientProvider extends ClientProvider {
  /** For {@link java.util.ServiceLoader}. */
  public ChoreoClientProvider() {
    super(ChoreoClient::builder);
  }
}
