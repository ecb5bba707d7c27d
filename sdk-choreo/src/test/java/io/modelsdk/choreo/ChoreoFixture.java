package io.modelsdk.choreo;

import io.modelsdk.core.Sleeper;
import io.modelsdk.core.testing.CallCase;
import io.modelsdk.core.testing.Fixtures;
import io.modelsdk.core.testing.VendorFixture;
import java.util.List;

/** The gateway's documented payloads and wire facts, for the contract test and the module's own tests. */
final class ChoreoFixture implements VendorFixture<ChoreoModel, Void> {
  /** The list filtered to one owner; the gateway takes no query, the SDK keeps only Anthropic's models. */
  static final ChoreoModelListParams ANTHROPIC = ChoreoModelListParams.builder().ownedBy("anthropic").build();

  static String resource(String name) {
    return Fixtures.resource(ChoreoFixture.class, "/choreo/" + name);
  }

  /** The gateway's OpenAI-style envelope, as its docs write it ({@code param} left out). */
  static String errorBody(String message, String type, String code) {
    return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":\"" + code + "\"}}";
  }

  @Override
  public Client<ChoreoModel, Void> client(String baseUrl, String apiKey, Sleeper sleeper) {
    ChoreoClient c = ChoreoClient.builder().apiKey(apiKey).baseUrl(baseUrl).sleeper(sleeper).build();
    return Client.of(c.models(), c.async().models(), c::close);
  }

  /** The vendor's OpenAPI document, which every request of the module's WireMock tests must follow. */
  static final String SPEC = "choreo/choreoai-models.reconstructed.openapi.yaml";

  @Override
  public String openApiSpec() {
    return SPEC;
  }

  @Override
  public String vendor() {
    return "choreoai";
  }

  @Override
  public String listPath() {
    return "/v1/models";
  }

  @Override
  public String listBody() {
    return resource("list.json");
  }

  @Override
  public List<String> listIds() {
    return List.of("gpt-4", "claude-3-opus-20240229");
  }

  /** The documented route; the contract serves it, as a gateway that implements it would. */
  @Override
  public String retrievePath(String encodedId) {
    return "/v1/models/" + encodedId;
  }

  @Override
  public String retrieveBody() {
    return resource("retrieve.json");
  }

  @Override
  public String retrieveId() {
    return "gpt-4";
  }

  /** None: the gateway has no delete. */
  @Override
  public String deletePath(String encodedId) {
    return null;
  }

  @Override
  public String deleteBody() {
    return "";
  }

  @Override
  public String notFoundBody(String message) {
    return errorBody(message, "invalid_request_error", "model_not_found");
  }

  @Override
  public String unauthorizedBody(String message) {
    return errorBody(message, "authentication_error", "invalid_api_key");
  }

  @Override
  public String authHeader() {
    return "Authorization";
  }

  @Override
  public String authValue(String apiKey) {
    return "Bearer " + apiKey;
  }

  @Override
  public String requestIdHeader() {
    return "X-Request-ID";
  }

  /**
   * list(params) filtered by owner: the gateway gets the plain {@code GET /v1/models} (no query) and answers
   * the whole documented list; the typed and parsed pages keep only Anthropic's model (so their first id is
   * not the list's first), while the streamed body is the gateway's body as sent.
   */
  @Override
  public List<CallCase> extraCalls() {
    return List.of(CallCase.of("list", ANTHROPIC).sends("GET", "/v1/models")
        .answers(200, resource("list.json")).typedId("claude-3-opus-20240229"));
  }
}
