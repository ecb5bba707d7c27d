package io.modelsdk.examples.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.examples.ExamplesWireMockTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every ChoreoAI example against WireMock behaving like today's gateway: the documented list, and
 * FastAPI's 404 on {@code GET /v1/models/{id}}, a route the gateway does not serve.
 */
class ChoreoExamplesTest extends ExamplesWireMockTest<ChoreoClient> {
  private static final String OPUS = "claude-3-opus-20240229";
  private static final String LIST = "GET /v1/models";

  ChoreoExamplesTest() {
    super("choreo");
  }

  @Override
  protected ChoreoClient newClient(String baseUrl) {
    return ChoreoClient.builder().apiKey(KEY).baseUrl(baseUrl).sleeper(NO_WAIT).build();
  }

  /** The list on {@code /v1/models}, and the route-level 404 on {@code /v1/models/{id}}. */
  private void stubGateway() {
    stub(get(urlPathEqualTo("/v1/models")).willReturn(ok("list.json").withHeader("X-Request-ID", "req-list")));
    stub(get(urlPathMatching("/v1/models/.+")).willReturn(status(404, "error-route-not-found.json")));
  }

  @Test
  void listModelsPrintsAllThenCountsByOwner() {
    stubGateway();
    String out = output(o -> ListModels.run(client, o, "anthropic"));
    assertThat(out.lines()).containsExactly("gpt-4 via openai", OPUS + " via anthropic", "1 models owned by anthropic");
    assertThat(requests()).hasSize(2).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY));
  }

  @Test
  void retrieveModelFallsBackToTheList() {
    stubGateway();
    String out = output(o -> RetrieveModel.run(client, o, "gpt-4"));
    assertThat(out.lines()).containsExactly("gpt-4 (choreoai)", "provider: openai", "created:  2023-06-27T16:13:20Z",
        "root:     gpt-4");
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-4", LIST);
  }

  @Test
  void unsupportedOperationsFailBeforeAnyRequest() {
    String out = output(o -> UnsupportedOperations.run(client, o));
    assertThat(out.lines()).containsExactly("supported:     [LIST, RETRIEVE]",
        "not supported: [DELETE, CREATE, UPDATE, VERIFY]",
        "choreoai does not support the models operation 'delete' (nothing was sent)");
    assertThat(requests()).isEmpty();
  }

  @Test
  void asyncFanOutRetrievesEachId() {
    stubGateway();
    String out = output(o -> AsyncFanOut.run(client, o, List.of(OPUS, "gpt-4")));
    assertThat(out.lines()).containsExactly(OPUS + " from anthropic", "gpt-4 from openai");
    assertThat(requestLines()).containsExactlyInAnyOrder("GET /v1/models/" + OPUS, "GET /v1/models/gpt-4", LIST, LIST);
  }

  @Test
  void rawHeadersPrintsTheRequestId() {
    stubGateway();
    String out = output(o -> RawHeaders.run(client, o));
    assertThat(out).startsWith("HTTP 200 in ").contains("X-Request-ID: req-list", "Content-Type: application/json",
        "2 models");
  }

  @Test
  void streamingKeepsOneOwner() {
    stubGateway();
    assertThat(output(o -> Streaming.run(client, o, "openai")).lines()).containsExactly("openai: gpt-4");
    assertThat(output(o -> Streaming.run(client, o, "gemini"))).isEmpty(); // no key for it: silently absent
  }

  @Test
  void pagingShowsOnePage() {
    stubGateway();
    String out = output(o -> Paging.run(client, o));
    assertThat(out.lines()).containsExactly("one page of 2; next page: false", "anthropic: 1", "openai: 1");
    assertThat(requestLines()).containsExactly(LIST);
  }

  @Test
  void retrySettingsRetryAGatewayError() {
    failOnce(() -> get(urlPathEqualTo("/v1/models")), json(502, "{\"detail\":\"Bad Gateway\"}"),
        ok("list.json"));
    try (ChoreoClient configured = RetrySettings.configure(ChoreoClient.builder().apiKey(KEY)
        .baseUrl(server.baseUrl())).sleeper(NO_WAIT).build()) {
      String out = output(o -> RetrySettings.run(configured, o));
      assertThat(out.lines()).containsExactly("2 models, 1 retries", "2 models, no retry allowed");
    }
    assertThat(requestLines()).containsExactly(LIST, LIST, LIST);
  }

  @Test
  void errorHandlingNamesEachFailure() {
    stubGateway();
    assertThat(output(o -> ErrorHandling.run(client, o, "invalid-model"))).isEqualToIgnoringNewLines(
        "unknown model: HTTP 404, model_not_found, X-Request-ID req-list");

    assertThat(outputWhenAnswered(status(400, "error-model-not-found.json").withHeader("X-Request-ID", "req-400"),
        o -> ErrorHandling.run(client, o, "invalid-model"))).isEqualToIgnoringNewLines(
        "unknown model: HTTP 400, model_not_found, X-Request-ID req-400");
    assertThat(requests()).hasSize(1); // a real model_not_found never falls back to listing

    assertThat(outputWhenAnswered(status(400, "error-provider-not-configured.json"),
        o -> ErrorHandling.run(client, o, "gpt-4"))).isEqualToIgnoringNewLines(
        "configure the provider of gpt-4 on the gateway: HTTP 400, provider_not_configured, X-Request-ID -");

    assertThat(outputWhenAnswered(json(429, "{\"error\":{\"message\":\"Rate limit\",\"type\":\"rate_limit_error\","
        + "\"code\":\"rate_limit_exceeded\"}}").withHeader("retry-after-ms", "1500"),
        o -> ErrorHandling.run(client, o, "gpt-4")))
        .startsWith("rate limited: HTTP 429, rate_limit_exceeded, X-Request-ID -, retry after PT1.5S");

    assertThat(outputWhenAnswered(status(401, "error-auth-invalid.json"),
        o -> ErrorHandling.run(client, o, "gpt-4"))).startsWith("check CHOREOAI_API_KEY: HTTP 401, invalid_api_key");

    assertThat(outputWhenConnectionsReset(o -> ErrorHandling.run(client, o, "gpt-4"))).startsWith("is the gateway running? 3 attempts");
  }
}
