package io.modelsdk.atoma;

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
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.OperationNotSupportedException;
import io.modelsdk.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * List and retrieve in each of the six calling modes (sync and async; typed, raw, streaming) return the
 * documented payload parsed field by field; retrieve is one list request; delete is refused in every
 * mode before any I/O.
 */
class AtomaCallingModesTest extends AtomaWireMockTest {
  @BeforeEach
  void stubDocumentedList() {
    stubList();
  }

  @Test
  void operationsAreListAndRetrieve() {
    assertThat(client().models().operations()).containsExactlyInAnyOrder(Operation.LIST, Operation.RETRIEVE);
    assertThat(client().async().models().operations()).isEqualTo(client().models().operations());
  }

  // ---- sync typed

  @Test
  void syncList() {
    Page<AtomaModel> page = client().models().list();
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).as("Atoma answers in a single page").isFalse();
    assertThat(page.stream().map(AtomaModel::id).collect(Collectors.toList())).hasSize(3);
    assertThat(onlyRequest().getMethod().value()).isEqualTo("GET");
    assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models");
  }

  @Test
  void syncRetrieveIsOneListRequest() {
    assertDocumentedModel(client().models().retrieve(RETRIEVE_ID));
    assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models");
  }

  @Test
  void syncRetrieveFindsAModelThatIsNotFirst() {
    assertThat(client().models().retrieve("black-forest-labs/FLUX.1-schnell").id())
        .isEqualTo("black-forest-labs/FLUX.1-schnell");
  }

  @Test
  void syncRetrieveOfAnAbsentIdIsNotFound() {
    assertThatThrownBy(() -> client().models().retrieve("meta-llama/Llama-9"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.getMessage()).contains("atoma").contains("meta-llama/Llama-9").doesNotContain(KEY);
        });
    assertThat(requests()).as("absence is not retried").hasSize(1);
  }

  @Test
  void retrieveMatchesTheWholeIdExactly() {
    assertThatThrownBy(() -> client().models().retrieve("meta-llama/Llama-3.3-70B"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client().models().retrieve("META-LLAMA/LLAMA-3.3-70B-INSTRUCT"))
        .isInstanceOf(NotFoundException.class);
  }

  // ---- sync raw

  @Test
  void syncRawList() {
    RawResponse<Page<AtomaModel>> raw = client().models().withRawResponse().list();
    assertRawHeaders(raw);
    assertDocumentedList(raw.parse().items());
  }

  @Test
  void syncRawRetrieveCarriesTheListResponsesStatusAndHeaders() {
    RawResponse<AtomaModel> raw = client().models().withRawResponse().retrieve(RETRIEVE_ID);
    assertRawHeaders(raw);
    assertDocumentedModel(raw.parse());
    assertThat(raw.parse()).isSameAs(raw.parse());
  }

  @Test
  void syncRawRetrieveOfAnAbsentIdIsNotFound() {
    assertThatThrownBy(() -> client().models().withRawResponse().retrieve("nope"))
        .isInstanceOf(NotFoundException.class);
  }

  // ---- sync streaming

  @Test
  void syncStreamingListIteratesItems() {
    List<AtomaModel> items = new ArrayList<>();
    try (StreamingListResponse<AtomaModel> s = client().models().withStreamingResponse().list()) {
      assertStreamingHeaders(s);
      s.forEach(items::add);
    }
    assertDocumentedList(items);
  }

  @Test
  void syncStreamingListParsesAsAPage() {
    try (StreamingListResponse<AtomaModel> s = client().models().withStreamingResponse().list()) {
      assertDocumentedList(s.parse().items());
    }
  }

  @Test
  void syncStreamingListBodyIsTheUnreadDocument() throws IOException {
    try (StreamingListResponse<AtomaModel> s = client().models().withStreamingResponse().list()) {
      assertThat(readTree(s.body())).isEqualTo(Json.mapper().readTree(AtomaFixture.resource("list.json")));
    }
  }

  @Test
  void syncStreamingRetrieveParsesAndItsBodyIsTheModelsJson() throws IOException {
    try (StreamingResponse<AtomaModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID)) {
      assertStreamingHeaders(s);
      assertDocumentedModel(s.parse());
    }
    try (StreamingResponse<AtomaModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID)) {
      assertThat(readTree(s.body())).isEqualTo(firstListedModel());
    }
  }

  @Test
  void syncStreamingRetrieveOfAnAbsentIdIsNotFound() {
    assertThatThrownBy(() -> client().models().withStreamingResponse().retrieve("nope"))
        .isInstanceOf(NotFoundException.class);
  }

  // ---- async typed

  @Test
  void asyncList() throws Exception {
    AsyncPage<AtomaModel> page = client().async().models().list().get(10, TimeUnit.SECONDS);
    assertDocumentedList(page.items());
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.autoPager().toList().get(10, TimeUnit.SECONDS)).isEqualTo(page.items());
  }

  @Test
  void asyncRetrieve() throws Exception {
    assertDocumentedModel(client().async().models().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS));
    assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models");
  }

  @Test
  void asyncRetrieveOfAnAbsentIdCompletesWithNotFound() {
    assertThatThrownBy(() -> client().async().models().retrieve("nope").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nope");
  }

  // ---- async raw

  @Test
  void asyncRawList() throws Exception {
    RawResponse<AsyncPage<AtomaModel>> raw =
        client().async().models().withRawResponse().list().get(10, TimeUnit.SECONDS);
    assertRawHeaders(raw);
    assertDocumentedList(raw.parse().items());
  }

  @Test
  void asyncRawRetrieve() throws Exception {
    RawResponse<AtomaModel> raw =
        client().async().models().withRawResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS);
    assertRawHeaders(raw);
    assertDocumentedModel(raw.parse());
  }

  // ---- async streaming

  @Test
  void asyncStreamingListIteratesItems() throws Exception {
    List<AtomaModel> items = new ArrayList<>();
    try (StreamingListResponse<AtomaModel> s =
        client().async().models().withStreamingResponse().list().get(10, TimeUnit.SECONDS)) {
      assertStreamingHeaders(s);
      s.forEach(items::add);
    }
    assertDocumentedList(items);
  }

  @Test
  void asyncStreamingRetrieve() throws Exception {
    try (StreamingResponse<AtomaModel> s =
        client().async().models().withStreamingResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS)) {
      assertStreamingHeaders(s);
      assertDocumentedModel(s.parse());
    }
    try (StreamingResponse<AtomaModel> s =
        client().async().models().withStreamingResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS)) {
      assertThat(readTree(s.body())).isEqualTo(firstListedModel());
    }
  }

  // ---- delete, refused

  @Test
  void deleteIsRefusedInEveryModeBeforeAnyRequest() {
    assertRefused(() -> client().models().delete(RETRIEVE_ID));
    assertRefused(() -> client().models().withRawResponse().delete(RETRIEVE_ID));
    assertRefused(() -> client().models().withStreamingResponse().delete(RETRIEVE_ID));
    assertRefused(() -> client().async().models().delete(RETRIEVE_ID));
    assertRefused(() -> client().async().models().withRawResponse().delete(RETRIEVE_ID));
    assertRefused(() -> client().async().models().withStreamingResponse().delete(RETRIEVE_ID));
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  private static void assertRefused(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(OperationNotSupportedException.class, e -> {
      assertThat(e.vendor()).isEqualTo("atoma");
      assertThat(e.operation()).isEqualTo(Operation.DELETE);
      assertThat(e.getMessage()).contains("atoma").contains("delete");
    });
  }

  // ---- the older payload

  @Test
  void olderPayloadIsReadInEveryListMode() throws Exception {
    SERVER.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(fixture("list-2024-11.json")));
    assertHistoricalModel(client().models().list().items().get(0));
    assertHistoricalModel(client().models().retrieve(OLD_ID));
    try (StreamingListResponse<AtomaModel> s = client().models().withStreamingResponse().list()) {
      assertHistoricalModel(s.iterator().next());
    }
    assertHistoricalModel(client().async().models().list().get(10, TimeUnit.SECONDS).items().get(0));
    assertHistoricalModel(client().async().models().retrieve(OLD_ID).get(10, TimeUnit.SECONDS));
  }

  private static void assertRawHeaders(RawResponse<?> raw) {
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(raw.requestId()).as("Atoma sends no request id").isEmpty();
    assertThat(raw.retries()).isZero();
  }

  /** Status and headers are readable before anything touched the body. */
  private static void assertStreamingHeaders(StreamingResponse<?> s) {
    assertThat(s.statusCode()).isEqualTo(200);
    assertThat(s.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(s.requestId()).isEmpty();
  }

  private static JsonNode firstListedModel() throws IOException {
    return Json.mapper().readTree(AtomaFixture.resource("list.json")).get("data").get(0);
  }

  private static JsonNode readTree(InputStream body) throws IOException {
    try (InputStream in = body) {
      return Json.mapper().readTree(in);
    }
  }
}
