package io.modelsdk.core.fake;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.Models;
import io.modelsdk.core.Operation;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.TestOptions;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ErrorDecoders;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.spi.VendorProfile;
import io.modelsdk.core.internal.ClientRuntime;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A vendor that exists only in core's tests ("acme"): Bearer auth, {@code x-request-id}, the
 * {@code {"error": {...}}} envelope, cursor paging on {@code GET /models?after=}, retrieve and delete on
 * {@code /models/{id}}, and a create ({@code POST /models}) for the POST-safety cases.
 */
public final class FakeClient implements AutoCloseable {
  public static final VendorProfile PROFILE = VendorProfile.of("acme", "https://api.acme.test/v1",
      VendorProfile.bearer(), "x-request-id", ErrorDecoders.errorObject());

  public static final Endpoint<String, FakeModel> RETRIEVE = Endpoint.of(Operation.RETRIEVE, "GET",
      (id, r) -> r.path("models").pathParam("model id", id), ResponseDecoder.json(FakeModel.class));

  public static final ListEndpoint<FakeCursor, FakePage, FakeModel> LIST = ListEndpoint.of(
      Endpoint.of(Operation.LIST, "GET", (c, r) -> {
        if (c.after != null && c.after.startsWith("http")) {
          r.url(c.after); // a vendor that pages with whole next-page links
        } else {
          r.path("models").query("after", c.after);
        }
      }, ResponseDecoder.json(FakePage.class)),
      p -> p.data, (c, p) -> p.next == null ? null : new FakeCursor(p.next), "data", FakeModel.class);

  static final Endpoint<String, Map<String, Object>> DELETE = Endpoint.of(Operation.DELETE, "DELETE",
      (id, r) -> r.path("models").pathParam("model id", id),
      ResponseDecoder.json(io.modelsdk.core.internal.Json.mapper().getTypeFactory()
          .constructMapType(Map.class, String.class, Object.class)));

  public static final Endpoint<String, FakeModel> CREATE = Endpoint.of(Operation.CREATE, "POST",
      (name, r) -> r.path("models").jsonBody(Collections.singletonMap("name", name)),
      ResponseDecoder.json(FakeModel.class));

  public static final ModelsDefinition<FakeModel, Map<String, Object>> MODELS =
      ModelsDefinition.<FakeModel, Map<String, Object>>builder()
          .retrieve(RETRIEVE).list(LIST, new FakeCursor(null)).delete(DELETE)
          .call("create", CREATE).build();

  /** Retrieve by listing and filtering, as for a vendor without a retrieve endpoint. */
  public static final ModelsDefinition<FakeModel, Map<String, Object>> MODELS_BY_LISTING =
      ModelsDefinition.<FakeModel, Map<String, Object>>builder()
          .retrieveByListing().list(LIST, new FakeCursor(null)).build();

  /** Retrieve that lists and filters when the endpoint answers a route-level {@code {"detail": ...}} 404. */
  public static final ModelsDefinition<FakeModel, Map<String, Object>> MODELS_WITH_FALLBACK =
      ModelsDefinition.<FakeModel, Map<String, Object>>builder()
          .retrieveFallingBackToListing(RETRIEVE, e -> e.statusCode() == 404 && e.body().contains("\"detail\""))
          .list(LIST, new FakeCursor(null)).build();

  private final ClientRuntime runtime;

  private FakeClient(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  public static Builder builder() {
    return new Builder(PROFILE);
  }

  /** A builder of this vendor declared with {@code profile} instead, such as one with final errors. */
  public static Builder builder(VendorProfile profile) {
    return new Builder(profile);
  }

  public ClientRuntime runtime() {
    return runtime;
  }

  public Models<FakeModel, Map<String, Object>> models() {
    return models(MODELS);
  }

  public AsyncModels<FakeModel, Map<String, Object>> asyncModels() {
    return asyncModels(MODELS);
  }

  /** The sync models of {@code definition}, on this client. */
  public Models<FakeModel, Map<String, Object>> models(ModelsDefinition<FakeModel, Map<String, Object>> definition) {
    return models(runtime, definition);
  }

  /** The async models of {@code definition}, on this client. */
  @SuppressWarnings("unchecked")
  public AsyncModels<FakeModel, Map<String, Object>> asyncModels(
      ModelsDefinition<FakeModel, Map<String, Object>> definition) {
    return runtime.asyncModels(AsyncModels.class, definition).get();
  }

  /** The sync models of {@code definition}, on {@code runtime}. */
  @SuppressWarnings("unchecked")
  public static Models<FakeModel, Map<String, Object>> models(ClientRuntime runtime,
      ModelsDefinition<FakeModel, Map<String, Object>> definition) {
    return runtime.models(Models.class, definition);
  }

  public FakeModel create(String name) {
    return runtime.execute(CREATE, name, RequestOptions.none()).parse();
  }

  public CompletableFuture<FakeModel> createAsync(String name) {
    return runtime.executeAsync(CREATE, name, RequestOptions.none(), RawResponse::parse);
  }

  @Override
  public void close() {
    runtime.close();
  }

  public static final class Builder extends ClientBuilder<Builder, FakeClient> {
    Builder(VendorProfile profile) {
      super(profile, "ACME_API_KEY", null, b -> new FakeClient(ClientRuntime.create(profile, TestOptions.of(b))));
    }
  }
}
