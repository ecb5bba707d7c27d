package io.modelsdk.root;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.testing.ModelsContractTest.Mode;
import io.modelsdk.core.testing.OffSpec;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What goes on the wire: the credential and SDK headers, paths that end in {@code /} as the server
 * sees them, ids as one encoded segment, and ids refused before any I/O.
 */
class RootRequestTest extends RootWireMockTest {
  private void answerEverything() {
    SERVER.stubFor(get(anyUrl()).willReturn(fixture("retrieve.json")));
    SERVER.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));
  }

  @Test
  void sendsTheKeyAsApiKeyAuthorization() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    client().models().list();
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("Authorization")).isEqualTo("Api-Key " + KEY);
    assertThat(r.getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void asyncCallsSendTheSameCredentials() throws Exception {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    client().async().models().list().get(10, TimeUnit.SECONDS);
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Api-Key " + KEY);
  }

  @Test
  void userAgentNamesTheSdkAndTheVendor() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    client().models().list();
    String ua = onlyRequest().getHeader("User-Agent");
    assertThat(ua).startsWith("models-sdk-java/").contains("rootsignals").doesNotContain("${");
  }

  @Test
  void noVendorHeadersBeyondTheCredential() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    client().models().list();
    assertThat(onlyRequest().getAllHeaderKeys()).noneMatch(h -> h.toLowerCase().startsWith("x-"));
  }

  @Test
  @OffSpec("a query parameter the user adds through RequestOptions, which the document does not declare")
  void requestOptionsHeadersAndQueryReachTheServer() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    client().models().list(RootModelListParams.none(),
        RequestOptions.builder().header("X-Trace", "t1").queryParam("team", "a").build());
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("X-Trace")).isEqualTo("t1");
    assertThat(r.getUrl()).isEqualTo("/v1/models/?team=a");
  }

  @Test
  void everyPathEndsInASlash() throws Exception {
    answerEverything();
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/")).willReturn(fixture("list.json")));
    client().models().list();
    client().models().retrieve(RootFixture.MODEL_ID);
    client().models().delete(RootFixture.MODEL_ID);
    client().async().models().retrieve(RootFixture.MODEL_ID).get(10, TimeUnit.SECONDS);
    assertThat(requests()).extracting(LoggedRequest::getUrl).containsExactly(
        "/v1/models/",
        "/v1/models/" + RootFixture.MODEL_ID + "/",
        "/v1/models/" + RootFixture.MODEL_ID + "/",
        "/v1/models/" + RootFixture.MODEL_ID + "/");
  }

  @Test
  @OffSpec("a base URL with a path prefix (a proxy), which the document's server URL does not have")
  void aBaseUrlWithAPathPrefixKeepsTheSlashes() {
    answerEverything();
    try (RootClient c = RootClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl() + "/proxy/").build()) {
      c.models().retrieve(RootFixture.MODEL_ID);
    }
    assertThat(onlyRequest().getUrl()).isEqualTo("/proxy/v1/models/" + RootFixture.MODEL_ID + "/");
  }

  @Test
  @OffSpec("an id with a slash, which is no UUID, to test its encoding")
  void aSlashInAnIdIsSentAsPercent2F() {
    answerEverything();
    client().models().retrieve("org/model");
    client().models().delete("org/model");
    assertThat(requests()).extracting(LoggedRequest::getUrl).containsOnly("/v1/models/org%2Fmodel/");
  }

  @Test
  @OffSpec("an id with ? and #, which is no UUID, to test its encoding")
  void queryAndFragmentCharactersStayInTheSegment() {
    answerEverything();
    client().models().retrieve("a?b#c");
    assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models/a%3Fb%23c/");
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "  ", ".", ".."})
  void idsThatCannotBeASegmentAreRefusedBeforeAnyRequest(String id) {
    answerEverything();
    assertThatThrownBy(() -> client().models().retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().delete(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().withRawResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().withStreamingResponse().delete(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().delete(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().update(id, RootFixture.UPDATE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().withRawResponse().update(id, RootFixture.UPDATE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(requests()).isEmpty();
  }

  @Test
  void nullIdAndNullParamsAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client().models().retrieve(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().list((RootModelListParams) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().create(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().async().models().create(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().update(RootFixture.MODEL_ID, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().update(null, RootFixture.UPDATE))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().models().verify(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().async().models().verify(null)).isInstanceOf(NullPointerException.class);
    assertThat(requests()).isEmpty();
  }

  @Test
  void createSendsTheDocumentedBodyWithModelDefaultingToName() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(201, RootFixture.resource("created.json"))));
    client().models().create(RootModelCreateParams.builder().name("my-custom-gpt").maxOutputTokenCount(800)
        .maxTokenCount(8000).build());
    assertThat(onlyRequest().getBodyAsString()).isEqualTo(
        "{\"name\":\"my-custom-gpt\",\"model\":\"my-custom-gpt\",\"max_output_token_count\":800,"
            + "\"max_token_count\":8000}");
  }

  @Test
  void createSendsTheNonSaasExampleOfTheSpec() throws Exception {
    SERVER.stubFor(any(anyUrl()).willReturn(json(201, RootFixture.resource("created.json"))));
    client().models().create(RootModelCreateParams.builder().name("azure/gpt-4-turbo").model("azure/gpt-4-turbo")
        .defaultKey("something secret").url("https://azure-openai-somewhere.openai.azure.com").build());
    com.fasterxml.jackson.databind.ObjectMapper m = io.modelsdk.core.spi.SdkJson.mapper();
    assertThat(m.readTree(onlyRequest().getBodyAsString()))
        .isEqualTo(m.readTree(RootFixture.resource("create-request-non-saas.json")));
    assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models/");
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSet() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("updated.json")));
    client().models().update(RootFixture.MODEL_ID, RootModelUpdateParams.builder().maxOutputTokenCount(2000).build());
    assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"max_output_token_count\":2000}");
    assertThat(onlyRequest().getMethod().getName()).isEqualTo("PATCH");
  }

  @Test
  void aClearedFieldIsSentAsAnExplicitNull() throws Exception {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("updated.json")));
    client().models().update(RootFixture.MODEL_ID, RootModelUpdateParams.builder().name("renamed").clearUrl()
        .clearDefaultKey().clearMaxTokenCount().build());
    com.fasterxml.jackson.databind.ObjectMapper m = io.modelsdk.core.spi.SdkJson.mapper();
    assertThat(m.readTree(onlyRequest().getBodyAsString())).isEqualTo(m.readTree(
        "{\"name\":\"renamed\",\"default_key\":null,\"max_token_count\":null,\"url\":null}"));
  }

  @Test
  void aVerifyWithoutAKeySendsTheModelAlone() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("verified.json")));
    client().models().verify(RootModelVerifyParams.builder().model("gpt-4o").build());
    assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"model\":\"gpt-4o\"}");
    assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models/verify/");
  }

  /** The contract checks create's method, path and JSON body; this, that it is sent as JSON with no query. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Mode.class)
  void createPostsJsonToTheListPathInEveryMode(Mode mode) throws Exception {
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/"))
        .withRequestBody(equalToJson(RootFixture.resource("create-request.json")))
        .willReturn(json(201, RootFixture.resource("created.json"))));
    switch (mode) {
      case SYNC:
        client().models().create(RootFixture.CREATE);
        break;
      case SYNC_RAW:
        client().models().withRawResponse().create(RootFixture.CREATE);
        break;
      case SYNC_STREAMING:
        client().models().withStreamingResponse().create(RootFixture.CREATE).close();
        break;
      case ASYNC:
        client().async().models().create(RootFixture.CREATE).get(10, TimeUnit.SECONDS);
        break;
      case ASYNC_RAW:
        client().async().models().withRawResponse().create(RootFixture.CREATE).get(10, TimeUnit.SECONDS);
        break;
      default:
        client().async().models().withStreamingResponse().create(RootFixture.CREATE).get(10, TimeUnit.SECONDS).close();
    }
    assertThat(requests()).singleElement().satisfies(r -> {
      assertThat(r.getMethod().getName()).isEqualTo("POST");
      assertThat(r.getUrl()).isEqualTo("/v1/models/");
      assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    });
  }
}
