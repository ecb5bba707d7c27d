package io.modelsdk.openai.internal;

import io.modelsdk.core.spi.ClientProvider;
import io.modelsdk.openai.OpenAiClient;

/** Offers {@link OpenAiClient} to code that finds vendors through {@link java.util.ServiceLoader}. */
public final class OpenAiClientProvider extends ClientProvider {
  /** For {@link java.util.ServiceLoader}. */
  public OpenAiClientProvider() {
    super(OpenAiClient::builder);
  }
}
