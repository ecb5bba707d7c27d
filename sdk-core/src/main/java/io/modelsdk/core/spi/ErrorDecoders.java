package io.modelsdk.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelsdk.core.errors.ErrorDetails;
import io.modelsdk.core.errors.ValidationError;
import io.modelsdk.core.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * FastAPI's envelope: {@code {"detail": "text"}}, or {@code {"detail": [{"loc", "msg", "type"}]}} for
   * validation errors, which become {@link ValidationError}s and a message joining them.
   */
  public static ErrorDecoder fastApiDetail() {
    return response -> {
      JsonNode root = tree(response);
      JsonNode detail = root == null ? null : root.get("detail");
      if (detail == null || detail.isNull()) {
        return ErrorDetails.empty();
      }
      if (!detail.isArray()) {
        return ErrorDetails.builder().message(detail.isTextual() ? detail.asText() : detail.toString()).build();
      }
      List<ValidationError> errors = new ArrayList<>();
      for (JsonNode item : detail) {
        List<String> location = new ArrayList<>();
        JsonNode loc = item.get("loc");
        if (loc != null && loc.isArray()) {
          loc.forEach(part -> location.add(part.asText()));
        }
        String msg = text(item, "msg");
        errors.add(new ValidationError(location, msg == null ? item.toString() : msg, text(item, "type")));
      }
      StringBuilder message = new StringBuilder();
      for (ValidationError e : errors) {
        message.append(message.length() > 0 ? "; " : "").append(e);
      }
      return ErrorDetails.builder().message(message.toString()).validationErrors(errors).build();
    };
  }

  /**
   * RFC 9457 problem details, {@code {"type", "status", "title", "detail", "code"}}: {@code detail}
   * (else {@code title}) is the message, {@code code} the code, {@code title} the type.
   */
  public static ErrorDecoder problemDetails() {
    return response -> {
      JsonNode root = tree(response);
      if (root == null || !root.isObject()) {
        return ErrorDetails.empty();
      }
      String detail = text(root, "detail");
      String title = text(root, "title");
      return ErrorDetails.builder()
          .message(detail != null ? detail : title)
          .code(text(root, "code"))
          .type(title)
          .build();
    };
  }

  /** Tries each decoder in turn and keeps the first answer that has a message. */
  public static ErrorDecoder firstOf(ErrorDecoder... decoders) {
    ErrorDecoder[] copy = decoders.clone();
    return response -> {
      for (ErrorDecoder d : copy) {
        ErrorDetails details = d.decode(response);
        if (details.message().isPresent()) {
          return details;
        }
      }
      return ErrorDetails.empty();
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
