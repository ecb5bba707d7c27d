package io.modelsdk.root.internal;

import io.modelsdk.core.Operation;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ErrorDecoders;
import io.modelsdk.core.spi.ListEndpoint;
import io.modelsdk.core.spi.ModelsDefinition;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.spi.VendorProfile;
import io.modelsdk.root.RootModel;
import io.modelsdk.root.RootModelCreateParams;
import io.modelsdk.root.RootModelListParams;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
      (params, r) -> r.path("v1/models/").jsonBody(body(params)), ResponseDecoder.json(RootModel.class));

  /** List, retrieve, delete, and create, whose typed call answers the new model's id. */
  public static final ModelsDefinition<RootModel, Void> MODELS = ModelsDefinition.<RootModel, Void>builder()
      .list(LIST, RootModelListParams.none(), RootListRequest::first)
      .retrieve(RETRIEVE)
      .delete(DELETE)
      .call("create", CREATE, RootModel::id)
      .build();

  /** The {@code ModelRequest} body; {@code model} defaults to {@code name}. */
  static Map<String, Object> body(RootModelCreateParams params) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", params.name());
    body.put("model", params.model().orElse(params.name()));
    params.defaultKey().ifPresent(k -> body.put("default_key", k));
    params.maxOutputTokenCount().ifPresent(n -> body.put("max_output_token_count", n));
    params.maxTokenCount().ifPresent(n -> body.put("max_token_count", n));
    params.url().ifPresent(u -> body.put("url", u));
    return body;
  }

  private RootEndpoints() {}
}
