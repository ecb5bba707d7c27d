package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.testing.OffSpec;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every request carries: the Bearer key in the exact form the auth middleware checks, identification, options. */
class ChoreoRequestHeadersTest extends ChoreoWireMockTest {
  @BeforeEach
  void stubList() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(fixture("list.json")));
  }

  @Test
  void sendsTheKeyAsBearerToken() {
    client().models().list();
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void everyModeSendsTheSameCredentials() throws Exception {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/gpt-4")).willReturn(fixture(404, "error-route-not-found.json")));
    client().async().models().list().get(10, TimeUnit.SECONDS);
    client().models().withStreamingResponse().list(ChoreoModelListParams.builder().ownedBy("openai").build()).close();
    client().async().models().retrieve("gpt-4").get(10, TimeUnit.SECONDS);
    assertThat(requests()).hasSize(4)
        .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY));
  }

  @Test
  void userAgentNamesTheSdkItsVersionAndTheVendor() {
    client().models().list();
    String ua = onlyRequest().getHeader("User-Agent");
    assertThat(ua).startsWith("models-sdk-java/");
    String version = ua.substring("models-sdk-java/".length()).split(" ", 2)[0];
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+([-.][0-9A-Za-z.-]+)?").isNotEqualTo("unknown");
    assertThat(ua).contains("choreoai").doesNotContain("${");
  }

  @Test
  void acceptsJson() {
    client().models().list();
    assertThat(onlyRequest().getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void theRequestIdComesFromXRequestIdInAnyCase() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(fixture("list.json").withHeader("x-request-id", "lower")));
    assertThat(client().models().withRawResponse().list().requestId()).hasValue("lower");
  }

  @Test
  void noRequestIdWhenTheGatewaySendsNone() {
    assertThat(client().models().withRawResponse().list().requestId()).isEmpty();
  }

  @Test
  void clientHeadersAndRequestOptionHeadersReachTheGateway() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("retrieve.json")));
    try (ChoreoClient c = builder().header("X-Team", "ml-platform").build()) {
      c.models().retrieve(RETRIEVE_ID, RequestOptions.builder().header("X-Trace-Id", "trace-42").build());
    }
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("X-Team")).isEqualTo("ml-platform");
    assertThat(r.getHeader("X-Trace-Id")).isEqualTo("trace-42");
    assertThat(r.getUrl()).isEqualTo("/v1/models/gpt-4");
  }

  @Test
  @OffSpec("a query parameter the user adds, which the gateway does not declare, is the point")
  void aQueryParameterTheUserAddsReachesTheGateway() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("retrieve.json")));
    client().models().retrieve(RETRIEVE_ID, RequestOptions.builder().queryParam("debug", "1").build());
    assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models/gpt-4?debug=1");
  }

  @Test
  @OffSpec("a gateway mounted under a path prefix, which the spec (the gateway at its root) cannot know")
  void aBaseUrlWithAPathPrefixKeepsIt() {
    // A gateway mounted behind a reverse proxy under /choreo.
    SERVER.stubFor(get(urlPathEqualTo("/choreo/v1/models")).willReturn(fixture("list.json")));
    try (ChoreoClient c = builder().baseUrl(SERVER.baseUrl() + "/choreo").build()) {
      assertDocumentedList(c.models().list().items());
    }
    assertThat(onlyRequest().getUrl()).isEqualTo("/choreo/v1/models");
  }
}
