package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.spi.SdkJson;
import io.modelsdk.core.testing.ModelsContractTest.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retrieve tries the documented {@code GET /v1/models/{id}} and lists instead only when the gateway
 * answers its route-level 404 ({@code {"detail": "Not Found"}}); a {@code model_not_found} error, or a
 * 404 saying anything else, is the answer.
 */
class ChoreoRetrieveFallbackTest extends ChoreoWireMockTest {
  private static void stubList() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models"))
        .willReturn(fixture("list.json").withHeader("X-Request-ID", "req_list")));
  }

  private static void stubRetrieve(int status, String fixture, String id) {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/" + id)).willReturn(fixture(status, fixture)));
  }

  /**
   * The gateway as it behaves today: the list, and FastAPI's route-level 404 for the documented route, with
   * a request id of its own that no answer may carry.
   */
  private static void stubTheGatewayAsItIs() {
    stubList();
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/" + RETRIEVE_ID))
        .willReturn(fixture(404, "error-route-not-found.json").withHeader("X-Request-ID", "req_404")));
  }

  /** The contract serves the route; here it answers the route-level 404, and every mode lists and finds. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Mode.class)
  void theRouteLevel404ListsAndFindsInEveryModeWithTheListsHeaders(Mode mode) throws Exception {
    stubTheGatewayAsItIs();
    switch (mode) {
      case SYNC:
        assertDocumentedModel(client().models().retrieve(RETRIEVE_ID));
        break;
      case SYNC_RAW: {
        RawResponse<ChoreoModel> raw = client().models().withRawResponse().retrieve(RETRIEVE_ID);
        assertRawHeaders(raw);
        assertDocumentedModel(raw.parse());
        assertThat(raw.parse()).isSameAs(raw.parse());
        break;
      }
      case SYNC_STREAMING:
        try (StreamingResponse<ChoreoModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID)) {
          assertStreamingHeaders(s);
          assertDocumentedModel(s.parse());
        }
        break;
      case ASYNC:
        assertDocumentedModel(client().async().models().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS));
        break;
      case ASYNC_RAW: {
        RawResponse<ChoreoModel> raw =
            client().async().models().withRawResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS);
        assertRawHeaders(raw);
        assertDocumentedModel(raw.parse());
        assertThat(raw.parse()).isSameAs(raw.parse());
        break;
      }
      default:
        try (StreamingResponse<ChoreoModel> s =
            client().async().models().withStreamingResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS)) {
          assertStreamingHeaders(s);
          assertDocumentedModel(s.parse());
        }
    }
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-4", "GET /v1/models");
    assertThat(sleeper.sleeps()).as("a 404 is not retried").isEmpty();
  }

  /** A served route streams its body as sent (the contract's check); a listed model is written back. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Mode.class, names = {"SYNC_STREAMING", "ASYNC_STREAMING"})
  void aStreamedRetrieveThatListedHasTheFoundModelAsItsBody(Mode mode) throws Exception {
    stubTheGatewayAsItIs();
    try (StreamingResponse<ChoreoModel> s = mode == Mode.SYNC_STREAMING
        ? client().models().withStreamingResponse().retrieve(RETRIEVE_ID)
        : client().async().models().withStreamingResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS)) {
      assertThat(readTree(s.body())).as("the found model, written back")
          .isEqualTo(SdkJson.mapper().readTree("{\"id\":\"gpt-4\",\"object\":\"model\",\"created\":1687882400,"
              + "\"owned_by\":\"openai\",\"permission\":[],\"root\":\"gpt-4\"}"));
    }
  }

  @Test
  void aServedRouteAnswersWithoutListing() {
    stubList();
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/gpt-4"))
        .willReturn(fixture("retrieve.json").withHeader("X-Request-ID", "req_retrieve")));
    RawResponse<ChoreoModel> raw = client().models().withRawResponse().retrieve("gpt-4");
    assertDocumentedModel(raw.parse());
    assertThat(raw.requestId()).hasValue("req_retrieve");
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-4");
  }

  @Test
  void theRouteLevel404ListsAndFinds() {
    stubList();
    stubRetrieve(404, "error-route-not-found.json", "claude-3-opus-20240229");
    ChoreoModel m = client().models().retrieve("claude-3-opus-20240229");
    assertThat(m.ownedBy()).hasValue("anthropic");
    assertThat(requestLines()).containsExactly("GET /v1/models/claude-3-opus-20240229", "GET /v1/models");
  }

  @Test
  void theRouteLevel404ThenAnAbsentIdIsNotFoundNamingTheId() {
    stubList();
    stubRetrieve(404, "error-route-not-found.json", "gpt-5");
    assertThatThrownBy(() -> client().models().retrieve("gpt-5"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.vendorCode()).hasValue("model_not_found");
          assertThat(e.requestId()).hasValue("req_list");
          assertThat(e.getMessage()).contains("gpt-5").contains("choreoai").doesNotContain(KEY);
        });
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-5", "GET /v1/models");
  }

  @Test
  void theRouteLevel404ThenAnAbsentIdFailsTheFutureToo() {
    stubList();
    stubRetrieve(404, "error-route-not-found.json", "gpt-5");
    assertThatThrownBy(() -> client().async().models().retrieve("gpt-5").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(NotFoundException.class)
        .hasMessageContaining("gpt-5");
  }

  @Test
  void modelNotFoundOn404IsTheAnswerAndDoesNotList() {
    stubList();
    stubRetrieve(404, "error-model-not-found.json", "invalid-model");
    assertThatThrownBy(() -> client().models().retrieve("invalid-model"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.vendorCode()).hasValue("model_not_found");
          assertThat(e.vendorMessage()).hasValue("Model 'invalid-model' not found");
        });
    assertThat(requestLines()).containsExactly("GET /v1/models/invalid-model");
  }

  @Test
  void modelNotFoundOn400IsTheAnswerAndDoesNotList() {
    stubList();
    stubRetrieve(400, "error-model-not-found.json", "invalid-model");
    assertThatThrownBy(() -> client().models().retrieve("invalid-model"))
        .isExactlyInstanceOf(NotFoundException.class)
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
    assertThat(requestLines()).containsExactly("GET /v1/models/invalid-model");
  }

  @Test
  void modelNotFoundDoesNotListInAsyncModesEither() throws Exception {
    stubList();
    stubRetrieve(404, "error-model-not-found.json", "invalid-model");
    assertThatThrownBy(() -> client().async().models().retrieve("invalid-model").get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(NotFoundException.class).hasMessageContaining("Model 'invalid-model' not found");
    assertThatThrownBy(() -> client().async().models().withStreamingResponse().retrieve("invalid-model")
        .get(10, TimeUnit.SECONDS)).cause().isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client().models().withStreamingResponse().retrieve("invalid-model"))
        .isInstanceOf(NotFoundException.class);
    assertThat(requestLines()).containsOnly("GET /v1/models/invalid-model");
  }

  @Test
  void a404WithAnotherDetailIsTheAnswerAndDoesNotList() {
    stubList();
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/gpt-9")).willReturn(json(404, "{\"detail\":\"Model gpt-9 is retired\"}")));
    assertThatThrownBy(() -> client().models().retrieve("gpt-9"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.vendorMessage()).hasValue("Model gpt-9 is retired"));
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-9");
  }

  @Test
  void a404ThatIsNotJsonDoesNotList() {
    stubList();
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/gpt-4"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/plain").withBody("Not Found")));
    assertThatThrownBy(() -> client().models().retrieve("gpt-4")).isInstanceOf(NotFoundException.class);
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-4");
  }

  @Test
  void providerNotConfiguredIsTheAnswerAndDoesNotList() {
    stubList();
    stubRetrieve(400, "error-provider-not-configured.json", "gpt-4");
    assertThatThrownBy(() -> client().models().retrieve("gpt-4"))
        .isInstanceOfSatisfying(ProviderNotConfiguredException.class,
            e -> assertThat(e.model()).hasValue("gpt-4"));
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-4");
  }

  @Test
  void aFailingListAfterTheRouteLevel404IsReportedAsTheListsError() {
    stubRetrieve(404, "error-route-not-found.json", "gpt-4");
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(fixture(401, "error-auth-invalid.json")));
    assertThatThrownBy(() -> client().models().retrieve("gpt-4"))
        .isInstanceOf(io.modelsdk.core.errors.AuthenticationException.class);
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-4", "GET /v1/models");
  }

  /** A raw answer that listed carries the list response's status and headers, not the 404's. */
  private static void assertRawHeaders(RawResponse<?> raw) {
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(raw.requestId()).hasValue("req_list");
    assertThat(raw.retries()).isZero();
  }

  /** Status and headers of the list response are readable before anything touched the body. */
  private static void assertStreamingHeaders(StreamingResponse<?> s) {
    assertThat(s.statusCode()).isEqualTo(200);
    assertThat(s.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(s.requestId()).hasValue("req_list");
  }

  private static JsonNode readTree(InputStream body) throws IOException {
    try (InputStream in = body) {
      return SdkJson.mapper().readTree(in);
    }
  }
}
