package io.modelsdk.choreo;

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
import io.modelsdk.core.errors.OperationNotSupportedException;
import io.modelsdk.core.spi.SdkJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * List and retrieve in each of the six calling modes (sync and async; typed, raw, streaming) against the
 * gateway as it behaves today: {@code GET /v1/models} answers the documented list, and the documented
 * {@code GET /v1/models/{id}} answers FastAPI's route-level 404, so retrieve lists and filters. Delete is
 * refused in every mode before any I/O.
 */
class ChoreoCallingModesTest extends ChoreoWireMockTest {
  @BeforeEach
  void stubTheGatewayAsItIs() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models"))
        .willReturn(fixture("list.json").withHeader("X-Request-ID", "req_list")));
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/" + RETRIEVE_ID))
        .willReturn(fixture(404, "error-route-not-found.json").withHeader("X-Request-ID", "req_404")));
  }

  @Test
  void operationsAreListAndRetrieve() {
    assertThat(client().models().operations()).containsExactlyInAnyOrder(Operation.LIST, Operation.RETRIEVE);
    assertThat(client().async().models().operations()).isEqualTo(client().models().operations());
  }

  // ---- sync typed

  @Test
  void syncList() {
    Page<ChoreoModel> page = client().models().list();
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.stream().map(ChoreoModel::id).collect(Collectors.toList()))
        .containsExactly("gpt-4", "claude-3-opus-20240229");
    assertThat(requestLines()).containsExactly("GET /v1/models");
  }

  @Test
  void syncRetrieveTriesTheRouteThenLists() {
    assertDocumentedModel(client().models().retrieve(RETRIEVE_ID));
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-4", "GET /v1/models");
    assertThat(sleeper.sleeps()).as("a 404 is not retried").isEmpty();
  }

  // ---- sync raw

  @Test
  void syncRawList() {
    RawResponse<Page<ChoreoModel>> raw = client().models().withRawResponse().list();
    assertRawHeaders(raw);
    assertDocumentedList(raw.parse().items());
  }

  @Test
  void syncRawRetrieveCarriesTheListResponsesHeaders() {
    RawResponse<ChoreoModel> raw = client().models().withRawResponse().retrieve(RETRIEVE_ID);
    assertRawHeaders(raw);
    assertDocumentedModel(raw.parse());
    assertThat(raw.parse()).isSameAs(raw.parse());
  }

  // ---- sync streaming

  @Test
  void syncStreamingListIteratesItems() {
    List<ChoreoModel> items = new ArrayList<>();
    try (StreamingListResponse<ChoreoModel> s = client().models().withStreamingResponse().list()) {
      assertStreamingHeaders(s);
      s.forEach(items::add);
    }
    assertDocumentedList(items);
  }

  @Test
  void syncStreamingListParsesAsAPage() {
    try (StreamingListResponse<ChoreoModel> s = client().models().withStreamingResponse().list()) {
      assertDocumentedList(s.parse().items());
    }
  }

  @Test
  void syncStreamingListBodyIsTheUnreadDocument() throws IOException {
    try (StreamingListResponse<ChoreoModel> s = client().models().withStreamingResponse().list()) {
      assertThat(readTree(s.body())).isEqualTo(SdkJson.mapper().readTree(ChoreoFixture.resource("list.json")));
    }
  }

  @Test
  void syncStreamingRetrieve() throws IOException {
    try (StreamingResponse<ChoreoModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID)) {
      assertStreamingHeaders(s);
      assertDocumentedModel(s.parse());
    }
    try (StreamingResponse<ChoreoModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID)) {
      assertThat(readTree(s.body())).as("the found model, written back")
          .isEqualTo(SdkJson.mapper().readTree("{\"id\":\"gpt-4\",\"object\":\"model\",\"created\":1687882400,"
              + "\"owned_by\":\"openai\",\"permission\":[],\"root\":\"gpt-4\"}"));
    }
  }

  // ---- async typed

  @Test
  void asyncList() throws Exception {
    AsyncPage<ChoreoModel> page = client().async().models().list().get(10, TimeUnit.SECONDS);
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.autoPager().toList().get(10, TimeUnit.SECONDS)).isEqualTo(page.items());
  }

  @Test
  void asyncRetrieve() throws Exception {
    assertDocumentedModel(client().async().models().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS));
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-4", "GET /v1/models");
  }

  // ---- async raw

  @Test
  void asyncRawList() throws Exception {
    RawResponse<AsyncPage<ChoreoModel>> raw =
        client().async().models().withRawResponse().list().get(10, TimeUnit.SECONDS);
    assertRawHeaders(raw);
    assertDocumentedList(raw.parse().items());
  }

  @Test
  void asyncRawRetrieve() throws Exception {
    RawResponse<ChoreoModel> raw =
        client().async().models().withRawResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS);
    assertRawHeaders(raw);
    assertDocumentedModel(raw.parse());
  }

  // ---- async streaming

  @Test
  void asyncStreamingListIteratesItems() throws Exception {
    List<ChoreoModel> items = new ArrayList<>();
    try (StreamingListResponse<ChoreoModel> s =
        client().async().models().withStreamingResponse().list().get(10, TimeUnit.SECONDS)) {
      assertStreamingHeaders(s);
      s.forEach(items::add);
    }
    assertDocumentedList(items);
  }

  @Test
  void asyncStreamingRetrieve() throws Exception {
    try (StreamingResponse<ChoreoModel> s =
        client().async().models().withStreamingResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS)) {
      assertStreamingHeaders(s);
      assertDocumentedModel(s.parse());
    }
  }

  // ---- delete, in every mode

  @Test
  void deleteIsRefusedInEveryModeBeforeAnyRequest() {
    assertThatThrownBy(() -> client().models().delete("gpt-4"))
        .isInstanceOf(OperationNotSupportedException.class)
        .hasMessageContaining("choreoai").hasMessageContaining("delete");
    assertThatThrownBy(() -> client().models().withRawResponse().delete("gpt-4"))
        .isInstanceOf(OperationNotSupportedException.class);
    assertThatThrownBy(() -> client().models().withStreamingResponse().delete("gpt-4"))
        .isInstanceOf(OperationNotSupportedException.class);
    assertThatThrownBy(() -> client().async().models().delete("gpt-4"))
        .isInstanceOf(OperationNotSupportedException.class);
    assertThatThrownBy(() -> client().async().models().withRawResponse().delete("gpt-4"))
        .isInstanceOf(OperationNotSupportedException.class);
    assertThatThrownBy(() -> client().async().models().withStreamingResponse().delete("gpt-4"))
        .isInstanceOf(OperationNotSupportedException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  private static void assertRawHeaders(RawResponse<?> raw) {
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(raw.requestId()).hasValue("req_list");
    assertThat(raw.retries()).isZero();
  }

  /** Status and headers are readable before anything touched the body. */
  private static void assertStreamingHeaders(StreamingResponse<?> s) {
    assertThat(s.statusCode()).isEqualTo(200);
    assertThat(s.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(s.requestId()).hasValue("req_list");
  }

  static JsonNode readTree(InputStream body) throws IOException {
    try (InputStream in = body) {
      return SdkJson.mapper().readTree(in);
    }
  }
}
