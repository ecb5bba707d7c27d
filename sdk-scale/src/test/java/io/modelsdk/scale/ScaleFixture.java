package io.modelsdk.scale;

import io.modelsdk.core.Sleeper;
import io.modelsdk.core.testing.Fixtures;
import io.modelsdk.core.testing.VendorFixture;
import java.util.Arrays;
import java.util.List;

/** Scale's payloads (see {@code src/test/resources/scale/README.md}) and wire facts, for every test here. */
final class ScaleFixture implements VendorFixture<ScaleModel, ScaleModelDeleted> {
  static final List<String> LIST_IDS = Arrays.asList("mi_01hz8k2n5q", "mi_02jq4r7t8w", "mi_03kv6x9y0z");
  static final String RETRIEVE_ID = "mi_01hz8k2n5q";

  static String resource(String name) {
    return Fixtures.resource(ScaleFixture.class, "/scale/" + name);
  }

  /** FastAPI's {@code {"detail": "..."}}. */
  static String detail(String message) {
    return "{\"detail\":\"" + message + "\"}";
  }

  @Override
  public Client<ScaleModel, ScaleModelDeleted> client(String baseUrl, String apiKey, Sleeper sleeper) {
    ScaleClient c = ScaleClient.builder().apiKey(apiKey).baseUrl(baseUrl).sleeper(sleeper).build();
    return Client.of(c.models(), c.async().models(), c::close);
  }

  @Override
  public String vendor() {
    return "scale";
  }

  @Override
  public String listPath() {
    return "/v4/models";
  }

  @Override
  public String listBody() {
    return resource("list.json");
  }

  @Override
  public List<String> listIds() {
    return LIST_IDS;
  }

  @Override
  public String retrievePath(String encodedId) {
    return "/v4/models/" + encodedId;
  }

  @Override
  public String retrieveBody() {
    return resource("retrieve.json");
  }

  @Override
  public String retrieveId() {
    return RETRIEVE_ID;
  }

  @Override
  public String deletePath(String encodedId) {
    return "/v4/models/" + encodedId;
  }

  @Override
  public String deleteBody() {
    return resource("delete.json");
  }

  @Override
  public String notFoundBody(String message) {
    return detail(message);
  }

  @Override
  public String authHeader() {
    return "x-api-key";
  }

  @Override
  public String authValue(String apiKey) {
    return apiKey;
  }

  @Override
  public String requestIdHeader() {
    return null;
  }
}
