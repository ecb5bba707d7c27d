package io.modelsdk.core.spi;

import io.modelsdk.core.http.ClientOptions;
import io.modelsdk.core.internal.ClientRuntime;
import java.util.Objects;

/**
 * The base of every vendor client: it owns the connection pool and threads, and implements the vendor's
 * models interfaces from its {@link ModelsDefinition}. A vendor client adds only what differs: its
 * builder (environment variables, extra headers) and its async view.
 *
 * <pre>{@code
 * public final class AcmeClient extends VendorClient<AcmeModels, AcmeAsyncModels> {
 *   private AcmeClient(ClientOptions options) {
 *     super(AcmeEndpoints.PROFILE, options, AcmeEndpoints.MODELS, AcmeModels.class, AcmeAsyncModels.class);
 *   }
 * }
 * }</pre>
 *
 * @param <S> the vendor's sync models interface
 * @param <A> the vendor's async models interface
 */
public abstract class VendorClient<S, A> implements AutoCloseable {
  private final ClientRuntime runtime;
  private final S models;
  private final A asyncModels;

  /**
   * Creates the client's runtime and its models resources.
   *
   * @param modelsType the sync interface, such as {@code Models.class}; its raw and streaming twins are
   *     the return types of its {@code withRawResponse()} and {@code withStreamingResponse()}
   * @param asyncType the async interface, such as {@code AsyncModels.class}
   * @throws IllegalStateException if a method of those interfaces has no binding in {@code definition}
   */
  @SuppressWarnings("unchecked")
  protected VendorClient(VendorProfile vendor, ClientOptions options, ModelsDefinition<?, ?> definition,
      Class<? super S> modelsType, Class<? super A> asyncType) {
    Objects.requireNonNull(definition, "definition == null");
    this.runtime = ClientRuntime.create(vendor, options);
    this.models = (S) runtime.models(modelsType, definition);
    this.asyncModels = (A) runtime.asyncModels(asyncType, definition);
  }

  /**
   * The models resource, called synchronously; {@code models().operations()} says what this vendor
   * supports.
   */
  public S models() {
    return models;
  }

  /**
   * The models resource called asynchronously, for the vendor's async view; a vendor without one may
   * override it as public.
   */
  protected A asyncModels() {
    return asyncModels;
  }

  /** Shuts down the client's own connection pool and threads; later calls fail. */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{baseUrl=" + runtime.options().baseUrl() + "}";
  }
}
