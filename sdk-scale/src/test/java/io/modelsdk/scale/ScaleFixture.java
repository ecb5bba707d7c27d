package io.modelsdk.scale;

import io.modelsdk.core.Sleeper;
import io.modelsdk.core.testing.CallCase;
import io.modelsdk.core.testing.Fixtures;
import io.modelsdk.core.testing.PagedWalk;
import io.modelsdk.core.testing.VendorFixture;
import java.util.Arrays;
import java.util.List;

/** Scale's payloads (see {@code src/test/resources/scale/README.md}) and wire facts, for every test here. */
final class ScaleFixture implements VendorFixture<ScaleModel, ScaleModelDeleted> {
  static final List<String> LIST_IDS = Arrays.asList("mi_01hz8k2n5q", "mi_02jq4r7t8w", "mi_03kv6x9y0z");
  static final String RETRIEVE_ID = "mi_01hz8k2n5q";
  /** The id of {@code create.json}, the model create and update answer. */
  static final String CREATED_ID = "mi_04new0model";

  static final ScaleModelListParams LIST_PARAMS = ScaleModelListParams.builder().limit(50)
      .addView(ScaleModelView.DEPLOYMENTS).addSortBy(ScaleModelSortBy.CREATED_AT_ASC).build();
  static final ScaleModelRetrieveParams VIEWS = ScaleModelRetrieveParams.builder()
      .addView(ScaleModelView.DEPLOYMENTS).addView(ScaleModelView.MODEL_GROUP).build();
  static final ScaleModelCreateParams CREATE = ScaleModelCreateParams.builder()
      .accountId("acc_5f2c").modelType(ScaleModelType.COMPLETION).name("my-model")
      .modelTemplateId("tmpl_42").description("tuned for tickets").build();
  /** The JSON {@link #CREATE} must be sent as. */
  static final String CREATE_BODY = "{\"account_id\":\"acc_5f2c\",\"model_type\":\"COMPLETION\",\"name\":\"my-model\","
      + "\"model_template_id\":\"tmpl_42\",\"description\":\"tuned for tickets\"}";
  static final ScaleModelUpdateParams UPDATE = ScaleModelUpdateParams.builder().description("tuned for tickets").build();
  /** The JSON {@link #UPDATE} must be sent as. */
  static final String UPDATE_BODY = "{\"description\":\"tuned for tickets\"}";
  /** An update that renames the model and clears its description. */
  static final ScaleModelUpdateParams CLEAR = ScaleModelUpdateParams.builder().displayName("Ticket bot")
      .clear(ScaleModelUpdateParams.Field.DESCRIPTION).build();
  /** The JSON {@link #CLEAR} must be sent as: the cleared field as {@code null}. */
  static final String CLEAR_BODY = "{\"display_name\":\"Ticket bot\",\"description\":null}";

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

  /** The vendor's OpenAPI document, which every request of the module's WireMock tests must follow. */
  static final String SPEC = "scale/sgp-v4-models.reconstructed.openapi.yaml";

  @Override
  public String openApiSpec() {
    return SPEC;
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

  /** Three models in pages of two, by page number: page 1 asks with no {@code page}, page 2 with {@code page=2}. */
  @Override
  public PagedWalk pagedWalk() {
    return PagedWalk.of(ScaleModelListParams.builder().limit(2).build())
        .page(page(1, 3, "mi_a", "mi_b"), "limit", "2", "page", null)
        .page(page(2, 3, "mi_c"), "limit", "2", "page", "2")
        .ids("mi_a", "mi_b", "mi_c");
  }

  private static String page(int current, int total, String... ids) {
    StringBuilder items = new StringBuilder();
    for (String id : ids) {
      items.append(items.length() == 0 ? "" : ",")
          .append("{\"id\":\"").append(id).append("\",\"name\":\"").append(id)
          .append("\",\"model_type\":\"COMPLETION\",\"created_by_identity_type\":\"user\"}");
    }
    return "{\"items\":[" + items + "],\"total_item_count\":" + total + ",\"current_page\":" + current
        + ",\"items_per_page\":2}";
  }

  /**
   * list with parameters (arrays comma-joined), retrieve with views, create ({@code POST /v4/models})
   * and update ({@code PATCH /v4/models/{id}}), setting a field or clearing one, each answering the model.
   */
  @Override
  public List<CallCase> extraCalls() {
    return Arrays.asList(
        CallCase.of("list", LIST_PARAMS).sends("GET", "/v4/models")
            .withQuery("limit", "50").withQuery("view", "Deployments").withQuery("sort_by", "created_at:asc")
            .answers(200, resource("list.json")).typedId(LIST_IDS.get(0)),
        CallCase.of("retrieve", RETRIEVE_ID, VIEWS).sends("GET", "/v4/models/" + RETRIEVE_ID)
            .withQuery("view", "Deployments,ModelGroup")
            .answers(200, resource("retrieve.json")).typedId(RETRIEVE_ID),
        CallCase.of("create", CREATE).sends("POST", "/v4/models").withJson(CREATE_BODY)
            .answers(200, resource("create.json")).typedId(CREATED_ID),
        CallCase.of("update", CREATED_ID, UPDATE).sends("PATCH", "/v4/models/" + CREATED_ID).withJson(UPDATE_BODY)
            .answers(200, resource("create.json")).typedId(CREATED_ID),
        CallCase.of("update", CREATED_ID, CLEAR).sends("PATCH", "/v4/models/" + CREATED_ID).withJson(CLEAR_BODY)
            .answers(200, resource("updated.json")).typedId(CREATED_ID));
  }
}
