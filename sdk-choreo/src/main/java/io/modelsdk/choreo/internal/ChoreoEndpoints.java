package io.modelsdk.choreo.internal;

import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.choreo.ChoreoModelListParams;
import io.modelsdk.core.Operation;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ErrorDecoders;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.spi.VendorProfile;

/** The gateway's models endpoints, each declared once; core derives every calling mode from them. */
public final class ChoreoEndpoints {
  /**
   * The vendor: Bearer auth, {@code X-Request-ID}, errors as {@code {"error": {...}}} or FastAPI's
   * {@code {"detail": ...}}, exceptions of its own for {@code model_not_found} and
   * {@code provider_not_configured}, and no retry of {@code provider_not_configured}.
   */
  public static final VendorProfile PROFILE = VendorProfile.of("choreoai", "http://localhost:8000",
      VendorProfile.bearer(), "X-Request-ID",
      ErrorDecoders.firstOf(ErrorDecoders.errorObject(), ErrorDecoders.fastApiDetail()))
      .withErrorClassifier(ChoreoErrors.CLASSIFIER)
      .withFinalErrors(ChoreoErrors.FINAL);

  static final Endpoint<String, ChoreoModel> RETRIEVE = Endpoint.of(Operation.RETRIEVE, "GET",
      (id, r) -> r.path("v1/models").pathParam("model id", id), ResponseDecoder.json(ChoreoModel.class));

  /**
   * {@code GET /v1/models}, one page, keeping the models the params select. The gateway takes no query
   * parameters, so core applies the owner filter to pages and to item-by-item streaming; the raw body
   * stays the gateway's body as sent.
   */
  static final ListEndpoint<ChoreoModelListParams, ChoreoModelList, ChoreoModel> LIST =
      ListEndpoint.<ChoreoModelListParams, ChoreoModelList, ChoreoModel>singlePage(
          Endpoint.of(Operation.LIST, "GET", (params, r) -> r.path("v1/models"),
              ResponseDecoder.json(ChoreoModelList.class)),
          list -> list.data().orElse(null), "data", ChoreoModel.class)
      .keeping((params, model) -> params.matches(model));

  /** List (all, or by owner), and retrieve that lists and filters on the gateway's route-level 404; no delete. */
  public static final ModelsDefinition<ChoreoModel, Void> MODELS = ModelsDefinition.<ChoreoModel, Void>builder()
      .list(LIST, ChoreoModelListParams.none())
      .retrieveFallingBackToListing(RETRIEVE, ChoreoErrors.ROUTE_NOT_FOUND)
      .build();

  private ChoreoEndpoints() {}
}
