package io.modelsdk.root;

import io.modelsdk.core.Sleeper;
import io.modelsdk.core.testing.CallCase;
import io.modelsdk.core.testing.Fixtures;
import io.modelsdk.core.testing.PagedWalk;
import io.modelsdk.core.testing.VendorFixture;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Root Signals' documented payloads and wire facts, for the contract test and the module's own tests. */
final class RootFixture implements VendorFixture<RootModel, Void> {
  static final String LIST_ID_0 = "0f5a1d47-3c2e-4b8a-9d61-2a7e5c9b8f10";
  static final String LIST_ID_1 = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
  static final String MODEL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

  /** A list filtered by one capability, sent as {@code capable_of=chat}. */
  static final RootModelListParams CHAT = RootModelListParams.builder().addCapableOf("chat").build();

  /** The spec's "Create a custom LLM execution model (SaaS)" example, as params: {@code create-request.json}. */
  static final RootModelCreateParams CREATE = RootModelCreateParams.builder()
      .name("my-custom-gpt").model("gpt-4-turbo").defaultKey("something secret").build();

  /** {@code update-request.json}: a key rotated, the output raised, the token count cleared with a null. */
  static final RootModelUpdateParams UPDATE = RootModelUpdateParams.builder().defaultKey("rotated secret")
      .maxOutputTokenCount(4096).clearMaxTokenCount().build();

  /** {@code verify-request.json}: a test prompt to the model of {@link #CREATE}, with its key. */
  static final RootModelVerifyParams VERIFY = RootModelVerifyParams.builder().model("gpt-4-turbo")
      .apiKey("something secret").maxOutputTokenCount(800).build();

  static String resource(String name) {
    return Fixtures.resource(RootFixture.class, "/root/" + name);
  }

  /** A problem-details body, shaped as the spec's examples. */
  static String problem(int status, String title, String detail, String code) {
    return "{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\""
        + detail + "\",\"instance\":null,\"code\":\"" + code + "\"}";
  }

  @Override
  public Client<RootModel, Void> client(String baseUrl, String apiKey, Sleeper sleeper) {
    RootClient c = RootClient.builder().apiKey(apiKey).baseUrl(baseUrl).sleeper(sleeper).build();
    return Client.of(c.models(), c.async().models(), c::close);
  }

  /** The vendor's OpenAPI document, which every request of the module's WireMock tests must follow. */
  static final String SPEC = "root/rootsignals-models.openapi-excerpt.yaml";

  @Override
  public String openApiSpec() {
    return SPEC;
  }

  /** Root Signals' ids are UUIDs: the contract's readable ids become name-based ones, the same on every run. */
  @Override
  public String idOf(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Override
  public String vendor() {
    return "rootsignals";
  }

  @Override
  public String listPath() {
    return "/v1/models/";
  }

  @Override
  public String listBody() {
    return resource("list.json");
  }

  @Override
  public List<String> listIds() {
    return Arrays.asList(LIST_ID_0, LIST_ID_1);
  }

  @Override
  public String retrievePath(String encodedId) {
    return "/v1/models/" + encodedId + "/";
  }

  @Override
  public String retrieveBody() {
    return resource("retrieve.json");
  }

  @Override
  public String retrieveId() {
    return MODEL_ID;
  }

  @Override
  public String deletePath(String encodedId) {
    return "/v1/models/" + encodedId + "/";
  }

  @Override
  public int deleteStatus() {
    return 204;
  }

  @Override
  public String deleteBody() {
    return "";
  }

  @Override
  public String notFoundBody(String message) {
    return problem(404, "Not found.", message, "not_found");
  }

  @Override
  public String authHeader() {
    return "Authorization";
  }

  @Override
  public String authValue(String apiKey) {
    return "Api-Key " + apiKey;
  }

  @Override
  public String requestIdHeader() {
    return null;
  }

  /** Three models by cursor: the first page asks with no cursor and names the next one bare. */
  @Override
  public PagedWalk pagedWalk() {
    return PagedWalk.of(RootModelListParams.builder().pageSize(2).build())
        .page(RootPagingTest.page(0, 2, "cD00ODY="), "page_size", "2", "cursor", null)
        .page(RootPagingTest.page(2, 3, null), "page_size", "2", "cursor", "cD00ODY=")
        .ids("m0", "m1", "m2");
  }

  /**
   * list(params) with its query; create with the spec's request example, whose typed call answers the new
   * id while raw and streaming parse the whole model of {@code created.json}; update, with a field sent as
   * an explicit null; and verify, answering a {@link RootModelVerification} (no model, so no id to check).
   */
  @Override
  public List<CallCase> extraCalls() {
    return Arrays.asList(
        CallCase.of("list", CHAT).sends("GET", "/v1/models/").withQuery("capable_of", "chat")
            .answers(200, resource("list.json")).typedId(LIST_ID_0),
        CallCase.of("create", CREATE).sends("POST", "/v1/models/").withJson(resource("create-request.json"))
            .answers(201, resource("created.json")).typedId(MODEL_ID).parsedId(MODEL_ID),
        CallCase.of("update", MODEL_ID, UPDATE).sends("PATCH", "/v1/models/" + MODEL_ID + "/")
            .withJson(resource("update-request.json")).answers(200, resource("updated.json")).typedId(MODEL_ID),
        CallCase.of("verify", VERIFY).sends("POST", "/v1/models/verify/").withJson(resource("verify-request.json"))
            .answers(200, resource("verified.json")));
  }
}
