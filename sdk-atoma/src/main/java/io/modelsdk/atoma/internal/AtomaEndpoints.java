package io.modelsdk.atoma.internal;

import io.modelsdk.atoma.AtomaModel;
import io.modelsdk.core.Operation;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ErrorDecoders;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.spi.VendorProfile;

/**
 * Atoma's models endpoints, each declared once; core derives every calling mode from them. Atoma
 * documents only {@code GET /v1/models}: retrieve lists and filters, and delete is not declared, so core
 * refuses it before any I/O.
 */
public final class AtomaEndpoints {
  /**
   * The vendor: {@code Authorization: Bearer}, no request-id header, the {@code {"error": {code, message}}}
   * envelope, {@link io.modelsdk.atoma.InsufficientBalanceException} for a 402, and no retry of a 402 or a
   * 501.
   */
  public static final VendorProfile PROFILE = VendorProfile.of("atoma", "https://api.atoma.network",
      VendorProfile.bearer(), null, ErrorDecoders.errorObject())
      .withErrorClassifier(AtomaErrors.CLASSIFIER)
      .withFinalErrors(AtomaErrors.FINAL);

  static final ListEndpoint<Void, AtomaModelList, AtomaModel> LIST = ListEndpoint.singlePage(
      Endpoint.of(Operation.LIST, "GET", (none, r) -> r.path("v1/models"),
          ResponseDecoder.json(AtomaModelList.class)),
      list -> list.data().orElse(null), "data", AtomaModel.class);

  /** List, and retrieve by listing; no delete ({@code Void}). */
  public static final ModelsDefinition<AtomaModel, Void> MODELS =
      ModelsDefinition.<AtomaModel, Void>builder()
          .list(LIST, null)
          .retrieveByListing()
          .build();

  private AtomaEndpoints() {}
}
