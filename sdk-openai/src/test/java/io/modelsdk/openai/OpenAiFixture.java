package io.modelsdk.openai;

import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Models;
import io.modelsdk.core.Sleeper;
import io.modelsdk.core.testing.VendorFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** OpenAI's documented payloads and wire facts, for the contract test and the module's own tests. */
final class OpenAiFixture implements VendorFixture<OpenAiModel, ModelDeleted> {
  static String resource(String name) {
    try (InputStream in = OpenAiFixture.class.getResourceAsStream("/openai/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String errorBody(String message, String type, String param, String code) {
    return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"param\":"
        + (param == null ? "null" : "\"" + param + "\"") + ",\"code\":"
        + (code == null ? "null" : "\"" + code + "\"") + "}}";
  }

  @Override
  public Client<OpenAiModel, ModelDeleted> client(String baseUrl, String apiKey, Sleeper sleeper) {
    OpenAiClient c = OpenAiClient.builder().apiKey(apiKey).baseUrl(baseUrl + "/v1").sleeper(sleeper).build();
    return new Client<OpenAiModel, ModelDeleted>() {
      @Override
      public Models<OpenAiModel, ModelDeleted> models() {
        return c.models();
      }

      @Override
      public AsyncModels<OpenAiModel, ModelDeleted> asyncModels() {
        return c.async().models();
      }

      @Override
      public void close() {
        c.close();
      }
    };
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
