package io.modelsdk.compat;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.http.ClientOptions;
import io.modelsdk.core.spi.VendorClient;

/**
 * A client of an OpenAI-compatible server ({@code COMPAT_API_KEY}, {@code COMPAT_BASE_URL}).
 *
 * <pre>{@code
 * try (CompatClient compat = CompatClient.builder().apiKey("k").baseUrl("http://localhost:8080/v1").build()) {
 *   CompatModel m = compat.models().create(CompatModelCreateParams.builder().id("mine").base("llama").build());
 * }
 * }</pre>
 */
public final class CompatClient extends VendorClient<CompatModels, CompatAsyncModels> {
  private CompatClient(ClientOptions options) {
    super(CompatEndpoints.PROFILE, options, CompatEndpoints.MODELS, CompatModels.class, CompatAsyncModels.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CompatAsyncModels asyncModels() {
    return super.asyncModels();
  }

  /** Builds a {@link CompatClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder> {
    /** Reads {@code COMPAT_API_KEY} and {@code COMPAT_BASE_URL}. */
    public Builder fromEnv() {
      return fromEnvironment(System::getenv, "COMPAT_API_KEY", "COMPAT_BASE_URL");
    }

    public CompatClient build() {
      return new CompatClient(options(CompatEndpoints.PROFILE.defaultBaseUrl(), "set COMPAT_API_KEY"));
    }
  }
}
