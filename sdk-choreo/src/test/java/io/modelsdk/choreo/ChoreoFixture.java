package io.modelsdk.choreo;

import io.modelsdk.core.Sleeper;
import io.modelsdk.core.testing.Fixtures;
import io.modelsdk.core.testing.VendorFixture;
import java.util.List;

/** The gateway's documented payloads and wire facts, for the contract test and the module's own tests. */
final class ChoreoFixture implements VendorFixture<ChoreoModel, Void> {
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
}
