package io.modelsdk.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelsdk.core.errors.ErrorDetails;
import io.modelsdk.core.internal.Json;
import java.io.IOException;

/** Readers of the error envelopes several vendors share. */
public final class ErrorDecoders {
  private ErrorDecoders() {}

  /**
   * The {@code {"error": {"message", "type", "param", "code"}}} envelope that OpenAI made common
   * (absent fields stay absent; a string {@code error} is taken as the message). Anything else gives
   * empty details, and the body shows in the exception instead.
   */
  public static ErrorDecoder errorObject() {
    return response -> {
      JsonNode root = tree(response);
      JsonNode error = root == null ? null : root.get("error");
      if (error == null) {
        return ErrorDetails.empty();
      }
      if (error.isTextual()) {
        return ErrorDetails.builder().message(error.asText()).build();
      }
      return ErrorDetails.builder()
          .message(text(error, "message"))
          .type(text(error, "type"))
          .param(text(error, "param"))
          .code(text(error, "code"))
          .build();
    };
  }

  /** The body parsed as a JSON tree, or null if it is not JSON. */
  public static JsonNode tree(ResponseData response) {
    if (response.body().length == 0) {
      return null;
    }
    try {
      return Json.mapper().readTree(response.body());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A scalar field as text (numbers too), or null when absent or JSON null. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }
}
