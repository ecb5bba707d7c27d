package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Operation;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.spi.SdkJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation (list, list with parameters, retrieve, retrieve with views, create, update, delete)
 * in each of the six calling modes (sync and async; typed, raw, streaming), parsed field by field.
 */
class ScaleCallingModesTest extends ScaleWireMockTest {
  static final ScaleModelListParams LIST_PARAMS = ScaleModelListParams.builder().limit(50)
      .addView(ScaleModelView.DEPLOYMENTS).build();
  static final ScaleModelRetrieveParams VIEWS = ScaleModelRetrieveParams.builder()
      .addView(ScaleModelView.DEPLOYMENTS).addView(ScaleModelView.MODEL_GROUP).build();
  static final ScaleModelCreateParams CREATE = ScaleModelCreateParams.builder()
      .accountId("acc_5f2c").modelType(ScaleModelType.COMPLETION).name("my-model")
      .modelTemplateId("tmpl_42").description("tuned for tickets").build();
  static final String CREATE_BODY = "{\"account_id\":\"acc_5f2c\",\"model_type\":\"COMPLETION\",\"name\":\"my-model\","
      + "\"model_template_id\":\"tmpl_42\",\"description\":\"tuned for tickets\"}";
  static final ScaleModelUpdateParams UPDATE = ScaleModelUpdateParams.builder().description("tuned for tickets").build();
  static final String UPDATE_BODY = "{\"description\":\"tuned for tickets\"}";
  static final long WAIT = 10;

  @BeforeEach
  void stubAnswers() {
    SERVER.stubFor(get(urlPathEqualTo("/v4/models")).willReturn(fixture("list.json")));
    SERVER.stubFor(get(urlPathEqualTo("/v4/models/" + RETRIEVE_ID)).willReturn(fixture("retrieve.json")));
    SERVER.stubFor(post(urlPathEqualTo("/v4/models")).withRequestBody(equalToJson(CREATE_BODY))
        .withHeader("Content-Type", equalTo("application/json")).willReturn(fixture("create.json")));
    SERVER.stubFor(patch(urlPathEqualTo("/v4/models/" + CREATED_ID)).withRequestBody(equalToJson(UPDATE_BODY))
        .willReturn(fixture("create.json")));
    SERVER.stubFor(delete(urlPathEqualTo("/v4/models/" + CREATED_ID)).willReturn(fixture("delete.json")));
  }

  private static void assertListQuery(boolean withParams) {
    if (withParams) {
      assertThat(onlyRequest().getUrl()).isEqualTo("/v4/models?view=Deployments&limit=50");
    } else {
      assertThat(onlyRequest().getUrl()).isEqualTo("/v4/models");
    }
  }

  private static void assertViewsQuery() {
    assertThat(onlyRequest().getUrl()).isEqualTo("/v4/models/" + RETRIEVE_ID + "?view=Deployments%2CModelGroup");
  }

  private static void assertMethod(String method) {
    assertThat(onlyRequest().getMethod().value()).isEqualTo(method);
  }

  @Test
  void operationsAreAllFive() {
    assertThat(client().models().operations()).containsExactlyInAnyOrder(
        Operation.LIST, Operation.RETRIEVE, Operation.DELETE, Operation.CREATE, Operation.UPDATE);
    assertThat(client().async().models().operations()).isEqualTo(client().models().operations());
  }

  // ---- sync typed

  @Test
  void syncList() {
    Page<ScaleModel> page = client().models().list();
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
    assertListQuery(false);
  }

  @Test
  void syncListWithParams() {
    assertDocumentedList(client().models().list(LIST_PARAMS).items());
    assertListQuery(true);
  }

  @Test
  void syncRetrieve() {
    assertDocumentedModel(client().models().retrieve(RETRIEVE_ID));
    assertThat(onlyRequest().getUrl()).isEqualTo("/v4/models/" + RETRIEVE_ID);
  }

  @Test
  void syncRetrieveWithViews() {
    assertDocumentedModel(client().models().retrieve(RETRIEVE_ID, VIEWS));
    assertViewsQuery();
  }

  @Test
  void syncCreate() {
    assertCreatedModel(client().models().create(CREATE));
    assertMethod("POST");
  }

  @Test
  void syncUpdate() {
    assertCreatedModel(client().models().update(CREATED_ID, UPDATE));
    assertMethod("PATCH");
  }

  @Test
  void syncDelete() {
    assertDocumentedDeleted(client().models().delete(CREATED_ID));
    assertMethod("DELETE");
  }

  // ---- sync raw

  @Test
  void syncRawListAndListWithParams() {
    RawResponse<Page<ScaleModel>> raw = client().models().withRawResponse().list();
    assertRaw(raw);
    assertDocumentedList(raw.parse().items());
    SERVER.resetRequests();
    RawResponse<Page<ScaleModel>> withParams = client().models().withRawResponse().list(LIST_PARAMS);
    assertRaw(withParams);
    assertDocumentedList(withParams.parse().items());
    assertListQuery(true);
  }

  @Test
  void syncRawRetrieveAndRetrieveWithViews() {
    RawResponse<ScaleModel> raw = client().models().withRawResponse().retrieve(RETRIEVE_ID);
    assertRaw(raw);
    assertDocumentedModel(raw.parse());
    SERVER.resetRequests();
    RawResponse<ScaleModel> withViews = client().models().withRawResponse().retrieve(RETRIEVE_ID, VIEWS);
    assertRaw(withViews);
    assertDocumentedModel(withViews.parse());
    assertViewsQuery();
  }

  @Test
  void syncRawCreateUpdateDelete() {
    RawResponse<ScaleModel> created = client().models().withRawResponse().create(CREATE);
    assertRaw(created);
    assertCreatedModel(created.parse());
    RawResponse<ScaleModel> updated = client().models().withRawResponse().update(CREATED_ID, UPDATE);
    assertRaw(updated);
    assertCreatedModel(updated.parse());
    RawResponse<ScaleModelDeleted> deleted = client().models().withRawResponse().delete(CREATED_ID);
    assertRaw(deleted);
    assertDocumentedDeleted(deleted.parse());
    assertThat(requests()).extracting(r -> r.getMethod().value()).containsExactly("POST", "PATCH", "DELETE");
  }

  // ---- sync streaming

  @Test
  void syncStreamingListIteratesItems() {
    List<ScaleModel> items = new ArrayList<>();
    try (StreamingListResponse<ScaleModel> s = client().models().withStreamingResponse().list()) {
      assertThat(s.statusCode()).isEqualTo(200);
      s.forEach(items::add);
    }
    assertDocumentedList(items);
  }

  @Test
  void syncStreamingListWithParams() {
    List<ScaleModel> items = new ArrayList<>();
    try (StreamingListResponse<ScaleModel> s = client().models().withStreamingResponse().list(LIST_PARAMS)) {
      s.forEach(items::add);
    }
    assertDocumentedList(items);
    assertListQuery(true);
  }

  @Test
  void syncStreamingRetrieveBodyIsTheUnreadDocument() throws IOException {
    try (StreamingResponse<ScaleModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID)) {
      assertThat(s.statusCode()).isEqualTo(200);
      assertThat(readTree(s.body())).isEqualTo(SdkJson.mapper().readTree(ScaleFixture.resource("retrieve.json")));
    }
  }

  @Test
  void syncStreamingRetrieveWithViews() {
    try (StreamingResponse<ScaleModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID, VIEWS)) {
      assertDocumentedModel(s.parse());
    }
    assertViewsQuery();
  }

  @Test
  void syncStreamingCreateUpdateDelete() {
    try (StreamingResponse<ScaleModel> s = client().models().withStreamingResponse().create(CREATE)) {
      assertCreatedModel(s.parse());
    }
    try (StreamingResponse<ScaleModel> s = client().models().withStreamingResponse().update(CREATED_ID, UPDATE)) {
      assertCreatedModel(s.parse());
    }
    try (StreamingResponse<ScaleModelDeleted> s = client().models().withStreamingResponse().delete(CREATED_ID)) {
      assertDocumentedDeleted(s.parse());
    }
    assertThat(requests()).extracting(r -> r.getMethod().value()).containsExactly("POST", "PATCH", "DELETE");
  }

  // ---- async typed

  @Test
  void asyncListAndListWithParams() throws Exception {
    AsyncPage<ScaleModel> page = client().async().models().list().get(WAIT, TimeUnit.SECONDS);
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
    SERVER.resetRequests();
    assertDocumentedList(client().async().models().list(LIST_PARAMS).get(WAIT, TimeUnit.SECONDS).items());
    assertListQuery(true);
  }

  @Test
  void asyncRetrieveAndRetrieveWithViews() throws Exception {
    assertDocumentedModel(client().async().models().retrieve(RETRIEVE_ID).get(WAIT, TimeUnit.SECONDS));
    SERVER.resetRequests();
    assertDocumentedModel(client().async().models().retrieve(RETRIEVE_ID, VIEWS).get(WAIT, TimeUnit.SECONDS));
    assertViewsQuery();
  }

  @Test
  void asyncCreateUpdateDelete() throws Exception {
    assertCreatedModel(client().async().models().create(CREATE).get(WAIT, TimeUnit.SECONDS));
    assertCreatedModel(client().async().models().update(CREATED_ID, UPDATE).get(WAIT, TimeUnit.SECONDS));
    assertDocumentedDeleted(client().async().models().delete(CREATED_ID).get(WAIT, TimeUnit.SECONDS));
    assertThat(requests()).extracting(r -> r.getMethod().value()).containsExactly("POST", "PATCH", "DELETE");
  }

  // ---- async raw

  @Test
  void asyncRawEveryOperation() throws Exception {
    ScaleAsyncModels.WithRawResponse raw = client().async().models().withRawResponse();
    RawResponse<AsyncPage<ScaleModel>> list = raw.list().get(WAIT, TimeUnit.SECONDS);
    assertRaw(list);
    assertDocumentedList(list.parse().items());
    assertDocumentedList(raw.list(LIST_PARAMS).get(WAIT, TimeUnit.SECONDS).parse().items());
    RawResponse<ScaleModel> retrieved = raw.retrieve(RETRIEVE_ID).get(WAIT, TimeUnit.SECONDS);
    assertRaw(retrieved);
    assertDocumentedModel(retrieved.parse());
    assertDocumentedModel(raw.retrieve(RETRIEVE_ID, VIEWS).get(WAIT, TimeUnit.SECONDS).parse());
    RawResponse<ScaleModel> created = raw.create(CREATE).get(WAIT, TimeUnit.SECONDS);
    assertRaw(created);
    assertCreatedModel(created.parse());
    assertCreatedModel(raw.update(CREATED_ID, UPDATE).get(WAIT, TimeUnit.SECONDS).parse());
    RawResponse<ScaleModelDeleted> deleted = raw.delete(CREATED_ID).get(WAIT, TimeUnit.SECONDS);
    assertRaw(deleted);
    assertDocumentedDeleted(deleted.parse());
    assertThat(requests()).extracting(r -> r.getMethod().value() + " " + r.getUrl()).containsExactly(
        "GET /v4/models", "GET /v4/models?view=Deployments&limit=50", "GET /v4/models/" + RETRIEVE_ID,
        "GET /v4/models/" + RETRIEVE_ID + "?view=Deployments%2CModelGroup", "POST /v4/models",
        "PATCH /v4/models/" + CREATED_ID, "DELETE /v4/models/" + CREATED_ID);
  }

  // ---- async streaming

  @Test
  void asyncStreamingEveryOperation() throws Exception {
    ScaleAsyncModels.WithStreamingResponse streaming = client().async().models().withStreamingResponse();
    List<ScaleModel> items = new ArrayList<>();
    try (StreamingListResponse<ScaleModel> s = streaming.list().get(WAIT, TimeUnit.SECONDS)) {
      assertThat(s.statusCode()).isEqualTo(200);
      s.forEach(items::add);
    }
    assertDocumentedList(items);
    try (StreamingListResponse<ScaleModel> s = streaming.list(LIST_PARAMS).get(WAIT, TimeUnit.SECONDS)) {
      assertDocumentedList(s.parse().items());
    }
    try (StreamingResponse<ScaleModel> s = streaming.retrieve(RETRIEVE_ID).get(WAIT, TimeUnit.SECONDS)) {
      assertDocumentedModel(s.parse());
    }
    try (StreamingResponse<ScaleModel> s = streaming.retrieve(RETRIEVE_ID, VIEWS).get(WAIT, TimeUnit.SECONDS)) {
      assertDocumentedModel(s.parse());
    }
    try (StreamingResponse<ScaleModel> s = streaming.create(CREATE).get(WAIT, TimeUnit.SECONDS)) {
      assertCreatedModel(s.parse());
    }
    try (StreamingResponse<ScaleModel> s = streaming.update(CREATED_ID, UPDATE).get(WAIT, TimeUnit.SECONDS)) {
      assertCreatedModel(s.parse());
    }
    try (StreamingResponse<ScaleModelDeleted> s = streaming.delete(CREATED_ID).get(WAIT, TimeUnit.SECONDS)) {
      assertThat(s.statusCode()).isEqualTo(200);
      assertDocumentedDeleted(s.parse());
    }
    assertThat(requests()).extracting(r -> r.getMethod().value() + " " + r.getUrl()).containsExactly(
        "GET /v4/models", "GET /v4/models?view=Deployments&limit=50", "GET /v4/models/" + RETRIEVE_ID,
        "GET /v4/models/" + RETRIEVE_ID + "?view=Deployments%2CModelGroup", "POST /v4/models",
        "PATCH /v4/models/" + CREATED_ID, "DELETE /v4/models/" + CREATED_ID);
  }

  private static void assertRaw(RawResponse<?> raw) {
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(raw.requestId()).as("Scale sends no request id").isEmpty();
    assertThat(raw.retries()).isZero();
  }

  private static JsonNode readTree(InputStream body) throws IOException {
    try (InputStream in = body) {
      return SdkJson.mapper().readTree(in);
    }
  }
}
