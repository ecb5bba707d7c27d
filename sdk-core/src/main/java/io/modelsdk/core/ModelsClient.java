package io.modelsdk.core;

import io.modelsdk.core.internal.ClientRuntime;
import io.modelsdk.core.internal.SdkVersion;
import io.modelsdk.core.spi.ModelsDefinition;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every vendor client is: one vendor's models API, with the connection pool and threads it owns.
 * Code that handles several vendors alike can hold any client as a {@code ModelsClient<?, ?>}: its
 * {@link #models()} is a {@link Models} and its {@link #asyncModels()} an {@link AsyncModels}, of the
 * vendor's own model type.
 *
 * <p>For a vendor module, it implements the vendor's models interfaces from its {@link ModelsDefinition};
 * the vendor's client adds only what differs: its builder (environment variables, extra headers), its
 * async view and its Javadoc.
 *
 * <pre>{@code
 * public final class AcmeClient extends ModelsClient<AcmeModels, AcmeAsyncModels> {
 *   private AcmeClient(Builder builder) {
 *     super(builder, AcmeEndpoints.MODELS, AcmeModels.class, AcmeAsyncModels.class);
 *   }
 *
 *   public static final class Builder extends ClientBuilder<Builder, AcmeClient> {
 *     private Builder() {
 *       super(AcmeEndpoints.PROFILE, "ACME_API_KEY", "ACME_BASE_URL", AcmeClient::new);
 *     }
 *   }
 * }
 * }</pre>
 *
 * @param <S> the vendor's sync models interface
 * @param <A> the vendor's async models interface
 */
public abstract class ModelsClient<S extends Models<?, ?>, A extends AsyncModels<?, ?>> implements AutoCloseable {
  private final ClientRuntime runtime;
  private final S models;
  private final Supplier<A> asyncModels;

  /**
   * Creates the client's runtime and its models resources from the builder's settings.
   *
   * @param modelsType the sync interface, such as {@code Models.class}; its raw and streaming twins are
   *     the return types of its {@code withRawResponse()} and {@code withStreamingResponse()}
   * @param asyncType the async interface, such as {@code AsyncModels.class}
   * @throws IllegalStateException if the builder's settings are incomplete (no API key), or a method of
   *     those interfaces has no binding in {@code definition}
   */
  @SuppressWarnings("unchecked")
  protected ModelsClient(ClientBuilder<?, ?> builder, ModelsDefinition<?, ?> definition,
      Class<? super S> modelsType, Class<? super A> asyncType) {
    Objects.requireNonNull(definition, "definition == null");
    this.runtime = ClientRuntime.create(builder.vendor(), builder.options());
    try {
      this.models = (S) runtime.models(modelsType, definition);
      this.asyncModels = (Supplier<A>) runtime.asyncModels(asyncType, definition);
    } catch (RuntimeException e) {
      runtime.close(); // a declaration mistake must not leave the client's threads behind
      throw e;
    }
  }

  /** The vendor's name in lower case, such as {@code openai}, as {@link Model#vendor()} says it. */
  public String vendorName() {
    return runtime.vendor().name();
  }

  /** The version of models-sdk, such as {@code 0.1.0}, as every client's {@code User-Agent} sends it. */
  public static String sdkVersion() {
    return SdkVersion.VERSION;
  }

  /**
   * The models resource, called synchronously; {@code models().operations()} says what this vendor
   * supports.
   */
  public S models() {
    return models;
  }

  /**
   * The models resource, called asynchronously; the same as the vendor's {@code async().models()}, for
   * code that handles any client alike (the model catalog, say).
   */
  public A asyncModels() {
    return asyncModels.get();
  }

  /**
   * For a vendor client's {@code withOptions(...)}: a client with this one's settings changed by
   * {@code change}, sharing its connection pool and threads. It owns neither: closing it releases
   * nothing, and closing this client ends both.
   *
   * @param fresh a new builder of the vendor's client
   */
  protected final <B extends ClientBuilder<B, C>, C> C withOptions(B fresh, Consumer<? super B> change) {
    Objects.requireNonNull(change, "change == null");
    fresh.copyOf(runtime.options(), runtime.sharedHttp(), runtime.callbackExecutor());
    change.accept(fresh);
    return fresh.build();
  }

  /**
   * Shuts down the client's own connection pool and threads; later calls throw
   * {@link IllegalStateException}. Async calls still in flight are cancelled and their futures fail
   * with an {@link io.modelsdk.core.errors.ApiConnectionException} saying the client is closed.
   */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{baseUrl=" + runtime.options().baseUrl() + "}";
  }
}
