package io.modelsdk.compat;

import io.modelsdk.core.Operation;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ErrorDecoders;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.spi.VendorProfile;

/** The compat server's endpoints, each declared once; core derives every calling mode. */
final class CompatEndpoints {
  /** Bearer auth, {@code x-request-id}, OpenAI's {@code {"error": {...}}} envelope. */
  static final VendorProfile PROFILE = VendorProfile.of("compat", "http://localhost:8080/v1",
      VendorProfile.bearer(), "x-request-id", ErrorDecoders.errorObject());

  static final ListEndpoint<Void, CompatModelList, CompatModel> LIST = ListEndpoint.singlePage(
      Endpoint.of(Operation.LIST, "GET", (none, r) -> r.path("models"), ResponseDecoder.json(CompatModelList.class)),
      list -> list.data().orElse(null), "data", CompatModel.class);

  static final Endpoint<String, CompatModel> RETRIEVE = Endpoint.of(Operation.RETRIEVE, "GET",
      (id, r) -> r.path("models").pathParam("model id", id), ResponseDecoder.json(CompatModel.class));

  static final Endpoint<CompatModelCreateParams, CompatModel> CREATE = Endpoint.of(Operation.CREATE, "POST",
      (params, r) -> r.path("models").jsonBody(params), ResponseDecoder.json(CompatModel.class));

  static final ModelsDefinition<CompatModel, Void> MODELS = ModelsDefinition.<CompatModel, Void>builder()
      .list(LIST, null)
      .retrieve(RETRIEVE)
      .call("create", CREATE)
      .build();

  private CompatEndpoints() {}
}
