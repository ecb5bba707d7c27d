package io.modelsdk.scale.internal;

import io.modelsdk.core.Operation;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ErrorDecoders;
import io.modelsdk.core.spi.IdParams;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import io.modelsdk.core.spi.RequestSpec;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.spi.VendorProfile;
import io.modelsdk.scale.ScaleModel;
import io.modelsdk.scale.ScaleModelCreateParams;
import io.modelsdk.scale.ScaleModelDeleted;
import io.modelsdk.scale.ScaleModelListParams;
import io.modelsdk.scale.ScaleModelRetrieveParams;
import io.modelsdk.scale.ScaleModelUpdateParams;
import io.modelsdk.scale.ScaleModelView;
import java.util.Collections;
import java.util.List;

/** Scale GenAI Platform's {@code /v4/models} endpoints, each declared once; core derives every calling mode. */
public final class ScaleEndpoints {
  private static final String MODELS_PATH = "v4/models";
  private static final String MODEL_ID = "model id";

  /**
   * The vendor: the key in {@code x-api-key}, no request-id header, FastAPI's {@code {"detail": ...}}
   * errors (a list of validation errors on 422, a string otherwise).
   */
  public static final VendorProfile PROFILE = VendorProfile.of("scale", "https://api.egp.scale.com",
      key -> Collections.singletonMap("x-api-key", key), null, ErrorDecoders.fastApiDetail());

  private static final ResponseDecoder<ScaleModel> MODEL = ResponseDecoder.json(ScaleModel.class);

  static final ListEndpoint<ScaleModelListParams, ScaleModelPage, ScaleModel> LIST = ListEndpoint.of(
      Endpoint.of(Operation.LIST, "GET", ScaleEndpoints::writeList, ResponseDecoder.json(ScaleModelPage.class)),
      ScaleModelPage::items, ScaleEndpoints::nextPage, "items", ScaleModel.class);

  static final Endpoint<String, ScaleModel> RETRIEVE = Endpoint.of(Operation.RETRIEVE, "GET",
      (id, r) -> r.path(MODELS_PATH).pathParam(MODEL_ID, id), MODEL);

  static final Endpoint<IdParams<ScaleModelRetrieveParams>, ScaleModel> RETRIEVE_WITH_VIEWS = Endpoint.of(
      Operation.RETRIEVE, "GET",
      (p, r) -> views(r.path(MODELS_PATH).pathParam(MODEL_ID, p.id()), p.params().views()), MODEL);

  static final Endpoint<ScaleModelCreateParams, ScaleModel> CREATE = Endpoint.of(Operation.CREATE, "POST",
      (p, r) -> r.path(MODELS_PATH).jsonBody(p), MODEL);

  static final Endpoint<IdParams<ScaleModelUpdateParams>, ScaleModel> UPDATE = Endpoint.of(Operation.UPDATE,
      "PATCH", (p, r) -> r.path(MODELS_PATH).pathParam(MODEL_ID, p.id()).jsonBody(p.params()), MODEL);

  static final Endpoint<String, ScaleModelDeleted> DELETE = Endpoint.of(Operation.DELETE, "DELETE",
      (id, r) -> r.path(MODELS_PATH).pathParam(MODEL_ID, id), ResponseDecoder.json(ScaleModelDeleted.class));

  /** List, retrieve (also with views), delete, create and update; a plain {@code list()} sends no parameters. */
  public static final ModelsDefinition<ScaleModel, ScaleModelDeleted> MODELS =
      ModelsDefinition.<ScaleModel, ScaleModelDeleted>builder()
          .list(LIST, ScaleModelListParams.defaults())
          .retrieve(RETRIEVE)
          .callOnModel("retrieve", RETRIEVE_WITH_VIEWS)
          .delete(DELETE)
          .call("create", CREATE)
          .callOnModel("update", UPDATE)
          .build();

  private ScaleEndpoints() {}

  private static void writeList(ScaleModelListParams p, RequestSpec r) {
    views(r.path(MODELS_PATH), p.views())
        .queryJoined("sort_by", p.sortBy())
        .query("page", p.page())
        .query("limit", p.limit())
        .query("model_group_id", p.modelGroupId())
        .query("model_type", p.modelType())
        .query("account_id", p.accountId());
  }

  private static RequestSpec views(RequestSpec r, List<ScaleModelView> views) {
    return r.queryJoined("view", views);
  }

  /** The page after the one the server says it sent, while {@link ScaleModelPage#hasMore()}. */
  private static ScaleModelListParams nextPage(ScaleModelListParams params, ScaleModelPage page) {
    if (!page.hasMore() || page.currentPage() >= Integer.MAX_VALUE) {
      return null;
    }
    long current = page.currentPage() >= 1 ? page.currentPage() : params.page().orElse(1);
    return params.toBuilder().page((int) current + 1).build();
  }
}
