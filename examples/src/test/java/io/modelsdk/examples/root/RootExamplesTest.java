package io.modelsdk.examples.root;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.examples.ExamplesWireMockTest;
import io.modelsdk.root.RootClient;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Runs every Root Signals example against WireMock serving the fixtures of sdk-root. */
class RootExamplesTest extends ExamplesWireMockTest<RootClient> {
  private static final String ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"; // retrieve.json, created.json
  private static final String MODEL_PATH = "/v1/models/" + ID + "/";

  RootExamplesTest() {
    super("root");
  }

  @Override
  protected RootClient newClient(String baseUrl) {
    return RootClient.builder().apiKey(KEY).baseUrl(baseUrl).sleeper(NO_WAIT).build();
  }

  private void stubRetrieve(String path) {
    stub(get(urlPathEqualTo(path)).willReturn(ok("retrieve.json")));
  }

  private void stubCreate() {
    stub(post(urlPathEqualTo("/v1/models/")).willReturn(status(201, "created.json")));
  }

  /** A page of Root Signals' list, models {@code m<from>..m<to-1>}, with the given cursor. */
  private static String page(int from, int to, String next) {
    String items = IntStream.range(from, to).mapToObj(i -> "{\"id\":\"m" + i + "\",\"name\":\"model-" + i
        + "\",\"owner\":{\"email\":\"a@b.c\",\"full_name\":\"A\"},\"provider\":null,\"visibility\":\"PUBLIC\"}")
        .collect(Collectors.joining(","));
    return "{\"next\":" + (next == null ? "null" : "\"" + next + "\"") + ",\"previous\":null,\"results\":[" + items + "]}";
  }

  @Test
  void listModelsPrintsProviderVisibilityAndOwner() {
    stub(get(urlPathEqualTo("/v1/models/")).willReturn(ok("list.json")));
    String out = output(o -> ListModels.run(client, o));
    assertThat(out.lines()).containsExactly("gpt-4o [OpenAI, PUBLIC] owned by system@rootsignals.ai",
        "my-custom-gpt [custom, PRIVATE] owned by jane@example.com", "2 models");
    assertThat(requests()).singleElement()
        .satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Api-Key " + KEY));
  }

  @Test
  void retrieveModelPrintsTheSettings() {
    stubRetrieve(MODEL_PATH);
    String out = output(o -> RetrieveModel.run(client, o, ID));
    assertThat(out.lines()).containsExactly("my-custom-gpt calls gpt-4-turbo", "max tokens:        128000",
        "max output tokens: 4096", "url:               (the provider's)");
    assertThat(requestLines()).containsExactly("GET " + MODEL_PATH);
  }

  @Test
  void deleteModelSendsADelete() {
    stub(delete(urlPathEqualTo(MODEL_PATH)).willReturn(json(204, "")));
    assertThat(output(o -> DeleteModel.run(client, o, ID))).isEqualToIgnoringNewLines("deleted " + ID);
    assertThat(requestLines()).containsExactly("DELETE " + MODEL_PATH);
  }

  @Test
  void createModelPostsThenRetrieves() {
    stubCreate();
    stubRetrieve(MODEL_PATH);
    String out = output(o -> CreateModel.run(client, o, "my-custom-gpt", "gpt-4-turbo"));
    assertThat(out.lines()).containsExactly("created " + ID, "my-custom-gpt calls gpt-4-turbo");
    assertThat(requestLines()).containsExactly("POST /v1/models/", "GET " + MODEL_PATH);
    assertThat(equalToJson("{\"name\":\"my-custom-gpt\",\"model\":\"gpt-4-turbo\",\"max_output_token_count\":800}")
        .match(requests().get(0).getBodyAsString()).isExactMatch()).isTrue();
  }

  @Test
  void asyncFanOutRetrievesEveryId() {
    stubRetrieve("/v1/models/a/");
    stubRetrieve("/v1/models/b/");
    String out = output(o -> AsyncFanOut.run(client, o, List.of("a", "b")));
    assertThat(out.lines()).containsExactly(ID + ": my-custom-gpt -> gpt-4-turbo", ID + ": my-custom-gpt -> gpt-4-turbo");
    assertThat(requestLines()).containsExactlyInAnyOrder("GET /v1/models/a/", "GET /v1/models/b/");
  }

  @Test
  void rawHeadersShowsTheWholeCreateAnswer() {
    stubCreate();
    String out = output(o -> RawHeaders.run(client, o, "my-custom-gpt"));
    assertThat(out.lines()).containsExactly("status 201, request id (none sent)", "content type application/json",
        ID + " my-custom-gpt, max output tokens 800");
    assertThat(equalToJson("{\"name\":\"my-custom-gpt\",\"model\":\"my-custom-gpt\"}")
        .match(requests().get(0).getBodyAsString()).isExactMatch()).isTrue();
  }

  @Test
  void streamingPrintsThePrivateModels() {
    stub(get(urlPathEqualTo("/v1/models/")).willReturn(ok("list.json")));
    String out = output(o -> Streaming.run(client, o, "chat"));
    assertThat(out.lines()).containsExactly("private: my-custom-gpt (7c9e6679-7425-40de-944b-e07fc1f90ae7)");
    assertThat(requestLines()).containsExactly("GET /v1/models/?capable_of=chat&page_size=100");
  }

  @Test
  void pagingFollowsTheCursorUpToTheLimit() {
    stub(get(urlPathEqualTo("/v1/models/")).withQueryParam("cursor", absent()).willReturn(json(200, page(0, 2, "cD00ODY="))));
    stub(get(urlPathEqualTo("/v1/models/")).withQueryParam("cursor", equalTo("cD00ODY="))
        .willReturn(json(200, page(2, 3, "cj0xJnA9NDg3")))); // one model, as page_size=1 asks; more remain
    String out = output(o -> Paging.run(client, o, 2, 3));
    assertThat(out.lines()).containsExactly("first page: 2 models, more pages: true", "  model-0", "  model-1",
        "  model-2", "3 models listed");
    assertThat(requestLines()).containsExactly("GET /v1/models/?ordering=name&page_size=2", // limit stays in the SDK
        "GET /v1/models/?cursor=cD00ODY%3D&ordering=name&page_size=1"); // only the one still wanted
  }

  @Test
  void retrySettingsRetryAThrottledCall() {
    failOnce(() -> get(urlPathEqualTo(MODEL_PATH)),
        status(429, "error-429-throttled.json").withHeader("Retry-After", "1"), ok("retrieve.json"));
    try (RootClient configured = RetrySettings.configure(RootClient.builder().apiKey(KEY)
        .baseUrl(server.baseUrl())).sleeper(NO_WAIT).build()) {
      String out = output(o -> RetrySettings.run(configured, o, ID));
      assertThat(out.lines()).containsExactly("my-custom-gpt after 1 retries", "my-custom-gpt without retries");
    }
    assertThat(requests()).hasSize(3);
    assertThat(requests().get(2).getHeader("X-Trace-Id")).isEqualTo("example-trace");
  }

  @Test
  void errorHandlingNamesEachFailure() {
    answerEverything(status(404, "error-404-not-found.json"));
    assertThat(output(o -> ErrorHandling.run(client, o, ID))).isEqualToIgnoringNewLines(
        "no model " + ID + ": 404 not_found (Not found.), request id -");

    assertThat(outputWhenAnswered(status(429, "error-429-throttled.json").withHeader("Retry-After", "120"),
        o -> ErrorHandling.run(client, o, ID))).isEqualToIgnoringNewLines(
        "throttled: 429 throttled (Throttled. Request was throttled.), request id -; asked to wait PT2M");

    assertThat(outputWhenAnswered(status(401, "error-401-authentication-failed.json"),
        o -> ErrorHandling.run(client, o, ID))).startsWith("check ROOTSIGNALS_API_KEY: 401 authentication_failed");

    assertThat(outputWhenConnectionsReset(o -> ErrorHandling.run(client, o, ID))).startsWith("Root Signals unreachable (3 attempts)");
  }
}
