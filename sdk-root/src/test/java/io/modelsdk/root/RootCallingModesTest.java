package io.modelsdk.root;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Operation;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every operation in every calling mode: sync and async, each typed, raw and streaming. */
class RootCallingModesTest extends RootWireMockTest {
  private static final String ONE = "/v1/models/" + RootFixture.MODEL_ID + "/";
  private static final RootModelListParams CHAT = RootModelListParams.builder().addCapableOf("chat").build();
  private static final RootModelCreateParams CREATE = RootModelCreateParams.builder()
      .name("my-custom-gpt").model("gpt-4-turbo").defaultKey("something secret").build();

  @BeforeEach
  void stubDocumentedAnswers() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/")).willReturn(fixture("list.json").withHeader("x-served", "list")));
    SERVER.stubFor(get(urlPathEqualTo(ONE)).willReturn(fixture("retrieve.json").withHeader("x-served", "retrieve")));
    SERVER.stubFor(delete(urlPathEqualTo(ONE)).willReturn(aResponse().withStatus(204).withHeader("x-served", "delete")));
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/"))
        .withRequestBody(equalToJson(RootFixture.resource("create-request.json")))
        .willReturn(json(201, RootFixture.resource("created.json")).withHeader("x-served", "create")));
  }

  private static void assertListedWithCapability() {
    assertThat(requests()).singleElement().satisfies(r ->
        assertThat(r.queryParameter("capable_of").firstValue()).isEqualTo("chat"));
  }

  private static void assertCreated() {
    assertThat(requests()).singleElement().satisfies(r -> {
      assertThat(r.getMethod().getName()).isEqualTo("POST");
      assertThat(r.getUrl()).isEqualTo("/v1/models/");
      assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    });
  }

  @Test
  void operationsAreListRetrieveDeleteAndCreate() {
    assertThat(client().models().operations())
        .containsExactlyInAnyOrder(Operation.LIST, Operation.RETRIEVE, Operation.DELETE, Operation.CREATE);
    assertThat(client().async().models().operations()).isEqualTo(client().models().operations());
  }

  // --- sync typed

  @Test
  void syncList() {
    Page<RootModel> page = client().models().list();
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void syncListWithParams() {
    assertDocumentedList(client().models().list(CHAT).items());
    assertListedWithCapability();
  }

  @Test
  void syncRetrieve() {
    assertDocumentedModel(client().models().retrieve(RootFixture.MODEL_ID));
  }

  @Test
  void syncDeleteAnswersNull() {
    assertThat(client().models().delete(RootFixture.MODEL_ID)).isNull();
    assertThat(onlyRequest().getMethod().getName()).isEqualTo("DELETE");
  }

  @Test
  void syncCreateAnswersTheNewId() {
    assertThat(client().models().create(CREATE)).isEqualTo(RootFixture.MODEL_ID);
    assertCreated();
  }

  // --- sync raw

  @Test
  void syncRawList() {
    RawResponse<Page<RootModel>> raw = client().models().withRawResponse().list();
    assertRaw(raw, 200, "list");
    assertDocumentedList(raw.parse().items());
  }

  @Test
  void syncRawListWithParams() {
    RawResponse<Page<RootModel>> raw = client().models().withRawResponse().list(CHAT);
    assertRaw(raw, 200, "list");
    assertDocumentedList(raw.parse().items());
    assertListedWithCapability();
  }

  @Test
  void syncRawRetrieve() {
    RawResponse<RootModel> raw = client().models().withRawResponse().retrieve(RootFixture.MODEL_ID);
    assertRaw(raw, 200, "retrieve");
    assertDocumentedModel(raw.parse());
  }

  @Test
  void syncRawDelete() {
    RawResponse<Void> raw = client().models().withRawResponse().delete(RootFixture.MODEL_ID);
    assertRaw(raw, 204, "delete");
    assertThat(raw.parse()).isNull();
  }

  @Test
  void syncRawCreateParsesTheWholeModel() {
    RawResponse<RootModel> raw = client().models().withRawResponse().create(CREATE);
    assertRaw(raw, 201, "create");
    assertThat(raw.parse().id()).isEqualTo(RootFixture.MODEL_ID);
    assertThat(raw.parse().model()).hasValue("gpt-4-turbo");
    assertCreated();
  }

  // --- sync streaming

  @Test
  void syncStreamingListIteratesItems() {
    try (StreamingListResponse<RootModel> s = client().models().withStreamingResponse().list()) {
      assertStreaming(s, 200, "list");
      List<RootModel> items = new ArrayList<>();
      s.forEach(items::add);
      assertDocumentedList(items);
    }
  }

  @Test
  void syncStreamingListWithParams() {
    try (StreamingListResponse<RootModel> s = client().models().withStreamingResponse().list(CHAT)) {
      assertDocumentedList(s.parse().items());
    }
    assertListedWithCapability();
  }

  @Test
  void syncStreamingRetrieveBodyIsTheUnreadDocument() throws IOException {
    try (StreamingResponse<RootModel> s = client().models().withStreamingResponse().retrieve(RootFixture.MODEL_ID)) {
      assertStreaming(s, 200, "retrieve");
      assertThat(new String(s.body().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(RootFixture.resource("retrieve.json"));
    }
  }

  @Test
  void syncStreamingRetrieveParses() {
    try (StreamingResponse<RootModel> s = client().models().withStreamingResponse().retrieve(RootFixture.MODEL_ID)) {
      assertDocumentedModel(s.parse());
    }
  }

  @Test
  void syncStreamingDelete() throws IOException {
    try (StreamingResponse<Void> s = client().models().withStreamingResponse().delete(RootFixture.MODEL_ID)) {
      assertStreaming(s, 204, "delete");
      assertThat(s.parse()).isNull();
    }
  }

  @Test
  void syncStreamingCreate() {
    try (StreamingResponse<RootModel> s = client().models().withStreamingResponse().create(CREATE)) {
      assertStreaming(s, 201, "create");
      assertThat(s.parse().id()).isEqualTo(RootFixture.MODEL_ID);
    }
    assertCreated();
  }

  // --- async typed

  @Test
  void asyncList() throws Exception {
    AsyncPage<RootModel> page = client().async().models().list().get(10, TimeUnit.SECONDS);
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void asyncListWithParams() throws Exception {
    assertDocumentedList(client().async().models().list(CHAT).get(10, TimeUnit.SECONDS).items());
    assertListedWithCapability();
  }

  @Test
  void asyncRetrieve() throws Exception {
    assertDocumentedModel(client().async().models().retrieve(RootFixture.MODEL_ID).get(10, TimeUnit.SECONDS));
  }

  @Test
  void asyncDelete() throws Exception {
    assertThat(client().async().models().delete(RootFixture.MODEL_ID).get(10, TimeUnit.SECONDS)).isNull();
    assertThat(onlyRequest().getMethod().getName()).isEqualTo("DELETE");
  }

  @Test
  void asyncCreateCompletesWithTheNewId() throws Exception {
    assertThat(client().async().models().create(CREATE).get(10, TimeUnit.SECONDS)).isEqualTo(RootFixture.MODEL_ID);
    assertCreated();
  }

  // --- async raw

  @Test
  void asyncRawList() throws Exception {
    RawResponse<AsyncPage<RootModel>> raw = client().async().models().withRawResponse().list().get(10, TimeUnit.SECONDS);
    assertRaw(raw, 200, "list");
    assertDocumentedList(raw.parse().items());
  }

  @Test
  void asyncRawListWithParams() throws Exception {
    RawResponse<AsyncPage<RootModel>> raw =
        client().async().models().withRawResponse().list(CHAT).get(10, TimeUnit.SECONDS);
    assertDocumentedList(raw.parse().items());
    assertListedWithCapability();
  }

  @Test
  void asyncRawRetrieve() throws Exception {
    RawResponse<RootModel> raw =
        client().async().models().withRawResponse().retrieve(RootFixture.MODEL_ID).get(10, TimeUnit.SECONDS);
    assertRaw(raw, 200, "retrieve");
    assertDocumentedModel(raw.parse());
  }

  @Test
  void asyncRawDelete() throws Exception {
    RawResponse<Void> raw =
        client().async().models().withRawResponse().delete(RootFixture.MODEL_ID).get(10, TimeUnit.SECONDS);
    assertRaw(raw, 204, "delete");
    assertThat(raw.parse()).isNull();
  }

  @Test
  void asyncRawCreate() throws Exception {
    RawResponse<RootModel> raw = client().async().models().withRawResponse().create(CREATE).get(10, TimeUnit.SECONDS);
    assertRaw(raw, 201, "create");
    assertThat(raw.parse().name()).isEqualTo("my-custom-gpt");
    assertCreated();
  }

  // --- async streaming

  @Test
  void asyncStreamingListIteratesItems() throws Exception {
    try (StreamingListResponse<RootModel> s =
        client().async().models().withStreamingResponse().list().get(10, TimeUnit.SECONDS)) {
      assertStreaming(s, 200, "list");
      List<RootModel> items = new ArrayList<>();
      s.forEach(items::add);
      assertDocumentedList(items);
    }
  }

  @Test
  void asyncStreamingListWithParams() throws Exception {
    try (StreamingListResponse<RootModel> s =
        client().async().models().withStreamingResponse().list(CHAT).get(10, TimeUnit.SECONDS)) {
      List<RootModel> items = new ArrayList<>();
      s.forEach(items::add);
      assertDocumentedList(items);
    }
    assertListedWithCapability();
  }

  @Test
  void asyncStreamingRetrieve() throws Exception {
    try (StreamingResponse<RootModel> s = client().async().models().withStreamingResponse()
        .retrieve(RootFixture.MODEL_ID).get(10, TimeUnit.SECONDS)) {
      assertStreaming(s, 200, "retrieve");
      assertDocumentedModel(s.parse());
    }
  }

  @Test
  void asyncStreamingDelete() throws Exception {
    try (StreamingResponse<Void> s = client().async().models().withStreamingResponse()
        .delete(RootFixture.MODEL_ID).get(10, TimeUnit.SECONDS)) {
      assertStreaming(s, 204, "delete");
      assertThat(s.parse()).isNull();
    }
  }

  @Test
  void asyncStreamingCreate() throws Exception {
    try (StreamingResponse<RootModel> s =
        client().async().models().withStreamingResponse().create(CREATE).get(10, TimeUnit.SECONDS)) {
      assertStreaming(s, 201, "create");
      assertThat(s.parse().id()).isEqualTo(RootFixture.MODEL_ID);
    }
    assertCreated();
  }

  private static void assertRaw(RawResponse<?> raw, int status, String served) {
    assertThat(raw.statusCode()).isEqualTo(status);
    assertThat(raw.headers().firstValue("x-served")).hasValue(served);
    assertThat(raw.requestId()).as("Root Signals sends no request id").isEmpty();
    assertThat(raw.retries()).isZero();
  }

  private static void assertStreaming(StreamingResponse<?> s, int status, String served) {
    assertThat(s.statusCode()).isEqualTo(status);
    assertThat(s.headers().firstValue("x-served")).hasValue(served);
    assertThat(s.requestId()).isEmpty();
  }
}
