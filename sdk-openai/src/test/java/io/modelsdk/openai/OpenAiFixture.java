package io.modelsdk.openai;

import io.modelsdk.core.Sleeper;
import io.modelsdk.core.testing.Fixtures;
import io.modelsdk.core.testing.VendorFixture;
import java.util.Arrays;
import java.util.List;

/** OpenAI's documented payloads and wire facts, for the contract test and the module's own tests. */
final class OpenAiFixture implements VendorFixture<OpenAiModel, OpenAiModelDeleted> {
  static String resource(String name) {
    return Fixtures.resource(OpenAiFixture.class, "/openai/" + name);
  }

  static String errorBody(String message, String type, String param, String code) {
    return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"param\":"
        + (param == null ? "null" : "\"" + param + "\"") + ",\"code\":"
        + (code == null ? "null" : "\"" + code + "\"") + "}}";
  }

  @Override
  public Client<OpenAiModel, OpenAiModelDeleted> client(String baseUrl, String apiKey, Sleeper sleeper) {
    OpenAiClient c = OpenAiClient.builder().apiKey(apiKey).baseUrl(baseUrl + "/v1").sleeper(sleeper).build();
    return Client.of(c.models(), c.async().models(), c::close);
  }

  /** The vendor's OpenAPI document, which every request of the module's WireMock tests must follow. */
  static final String SPEC = "openai/openai-models.openapi-excerpt.yaml";

  @Override
  public String openApiSpec() {
    return SPEC;
  }

  @Override
  public String vendor() {
    return "openai";
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
    return Arrays.asList("model-id-0", "model-id-1", "model-id-2");
  }

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
    return "VAR_chat_model_id";
  }

  @Override
  public String deletePath(String encodedId) {
    return "/v1/models/" + encodedId;
  }

  @Override
  public String deleteBody() {
    return resource("delete.json");
  }

  @Override
  public String notFoundBody(String message) {
    return errorBody(message, "invalid_request_error", "model", "model_not_found");
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
    return "x-request-id";
  }
}
