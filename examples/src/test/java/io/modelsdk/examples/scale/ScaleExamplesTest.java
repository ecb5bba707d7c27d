package io.modelsdk.examples.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import io.modelsdk.examples.ExamplesWireMockTest;
import io.modelsdk.scale.ScaleClient;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs every Scale example against WireMock serving the fixtures of sdk-scale. */
class ScaleExamplesTest extends ExamplesWireMockTest<ScaleClient> {
  private static final String ID = "mi_01hz8k2n5q"; // retrieve.json, first of list.json

  ScaleExamplesTest() {
    super("scale");
  }

  @Override
  protected ScaleClient newClient(String baseUrl) {
    return ScaleClient.builder().apiKey(KEY).baseUrl(baseUrl).sleeper(NO_WAIT).build();
  }

  private void stubList() {
    stub(get(urlPathEqualTo("/v4/models")).willReturn(ok("list.json")));
  }

  private void stubRetrieve(String id) {
    stub(get(urlPathEqualTo("/v4/models/" + id)).willReturn(ok("retrieve.json")));
  }

  /** A page of Scale's list with models named after their ids. */
  private static String page(int current, int perPage, int total, String... ids) {
    String items = Arrays.stream(ids)
        .map(id -> "{\"id\":\"" + id + "\",\"name\":\"name-" + id + "\",\"model_type\":\"COMPLETION\"}")
        .collect(Collectors.joining(","));
    return "{\"items\":[" + items + "],\"total_item_count\":" + total + ",\"current_page\":" + current
        + ",\"items_per_page\":" + perPage + "}";
  }

  private void stubPage(StringValuePattern page, String body) {
    stub(get(urlPathEqualTo("/v4/models")).withQueryParam("page", page).willReturn(json(200, body)));
  }

  @Test
  void listModelsPrintsTheDocumentedModels() {
    stubList();
    String out = output(o -> ListModels.run(client, o));
    assertThat(out.lines()).containsExactly("mi_01hz8k2n5q  support-bot  CHAT_COMPLETION  1 deployments",
        "mi_02jq4r7t8w  doc-embedder  EMBEDDING  0 deployments", "mi_03kv6x9y0z  reranker  RERANKING  2 deployments",
        "3 models");
    assertThat(requests()).singleElement().satisfies(r -> assertThat(r.getHeader("x-api-key")).isEqualTo(KEY));
  }

  @Test
  void retrieveModelAsksForBothViews() {
    stubRetrieve(ID);
    String out = output(o -> RetrieveModel.run(client, o, ID));
    assertThat(out).contains("mi_01hz8k2n5q support-bot (CHAT_COMPLETION)", "display name: Support bot",
        "created:      2024-05-14T09:21:07.512Z", "group:        support", "deployment:   support-bot-prod READY");
    assertThat(requestLines()).containsExactly("GET /v4/models/" + ID + "?view=Deployments%2CModelGroup");
  }

  @Test
  void deleteModelPrintsTheCount() {
    stub(delete(urlPathEqualTo("/v4/models/mi_04new0model")).willReturn(ok("delete.json")));
    assertThat(output(o -> DeleteModel.run(client, o, "mi_04new0model"))).isEqualToIgnoringNewLines("deleted 1 model(s)");
    assertThat(requestLines()).containsExactly("DELETE /v4/models/mi_04new0model");
  }

  @Test
  void createModelPostsTheRequiredFields() {
    stub(post(urlPathEqualTo("/v4/models")).willReturn(ok("create.json")));
    String out = output(o -> CreateModel.run(client, o, "acc_5f2c", "my-model"));
    assertThat(out.lines()).containsExactly("created mi_04new0model (my-model, COMPLETION)", "vendor: LAUNCH");
    assertThat(requests()).singleElement().satisfies(r -> assertThat(r.getBodyAsString()).satisfies(body ->
        equalToJson("{\"account_id\":\"acc_5f2c\",\"model_type\":\"COMPLETION\",\"name\":\"my-model\","
            + "\"description\":\"created by the models-sdk example\"}").match(body).isExactMatch()));
  }

  @Test
  void asyncFanOutRetrievesEveryId() {
    stubRetrieve("mi_a");
    stubRetrieve("mi_b");
    String out = output(o -> AsyncFanOut.run(client, o, List.of("mi_a", "mi_b")));
    assertThat(out.lines()).containsExactly(ID + " support-bot", ID + " support-bot");
    assertThat(requestLines()).containsExactlyInAnyOrder("GET /v4/models/mi_a", "GET /v4/models/mi_b");
  }

  @Test
  void rawHeadersPrintsStatusAndContentType() {
    stubRetrieve(ID);
    String out = output(o -> RawHeaders.run(client, o, ID));
    assertThat(out.lines()).containsExactly("status 200, request id (Scale sends none)",
        "content type application/json", ID + " is support-bot");
  }

  @Test
  void streamingAsksForTheLargestPage() {
    stubList();
    String out = output(o -> Streaming.run(client, o));
    assertThat(out.lines()).containsExactly("mi_01hz8k2n5q CHAT_COMPLETION", "mi_02jq4r7t8w EMBEDDING",
        "mi_03kv6x9y0z RERANKING", "3 models streamed");
    assertThat(requestLines()).containsExactly("GET /v4/models?limit=10000");
  }

  @Test
  void pagingWalksThreePagesOfTwo() {
    stubPage(absent(), page(1, 2, 5, "m1", "m2"));
    stubPage(equalTo("2"), page(2, 2, 5, "m3", "m4"));
    stubPage(equalTo("3"), page(3, 2, 5, "m5"));
    String out = output(o -> Paging.run(client, o, 2));
    assertThat(out.lines()).containsExactly("page 1: m1, m2; more pages: true", "  m1 name-m1", "  m2 name-m2",
        "  m3 name-m3", "  m4 name-m4", "  m5 name-m5", "5 models in all");
    assertThat(requestLines()).containsExactly("GET /v4/models?sort_by=name%3Aasc&limit=2",
        "GET /v4/models?sort_by=name%3Aasc&page=2&limit=2", "GET /v4/models?sort_by=name%3Aasc&page=3&limit=2");
  }

  @Test
  void retrySettingsRetryA502() {
    failOnce(() -> get(urlPathEqualTo("/v4/models/" + ID)), json(502, "{\"detail\":\"Bad gateway\"}"),
        ok("retrieve.json"));
    try (ScaleClient configured = RetrySettings.configure(ScaleClient.builder().apiKey(KEY)
        .baseUrl(server.baseUrl())).sleeper(NO_WAIT).build()) {
      String out = output(o -> RetrySettings.run(configured, o, ID));
      assertThat(out.lines()).containsExactly("support-bot: 1 retries", "support-bot: no retry allowed");
    }
    assertThat(requests()).hasSize(3);
  }

  @Test
  void errorHandlingNamesEachFailure() {
    answerEverything(status(404, "error-404.json"));
    assertThat(output(o -> ErrorHandling.run(client, o, "mi_missing"))).isEqualToIgnoringNewLines(
        "not found: Model instance mi_missing not found (status 404, code -, request id -)");

    assertThat(outputWhenAnswered(status(422, "error-422.json"),
        o -> ErrorHandling.run(client, o, "mi_missing")).lines()).containsExactly(
        "invalid query.limit: Input should be less than or equal to 10000", "invalid body.name: Field required");

    assertThat(outputWhenAnswered(json(429, "{\"detail\":\"Too many requests\"}").withHeader("Retry-After", "300"),
        o -> ErrorHandling.run(client, o, ID))).startsWith("rate limited (status 429");
    assertThat(requests()).hasSize(1); // a wait over the client's 60 s cap is not slept through

    assertThat(outputWhenAnswered(json(401, "{\"detail\":\"Invalid API key\"}"),
        o -> ErrorHandling.run(client, o, ID))).startsWith("check SGP_API_KEY: Invalid API key");

    assertThat(outputWhenAnswered(json(403, "{\"detail\":\"Not your account\"}"),
        o -> ErrorHandling.run(client, o, ID))).startsWith("API error: Not your account (status 403");

    assertThat(outputWhenConnectionsReset(o -> ErrorHandling.run(client, o, ID))).startsWith("unreachable after 3 attempts");
  }
}
