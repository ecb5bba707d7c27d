package io.modelsdk.examples.atoma;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.examples.ExamplesWireMockTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every Atoma example against WireMock serving Atoma's documented payloads. */
class AtomaExamplesTest extends ExamplesWireMockTest<AtomaClient> {
  private static final String LLAMA = "meta-llama/Llama-3.3-70B-Instruct";
  private static final String E5 = "intfloat/multilingual-e5-large-instruct";
  private static final String FLUX = "black-forest-labs/FLUX.1-schnell";
  private static final String LIST = "GET /v1/models";

  AtomaExamplesTest() {
    super("atoma");
  }

  @Override
  protected AtomaClient newClient(String baseUrl) {
    return AtomaClient.builder().apiKey(KEY).baseUrl(baseUrl).sleeper(NO_WAIT).build();
  }

  private void stubList() {
    stub(get(urlPathEqualTo("/v1/models")).willReturn(ok("list.json")));
  }

  @Test
  void listModelsPrintsTheThreeDocumentedModels() {
    stubList();
    String out = output(o -> ListModels.run(client, o));
    assertThat(out.lines()).containsExactly(LLAMA + " created 2023-03-01T06:31:28Z",
        E5 + " created 2023-03-01T06:31:28Z", FLUX + " created 2023-03-01T06:31:28Z", "3 models");
    assertThat(requests()).singleElement()
        .satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY));
  }

  @Test
  void retrieveModelListsAndPicksTheId() {
    stubList();
    String out = output(o -> RetrieveModel.run(client, o, LLAMA));
    assertThat(out).contains("id:            " + LLAMA, "owner:         atoma", "max model len: not sent");
    assertThat(requestLines()).containsExactly(LIST);
  }

  @Test
  void unsupportedOperationsFailBeforeAnyRequest() {
    String out = output(o -> UnsupportedOperations.run(client, o));
    assertThat(out.lines()).containsExactly("supported: [LIST, RETRIEVE]",
        "delete is not supported: skip it, or expect an exception",
        "sync:  atoma does not support the models operation 'delete'", "async: atoma lacks delete");
    assertThat(requests()).isEmpty();
  }

  @Test
  void asyncFanOutPrintsEachModelInTheOrderAsked() {
    stubList();
    String out = output(o -> AsyncFanOut.run(client, o, List.of(FLUX, LLAMA)));
    assertThat(out.lines()).containsExactly(FLUX + " owned by atoma", LLAMA + " owned by atoma");
    assertThat(requestLines()).containsExactly(LIST, LIST); // one list per retrieve
  }

  @Test
  void rawHeadersPrintsStatusAndContentTypeButNoRequestId() {
    stubList();
    String out = output(o -> RawHeaders.run(client, o));
    assertThat(out).contains("status:       200", "request id:   none (Atoma sends none)",
        "content type: application/json", "0 retries", "models:       3");
  }

  @Test
  void streamingStopsAtTheFirstMatch() {
    stubList();
    assertThat(output(o -> Streaming.run(client, o, "intfloat/")).lines()).containsExactly(
        "read " + LLAMA, "read " + E5, "found it; the rest of the body is never parsed");
    assertThat(output(o -> Streaming.run(client, o, "nobody/")).lines()).containsExactly(
        "read " + LLAMA, "read " + E5, "read " + FLUX, "no model starts with nobody/");
  }

  @Test
  void pagingShowsASinglePage() {
    stubList();
    String out = output(o -> Paging.run(client, o));
    assertThat(out.lines()).containsExactly("3 models on this page, next page: false", "  " + LLAMA, "  " + E5,
        "  " + FLUX, "1 Llama models");
    assertThat(requestLines()).containsExactly(LIST);
  }

  @Test
  void retrySettingsRetryA503() {
    failOnce(() -> get(urlPathEqualTo("/v1/models")), status(503, "error-503.json"), ok("list.json"));
    try (AtomaClient configured = RetrySettings.configure(AtomaClient.builder().apiKey(KEY)
        .baseUrl(server.baseUrl())).sleeper(NO_WAIT).build()) {
      String out = output(o -> RetrySettings.run(configured, o));
      assertThat(out.lines()).containsExactly("3 models after 1 retries", LLAMA + " retrieved with at most one retry");
    }
    assertThat(requestLines()).containsExactly(LIST, LIST, LIST);
  }

  @Test
  void errorHandlingNamesEachFailure() {
    stubList();
    assertThat(output(o -> ErrorHandling.run(client, o, "no/such-model"))).startsWith("not listed: 404");

    assertThat(outputWhenAnswered(status(429, "error-429.json").withHeader("Retry-After", "2"),
        o -> ErrorHandling.run(client, o, LLAMA)))
        .startsWith("slow down: 429 TOO_MANY_REQUESTS \"Too many requests\", request id -, wait PT2S");

    assertThat(outputWhenAnswered(status(401, "error-401.json"),
        o -> ErrorHandling.run(client, o, LLAMA)))
        .startsWith("key refused: 401 AUTH_ERROR \"Authentication failed\"");

    assertThat(outputWhenAnswered(json(402, "{\"error\":{\"code\":\"BALANCE_ERROR\",\"message\":\"Insufficient balance\"}}"),
        o -> ErrorHandling.run(client, o, LLAMA)))
        .startsWith("API error: 402 BALANCE_ERROR \"Insufficient balance\", request id - (top up the balance)");
    assertThat(requests()).hasSize(1); // 402 is not retried

    assertThat(outputWhenConnectionsReset(o -> ErrorHandling.run(client, o, LLAMA))).startsWith("connection failed, 3 attempts");
  }
}
