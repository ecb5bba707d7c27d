package io.modelsdk.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Operation;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * List, retrieve and delete in each of the six calling modes (sync and async; typed, raw, streaming)
 * return the documented payloads, parsed field by field.
 */
class OpenAiCallingModesTest extends OpenAiWireMockTest {
  @BeforeEach
  void stubDocumentedAnswers() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models"))
        .willReturn(fixture("list.json").withHeader("x-request-id", "req_list")));
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/" + RETRIEVE_ID))
        .willReturn(fixture("retrieve.json").withHeader("x-request-id", "req_retrieve")));
    SERVER.stubFor(delete(urlPathEqualTo("/v1/models/" + DELETE_ID))
        .willReturn(fixture("delete.json").withHeader("x-request-id", "req_delete")));
  }

  @Test
  void operationsAreListRetrieveAndDelete() {
    assertThat(client().models().operations()).containsExactlyInAnyOrder(
        Operation.LIST, Operation.RETRIEVE, Operation.DELETE);
    assertThat(client().async().models().operations()).isEqualTo(client().models().operations());
  }

  // ---- sync typed

  @Test
  void syncList() {
    Page<OpenAiModel> page = client().models().list();
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.stream().map(OpenAiModel::id).collect(Collectors.toList()))
        .containsExactly("model-id-0", "model-id-1", "model-id-2");
    assertThat(onlyRequest().getMethod().value()).isEqualTo("GET");
  }

  @Test
  void syncRetrieve() {
    assertDocumentedModel(client().models().retrieve(RETRIEVE_ID));
  }

  @Test
  void syncDelete() {
    assertDocumentedDeleted(client().models().delete(DELETE_ID));
    assertThat(onlyRequest().getMethod().value()).isEqualTo("DELETE");
  }

  // ---- sync raw

  @Test
  void syncRawList() {
    RawResponse<Page<OpenAiModel>> raw = client().models().withRawResponse().list();
    assertRawHeaders(raw, "req_list");
    assertDocumentedList(raw.parse().items());
  }

  @Test
  void syncRawRetrieve() {
    RawResponse<OpenAiModel> raw = client().models().withRawResponse().retrieve(RETRIEVE_ID);
    assertRawHeaders(raw, "req_retrieve");
    assertDocumentedModel(raw.parse());
    assertThat(raw.parse()).isSameAs(raw.parse());
  }

  @Test
  void syncRawDelete() {
    RawResponse<OpenAiModelDeleted> raw = client().models().withRawResponse().delete(DELETE_ID);
    assertRawHeaders(raw, "req_delete");
    assertDocumentedDeleted(raw.parse());
  }

  // ---- sync streaming

  @Test
  void syncStreamingListIteratesItems() {
    List<OpenAiModel> items = new ArrayList<>();
    try (StreamingListResponse<OpenAiModel> s = client().models().withStreamingResponse().list()) {
      assertStreamingHeaders(s, "req_list");
      s.forEach(items::add);
    }
    assertDocumentedList(items);
  }

  @Test
  void syncStreamingListParsesAsAPage() {
    try (StreamingListResponse<OpenAiModel> s = client().models().withStreamingResponse().list()) {
      assertDocumentedList(s.parse().items());
    }
  }

  @Test
  void syncStreamingRetrieveBodyIsTheUnreadDocument() throws IOException {
    try (StreamingResponse<OpenAiModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID)) {
      assertStreamingHeaders(s, "req_retrieve");
      assertThat(readTree(s.body())).isEqualTo(Json.mapper().readTree(OpenAiFixture.resource("retrieve.json")));
      assertThatThrownBy(s::parse).as("the body can be taken once").isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void syncStreamingRetrieveParses() {
    try (StreamingResponse<OpenAiModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID)) {
      assertDocumentedModel(s.parse());
    }
  }

  @Test
  void syncStreamingDelete() throws IOException {
    try (StreamingResponse<OpenAiModelDeleted> s = client().models().withStreamingResponse().delete(DELETE_ID)) {
      assertStreamingHeaders(s, "req_delete");
      assertDocumentedDeleted(s.parse());
    }
    try (StreamingResponse<OpenAiModelDeleted> s = client().models().withStreamingResponse().delete(DELETE_ID)) {
      assertThat(readTree(s.body())).isEqualTo(Json.mapper().readTree(OpenAiFixture.resource("delete.json")));
    }
  }

  @Test
  void streamingBodyCannotBeReadAfterClose() {
    StreamingResponse<OpenAiModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID);
    s.close();
    assertThatThrownBy(s::body).isInstanceOf(IllegalStateException.class);
  }

  // ---- async typed

  @Test
  void asyncList() throws Exception {
    AsyncPage<OpenAiModel> page = client().async().models().list().get(10, TimeUnit.SECONDS);
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.autoPager().toList().get(10, TimeUnit.SECONDS)).isEqualTo(page.items());
  }

  @Test
  void asyncRetrieve() throws Exception {
    assertDocumentedModel(client().async().models().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS));
  }

  @Test
  void asyncDelete() throws Exception {
    assertDocumentedDeleted(client().async().models().delete(DELETE_ID).get(10, TimeUnit.SECONDS));
    assertThat(onlyRequest().getMethod().value()).isEqualTo("DELETE");
  }

  // ---- async raw

  @Test
  void asyncRawList() throws Exception {
    RawResponse<AsyncPage<OpenAiModel>> raw =
        client().async().models().withRawResponse().list().get(10, TimeUnit.SECONDS);
    assertRawHeaders(raw, "req_list");
    assertDocumentedList(raw.parse().items());
  }

  @Test
  void asyncRawRetrieve() throws Exception {
    RawResponse<OpenAiModel> raw =
        client().async().models().withRawResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS);
    assertRawHeaders(raw, "req_retrieve");
    assertDocumentedModel(raw.parse());
  }

  @Test
  void asyncRawDelete() throws Exception {
    RawResponse<OpenAiModelDeleted> raw =
        client().async().models().withRawResponse().delete(DELETE_ID).get(10, TimeUnit.SECONDS);
    assertRawHeaders(raw, "req_delete");
    assertDocumentedDeleted(raw.parse());
  }

  // ---- async streaming

  @Test
  void asyncStreamingListIteratesItems() throws Exception {
    List<OpenAiModel> items = new ArrayList<>();
    try (StreamingListResponse<OpenAiModel> s =
        client().async().models().withStreamingResponse().list().get(10, TimeUnit.SECONDS)) {
      assertStreamingHeaders(s, "req_list");
      s.forEach(items::add);
    }
    assertDocumentedList(items);
  }

  @Test
  void asyncStreamingRetrieve() throws Exception {
    try (StreamingResponse<OpenAiModel> s =
        client().async().models().withStreamingResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS)) {
      assertStreamingHeaders(s, "req_retrieve");
      assertDocumentedModel(s.parse());
    }
  }

  @Test
  void asyncStreamingRetrieveBody() throws Exception {
    try (StreamingResponse<OpenAiModel> s =
        client().async().models().withStreamingResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS)) {
      assertThat(readTree(s.body())).isEqualTo(Json.mapper().readTree(OpenAiFixture.resource("retrieve.json")));
    }
  }

  @Test
  void asyncStreamingDelete() throws Exception {
    try (StreamingResponse<OpenAiModelDeleted> s =
        client().async().models().withStreamingResponse().delete(DELETE_ID).get(10, TimeUnit.SECONDS)) {
      assertStreamingHeaders(s, "req_delete");
      assertDocumentedDeleted(s.parse());
    }
  }

  private static void assertRawHeaders(RawResponse<?> raw, String requestId) {
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(raw.requestId()).hasValue(requestId);
    assertThat(raw.retries()).isZero();
  }

  /** Status and headers are readable before anything touched the body. */
  private static void assertStreamingHeaders(StreamingResponse<?> s, String requestId) {
    assertThat(s.statusCode()).isEqualTo(200);
    assertThat(s.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(s.requestId()).hasValue(requestId);
  }

  private static JsonNode readTree(InputStream body) throws IOException {
    try (InputStream in = body) {
      return Json.mapper().readTree(in);
    }
  }
}
