package io.modelsdk.core.spi;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.ModelsClient;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A vendor module's client, offered to code that finds vendors at run time (the model catalog) through
 * {@link java.util.ServiceLoader}. A vendor module registers a subclass, with a public no-argument
 * constructor, in {@code META-INF/services/io.modelsdk.core.spi.ClientProvider}:
 *
 * <pre>{@code
 * public final class AcmeClientProvider extends ClientProvider {
 *   public AcmeClientProvider() {
 *     super(AcmeClient::builder);
 *   }
 * }
 * }</pre>
 *
 * <p>Everything else comes from the vendor's builder: its name, the variable holding its key, and how it
 * reads its other variables.
 */
public abstract class ClientProvider {
  private final Supplier<? extends ClientBuilder<?, ? extends ModelsClient<?, ?>>> builders;

  /** @param builders a new builder of the vendor's client on every call, such as {@code AcmeClient::builder} */
  protected ClientProvider(Supplier<? extends ClientBuilder<?, ? extends ModelsClient<?, ?>>> builders) {
    this.builders = Objects.requireNonNull(builders, "builders == null");
  }

  /** The vendor's name in lower case, such as {@code openai}. */
  public final String vendor() {
    return builders.get().vendorName();
  }

  /** The environment variable holding the vendor's API key, such as {@code OPENAI_API_KEY}. */
  public final String apiKeyVariable() {
    return builders.get().apiKeyVariable();
  }

  /** True if {@code env} holds a non-blank API key for this vendor. */
  public final boolean isConfigured(Function<String, String> env) {
    String key = env.apply(apiKeyVariable());
    return key != null && !key.trim().isEmpty();
  }

  /**
   * A new builder of the vendor's client, for settings beyond its environment:
   * {@code provider.builder().fromEnv(env).timeout(Duration.ofSeconds(5)).build()}.
   */
  public final ClientBuilder<?, ? extends ModelsClient<?, ?>> builder() {
    return builders.get();
  }

  /**
   * A client configured from {@code env}, as the vendor's {@code builder().fromEnv(env).build()}.
   *
   * @throws IllegalStateException if {@code env} lacks the key or holds a setting the builder refuses
   */
  public final ModelsClient<?, ?> fromEnv(Function<String, String> env) {
    return builders.get().fromEnv(env).build();
  }

  @Override
  public String toString() {
    return "ClientProvider{" + vendor() + "}";
  }
}
