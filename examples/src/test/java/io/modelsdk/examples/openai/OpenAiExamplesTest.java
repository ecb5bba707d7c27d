package io.modelsdk.examples.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.examples.ExamplesWireMockTest;
import io.modelsdk.openai.OpenAiClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every OpenAI example against WireMock serving OpenAI's documented payloads. */
class OpenAiExamplesTest extends ExamplesWireMockTest<OpenAiClient> {
  private static final String ID = "VAR_chat_model_id"; // retrieve.json
  private static final String FINE_TUNED = "ft:gpt-4o-mini:acemeco:suffix:abc123"; // delete.json

  OpenAiExamplesTest() {
    super("openai");
  }

  @Override
  protected OpenAiClient newClient(String baseUrl) {
    return OpenAiClient.builder().apiKey(KEY).baseUrl(baseUrl + "/v1").sleeper(NO_WAIT).build();
  }

  private void stubList() {
    stub(get(urlPathEqualTo("/v1/models")).willReturn(ok("list.json").withHeader("x-request-id", "req_list")));
  }

  private void stubRetrieve(String id) {
    stub(get(urlPathEqualTo("/v1/models/" + id)).willReturn(ok("retrieve.json")
        .withHeader("x-request-id", "req_" + id).withHeader("x-ratelimit-remaining-requests", "4999")));
  }

  @Test
  void listModelsPrintsEveryModelWithItsOwner() {
    stubList();
    String out = output(o -> ListModels.run(client, o));
    assertThat(out).contains("model-id-0 owned by organization-owner", "model-id-1 owned by organization-owner",
        "model-id-2 owned by openai", "3 models");
    assertThat(requests()).singleElement()
        .satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY));
  }

  @Test
  void retrieveModelPrintsTheDocumentedFields() {
    stubRetrieve(ID);
    String out = output(o -> RetrieveModel.run(client, o, ID));
    assertThat(out).contains("id:       VAR_chat_model_id", "owner:    openai", "created:  2023-06-16T17:03:22Z",
        "shutdown: 2026-10-23");
  }

  @Test
  void deleteModelSendsADeleteAndPrintsTheAnswer() {
    stub(delete(urlPathEqualTo("/v1/models/" + FINE_TUNED)).willReturn(ok("delete.json")));
    String out = output(o -> DeleteModel.run(client, o, FINE_TUNED));
    assertThat(out).isEqualToIgnoringNewLines(FINE_TUNED + " deleted");
    assertThat(requestLines()).containsExactly("DELETE /v1/models/" + FINE_TUNED);
  }

  @Test
  void asyncFanOutRetrievesEveryIdAndPrintsThemInOrder() {
    stubRetrieve("gpt-4o");
    stubRetrieve("gpt-4o-mini");
    String out = output(o -> AsyncFanOut.run(client, o, List.of("gpt-4o", "gpt-4o-mini")));
    assertThat(out.lines()).containsExactly("VAR_chat_model_id owned by openai", "VAR_chat_model_id owned by openai");
    assertThat(requestLines()).containsExactlyInAnyOrder("GET /v1/models/gpt-4o", "GET /v1/models/gpt-4o-mini");
  }

  @Test
  void rawHeadersPrintsStatusRequestIdAndRateLimit() {
    stubRetrieve(ID);
    String out = output(o -> RawHeaders.run(client, o, ID));
    assertThat(out).contains("status:        200", "request id:    req_" + ID, "requests left: 4999",
        "retries:       0", "model:         " + ID);
  }

  @Test
  void streamingPrintsEachItem() {
    stubList();
    String out = output(o -> Streaming.run(client, o));
    assertThat(out.lines()).containsExactly("status 200, request id req_list", "model-id-0", "model-id-1", "model-id-2");
  }

  @Test
  void pagingShowsOnePageAndWalksIt() {
    stubList();
    String out = output(o -> Paging.run(client, o));
    assertThat(out).contains("first page: 3 models, more pages: false", "  model-id-0", "  model-id-2",
        "organization-owner=2", "openai=1");
    assertThat(requests()).hasSize(1); // autoPager() and stream() start from the page already fetched
  }

  @Test
  void retrySettingsRetryThePatientCallOnly() {
    failOnce(() -> get(urlPathEqualTo("/v1/models/" + ID)), json(503, "{}"),
        ok("retrieve.json"));
    try (OpenAiClient configured = RetrySettings.configure(OpenAiClient.builder().apiKey(KEY)
        .baseUrl(server.baseUrl() + "/v1")).sleeper(NO_WAIT).build()) {
      String out = output(o -> RetrySettings.run(configured, o, ID));
      assertThat(out.lines()).containsExactly(ID + " after 1 retries", ID + " with no retries allowed");
    }
    assertThat(requests()).hasSize(3);
  }

  @Test
  void errorHandlingNamesEachFailure() {
    answerEverything(json(404, "{\"error\":{\"message\":\"The model 'gpt-9' does not exist\","
        + "\"type\":\"invalid_request_error\",\"param\":\"model\",\"code\":\"model_not_found\"}}")
        .withHeader("x-request-id", "req_404"));
    assertThat(output(o -> ErrorHandling.run(client, o, "gpt-9"))).startsWith(
        "no such model: status 404, code model_not_found, request id req_404, after 1 attempts");

    assertThat(outputWhenAnswered(json(429, "{\"error\":{\"message\":\"slow down\",\"type\":\"requests\",\"param\":null,"
        + "\"code\":\"rate_limit_exceeded\"}}").withHeader("Retry-After", "7"),
        o -> ErrorHandling.run(client, o, "gpt-9"))).startsWith(
        "rate limited: status 429, code rate_limit_exceeded, request id -, after 3 attempts, retry after PT7S");

    assertThat(outputWhenAnswered(json(401, "{\"error\":{\"message\":\"Incorrect API key provided.\","
        + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}"),
        o -> ErrorHandling.run(client, o, "gpt-9"))).startsWith("bad API key: status 401, code invalid_api_key");

    assertThat(outputWhenAnswered(json(500, "{\"error\":{\"message\":\"oops\",\"type\":\"server_error\",\"param\":null,\"code\":null}}"),
        o -> ErrorHandling.run(client, o, "gpt-9"))).startsWith("API error: status 500, code -");

    assertThat(outputWhenConnectionsReset(o -> ErrorHandling.run(client, o, "gpt-9"))).startsWith("no answer after 3 attempts");
  }
}
