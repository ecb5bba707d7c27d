package io.modelsdk.root.internal;

import io.modelsdk.core.spi.RequestSpec;
import io.modelsdk.root.RootModelCreateParams;
import io.modelsdk.root.RootModelUpdateParams;
import io.modelsdk.root.RootModelVerifyParams;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JSON bodies of Root Signals' model requests, in the API's field names. A field the params leave
 * out is not sent; a field an update clears is sent as {@code null}. Secrets ({@code default_key},
 * {@code api_key}) go here and nowhere else, and each is marked {@linkplain RequestSpec#secret secret} so
 * that core masks it in logs, exception messages and error bodies that echo it.
 */
final class RootBodies {
  private RootBodies() {}

  /** {@code ModelRequest}; {@code model} defaults to {@code name}. */
  static Map<String, Object> create(RootModelCreateParams p, RequestSpec request) {
    p.defaultKey().ifPresent(request::secret);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", p.name());
    body.put("model", p.model().orElse(p.name()));
    put(body, "default_key", p.defaultKey());
    put(body, "max_output_token_count", p.maxOutputTokenCount());
    put(body, "max_token_count", p.maxTokenCount());
    put(body, "url", p.url());
    return body;
  }

  /** {@code PatchedModelRequest}: the fields set, and the cleared ones as {@code null}. */
  static Map<String, Object> update(RootModelUpdateParams p, RequestSpec request) {
    p.defaultKey().ifPresent(request::secret);
    Map<String, Object> body = new LinkedHashMap<>();
    put(body, "name", p.name());
    put(body, "model", p.model());
    put(body, "default_key", p.defaultKey());
    put(body, "max_output_token_count", p.maxOutputTokenCount());
    put(body, "max_token_count", p.maxTokenCount());
    put(body, "url", p.url());
    for (RootModelUpdateParams.Clearable field : p.cleared()) {
      body.put(field.wireName(), null);
    }
    return body;
  }

  /** {@code ModelTestRequestRequest}. */
  static Map<String, Object> verify(RootModelVerifyParams p, RequestSpec request) {
    p.apiKey().ifPresent(request::secret);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", p.model());
    put(body, "api_key", p.apiKey());
    put(body, "url", p.url());
    put(body, "max_output_token_count", p.maxOutputTokenCount());
    return body;
  }

  private static void put(Map<String, Object> body, String name, Optional<?> value) {
    value.ifPresent(v -> body.put(name, v));
  }

  private static void put(Map<String, Object> body, String name, OptionalInt value) {
    value.ifPresent(v -> body.put(name, v));
  }
}
