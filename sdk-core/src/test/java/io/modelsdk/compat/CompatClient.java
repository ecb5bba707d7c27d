package io.modelsdk.compat;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.ModelsClient;
import java.util.function.Consumer;

/**
 * A client of an OpenAI-compatible server ({@code COMPAT_API_KEY}, {@code COMPAT_BASE_URL}).
 *
 * <pre>{@code
 * try (CompatClient compat = CompatClient.builder().apiKey("k").baseUrl("http://localhost:8080/v1").build()) {
 *   CompatModel m = compat.models().create(CompatModelCreateParams.builder().id("mine").base("llama").build());
 * }
 * }</pre>
 */
public final class CompatClient extends ModelsClient<CompatModels, CompatAsyncModels> {
  private CompatClient(Builder builder) {
    super(builder, CompatEndpoints.MODELS, CompatModels.class, CompatAsyncModels.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CompatAsyncModels asyncModels() {
    return super.asyncModels();
  }

  /** A client sharing this one's connections and threads, with the settings {@code change} makes. */
  public CompatClient withOptions(Consumer<Builder> change) {
    return withOptions(builder(), change);
  }

  /** Builds a {@link CompatClient}; see {@link ClientBuilder} for the shared settings. */
  public static final class Builder extends ClientBuilder<Builder, CompatClient> {
    private Builder() {
      super(CompatEndpoints.PROFILE, "COMPAT_API_KEY", "COMPAT_BASE_URL", CompatClient::new);
    }
  }
}
