package io.modelsdk.openai.internal;

import io.modelsdk.core.Operation;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ErrorDecoders;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.spi.VendorProfile;
import io.modelsdk.openai.OpenAiModelDeleted;
import io.modelsdk.openai.OpenAiModel;

/** OpenAI's models endpoints, each declared once; core derives every calling mode from them. */
public final class OpenAiEndpoints {
  /** The vendor: Bearer auth, {@code x-request-id}, the {@code {"error": {...}}} envelope. */
  public static final VendorProfile PROFILE = VendorProfile.of("openai", "https://api.openai.com/v1",
      VendorProfile.bearer(), "x-request-id", ErrorDecoders.errorObject());

  static final Endpoint<String, OpenAiModel> RETRIEVE = Endpoint.of(Operation.RETRIEVE, "GET",
      (id, r) -> r.path("models").pathParam("model id", id), ResponseDecoder.json(OpenAiModel.class));

  static final ListEndpoint<Void, OpenAiModelList, OpenAiModel> LIST = ListEndpoint.singlePage(
      Endpoint.of(Operation.LIST, "GET", (none, r) -> r.path("models"),
          ResponseDecoder.json(OpenAiModelList.class)),
      l -> l.data().orElse(null), "data", OpenAiModel.class);

  static final Endpoint<String, OpenAiModelDeleted> DELETE = Endpoint.of(Operation.DELETE, "DELETE",
      (id, r) -> r.path("models").pathParam("model id", id), ResponseDecoder.json(OpenAiModelDeleted.class));

  /** List, retrieve and delete. */
  public static final ModelsDefinition<OpenAiModel, OpenAiModelDeleted> MODELS =
      ModelsDefinition.<OpenAiModel, OpenAiModelDeleted>builder()
          .list(LIST, null)
          .retrieve(RETRIEVE)
          .delete(DELETE)
          .build();

  private OpenAiEndpoints() {}
}
