package io.modelsdk.core.testing;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call a vendor declares, as {@link ModelsContractTest} runs it in every calling mode: the interface
 * method and its arguments (before the options), the request it must send, and the documented answer.
 *
 * <pre>{@code
 * CallCase.of("create", params).sends("POST", "/v4/models").withJson("{\"name\":\"m\"}")
 *     .answers(200, resource("create.json")).typedId("mi_04new0model");
 * }</pre>
 */
public final class CallCase {
  final String method;
  final Object[] args;
  String httpMethod = "GET";
  String path;
  String requestJson;
  final Map<String, String> query = new LinkedHashMap<>();
  int status = 200;
  String body = "";
  String typedId;
  String parsedId;
  boolean bodyAsSent = true;

  private CallCase(String method, Object[] args) {
    this.method = Objects.requireNonNull(method, "method == null");
    this.args = args.clone();
  }

  /** A call of {@code method(args..., RequestOptions)} on the vendor's models interfaces. */
  public static CallCase of(String method, Object... args) {
    return new CallCase(method, args);
  }

  /** The request's method and URL path, relative to the mock's root. */
  public CallCase sends(String httpMethod, String path) {
    this.httpMethod = httpMethod;
    this.path = path;
    return this;
  }

  /** The JSON the request's body must equal. */
  public CallCase withJson(String json) {
    this.requestJson = json;
    return this;
  }

  /** A query parameter the request must carry. */
  public CallCase withQuery(String name, String value) {
    query.put(name, value);
    return this;
  }

  /** The documented answer the mock serves. */
  public CallCase answers(int status, String body) {
    this.status = status;
    this.body = body;
    return this;
  }

  /**
   * The id of the model the typed call answers (a model, or a page's first item); the parsed body of
   * the raw and streaming calls has the same id unless {@link #parsedId} says otherwise.
   */
  public CallCase typedId(String id) {
    this.typedId = id;
    this.parsedId = id;
    return this;
  }

  /** The id of the parsed body of raw and streaming calls, where the typed call answers something else. */
  public CallCase parsedId(String id) {
    this.parsedId = id;
    return this;
  }

  /** The streaming body is not the body as sent (retrieve by listing answers the model's JSON). */
  public CallCase bodyNotAsSent() {
    this.bodyAsSent = false;
    return this;
  }

  Map<String, String> query() {
    return Collections.unmodifiableMap(query);
  }

  @Override
  public String toString() {
    return method + Arrays.toString(args).replace('[', '(').replace(']', ')');
  }
}
