package io.modelsdk.atoma;

import io.modelsdk.core.Sleeper;
import io.modelsdk.core.testing.Fixtures;
import io.modelsdk.core.testing.VendorFixture;
import java.util.Arrays;
import java.util.List;

/**
 * Atoma's documented payloads and wire facts, for the contract test and the module's own tests. Atoma
 * has no retrieve or delete path: retrieve lists and filters, delete is refused.
 */
final class AtomaFixture implements VendorFixture<AtomaModel, Void> {
  static String resource(String name) {
    return Fixtures.resource(AtomaFixture.class, "/atoma/" + name);
  }

  /** Atoma's error envelope, {@code {"error": {"code", "message"}}}. */
  static String errorBody(String code, String message) {
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
  }

  @Override
  public Client<AtomaModel, Void> client(String baseUrl, String apiKey, Sleeper sleeper) {
    AtomaClient c = AtomaClient.builder().apiKey(apiKey).baseUrl(baseUrl).sleeper(sleeper).build();
    return Client.of(c.models(), c.async().models(), c::close);
  }

  /** The vendor's OpenAPI document, which every request of the module's WireMock tests must follow. */
  static final String SPEC = "atoma/atoma-proxy-models.openapi-excerpt.yaml";

  @Override
  public String openApiSpec() {
    return SPEC;
  }

  @Override
  public String vendor() {
    return "atoma";
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
    return Arrays.asList("meta-llama/Llama-3.3-70B-Instruct", "intfloat/multilingual-e5-large-instruct",
        "black-forest-labs/FLUX.1-schnell");
  }

  @Override
  public String retrievePath(String encodedId) {
    return null; // no retrieve endpoint: retrieve lists and filters
  }

  @Override
  public String retrieveBody() {
    return resource("list.json");
  }

  @Override
  public String retrieveId() {
    return "meta-llama/Llama-3.3-70B-Instruct";
  }

  @Override
  public String deletePath(String encodedId) {
    return null; // no delete
  }

  @Override
  public String deleteBody() {
    return "";
  }

  @Override
  public String notFoundBody(String message) {
    return errorBody("NOT_FOUND", message);
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
    return null;
  }
}
