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
import java.util.ArrayList;
import java.util.List;

/** The gateway's models endpoints, each declared once; core derives every calling mode from them. */
public final class ChoreoEndpoints {
  /**
   * The vendor: Bearer auth, {@code X-Request-ID}, errors as {@code {"error": {...}}} or FastAPI's
   * {@code {"detail": ...}}, and exceptions of its own for {@code model_not_found} and
   * {@code provider_not_configured}.
   */
  public static final VendorProfile PROFILE = VendorProfile.of("choreoai", "http://localhost:8000",
      VendorProfile.bearer(), "X-Request-ID",
      ErrorDecoders.firstOf(ErrorDecoders.errorObject(), ErrorDecoders.fastApiDetail()))
      .withErrorClassifier(ChoreoErrors.CLASSIFIER);

  static final Endpoint<String, ChoreoModel> RETRIEVE = Endpoint.of(Operation.RETRIEVE, "GET",
      (id, r) -> r.path("v1/models").pathParam("model id", id), ResponseDecoder.json(ChoreoModel.class));

  private static final Endpoint<ChoreoModelListParams, ChoreoModelList> LIST_PAGE = Endpoint.of(
      Operation.LIST, "GET", (params, r) -> r.path("v1/models"), ResponseDecoder.json(ChoreoModelList.class));

  /** List, and retrieve that lists and filters when the gateway answers its route-level 404; no delete. */
  public static final ModelsDefinition<ChoreoModel, Void> MODELS = ModelsDefinition.<ChoreoModel, Void>builder()
      .list(list(ChoreoModelListParams.none()), ChoreoModelListParams.none())
      .retrieveFallingBackToListing(RETRIEVE, ChoreoErrors.ROUTE_NOT_FOUND)
      .build();

  private ChoreoEndpoints() {}

  /**
   * The list call keeping the models {@code params} selects. The gateway has no query parameters, so
   * the filter runs on the decoded page; item-by-item streaming filters in {@code FilteredStreamingList}.
   */
  public static ListEndpoint<ChoreoModelListParams, ChoreoModelList, ChoreoModel> list(ChoreoModelListParams params) {
    return ListEndpoint.singlePage(LIST_PAGE, envelope -> filter(envelope.data(), params), "data",
        ChoreoModel.class);
  }

  private static List<ChoreoModel> filter(List<ChoreoModel> models, ChoreoModelListParams params) {
    if (models == null || params.ownedBy().isEmpty()) {
      return models;
    }
    List<ChoreoModel> kept = new ArrayList<>();
    for (ChoreoModel m : models) {
      if (m == null || params.matches(m)) { // a null item stays, for core to report as a parse failure
        kept.add(m);
      }
    }
    return kept;
  }
}
