package io.modelsdk.root.internal;

import io.modelsdk.core.Operation;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ErrorDecoders;
import io.modelsdk.core.spi.IdParams;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.spi.VendorProfile;
import io.modelsdk.root.RootModel;
import io.modelsdk.root.RootModelCreateParams;
import io.modelsdk.root.RootModelListParams;
import io.modelsdk.root.RootModelUpdateParams;
import io.modelsdk.root.RootModelVerification;
import io.modelsdk.root.RootModelVerifyParams;
import java.util.Collections;

/**
 * Root Signals' models endpoints, each declared once; core derives every calling mode from them. Every
 * path ends in {@code /}, as the API's do.
 */
public final class RootEndpoints {
  /** The vendor: {@code Authorization: Api-Key <key>}, no request id, problem-details errors. */
  public static final VendorProfile PROFILE = VendorProfile.of("rootsignals", "https://api.app.rootsignals.ai",
      key -> Collections.singletonMap("Authorization", "Api-Key " + key), null, ErrorDecoders.problemDetails());

  static final Endpoint<String, RootModel> RETRIEVE = Endpoint.of(Operation.RETRIEVE, "GET",
      (id, r) -> r.path("v1/models").pathParam("model id", id).path("/"), ResponseDecoder.json(RootModel.class));

  static final ListEndpoint<RootListRequest, RootModelPage, RootModel> LIST = ListEndpoint.of(
      Endpoint.of(Operation.LIST, "GET", RootListRequest::write, ResponseDecoder.json(RootModelPage.class)),
      RootModelPage::results, RootListRequest::next, "results", RootModel.class);

  /** Root Signals answers 204 with no body: the decoder answers null without reading. */
  static final Endpoint<String, Void> DELETE = Endpoint.of(Operation.DELETE, "DELETE",
      (id, r) -> r.path("v1/models").pathParam("model id", id).path("/"), response -> null);

  static final Endpoint<RootModelCreateParams, RootModel> CREATE = Endpoint.of(Operation.CREATE, "POST",
      (params, r) -> r.path("v1/models/").jsonBody(RootBodies.create(params, r)), ResponseDecoder.json(RootModel.class));

  /** A partial update: only the fields the params set or clear are sent. */
  static final Endpoint<IdParams<RootModelUpdateParams>, RootModel> UPDATE = Endpoint.of(Operation.UPDATE, "PATCH",
      (call, r) -> r.path("v1/models").pathParam("model id", call.id()).path("/")
          .jsonBody(RootBodies.update(call.params(), r)),
      ResponseDecoder.json(RootModel.class));

  /** Verifying an unsaved configuration: the model is called with it, nothing is saved. */
  static final Endpoint<RootModelVerifyParams, RootModelVerification> VERIFY = Endpoint.of(Operation.VERIFY, "POST",
      (params, r) -> r.path("v1/models/verify/").jsonBody(RootBodies.verify(params, r)),
      ResponseDecoder.json(RootModelVerification.class));

  /** List, retrieve, delete, create (whose typed call answers the new model's id), update and verify. */
  public static final ModelsDefinition<RootModel, Void> MODELS = ModelsDefinition.<RootModel, Void>builder()
      .list(LIST, RootModelListParams.none(), RootListRequest::first)
      .retrieve(RETRIEVE)
      .delete(DELETE)
      .call("create", CREATE, RootModel::id)
      .callOnModel("update", UPDATE)
      .call("verify", VERIFY)
      .build();

  private RootEndpoints() {}
}
