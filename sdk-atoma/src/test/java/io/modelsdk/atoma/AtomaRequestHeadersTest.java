package io.modelsdk.atoma;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.testing.OffSpec;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every request carries: the key as exactly {@code Bearer <key>}, identification, options. */
class AtomaRequestHeadersTest extends AtomaWireMockTest {
  @BeforeEach
  void stub() {
    stubList();
  }

  @Test
  void sendsTheKeyAsBearerWithExactlyThatCase() {
    client().models().list();
    assertThat(onlyRequest().getHeaders().getHeader("Authorization").values()).containsExactly("Bearer " + KEY);
    assertThat(onlyRequest().getHeader("Authorization")).startsWith("Bearer ").doesNotStartWith("Bearer  ");
  }

  @Test
  void retrieveAndAsyncCallsSendTheSameCredentials() throws Exception {
    client().models().retrieve(RETRIEVE_ID);
    client().async().models().list().get(10, TimeUnit.SECONDS);
    client().async().models().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS);
    assertThat(requests()).hasSize(3)
        .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY));
  }

  @Test
  void noOtherCredentialHeader() {
    client().models().list();
    LoggedRequest r = onlyRequest();
    assertThat(r.containsHeader("x-api-key")).isFalse();
    assertThat(r.containsHeader("Cookie")).isFalse();
  }

  @Test
  void userAgentNamesTheSdkAndTheVendor() {
    client().models().list();
    String ua = onlyRequest().getHeader("User-Agent");
    assertThat(ua).startsWith("models-sdk-java/").contains("atoma").doesNotContain("${");
  }

  @Test
  void acceptsJson() {
    client().models().list();
    assertThat(onlyRequest().getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void clientHeadersAndRequestOptionHeadersReachTheServer() {
    try (AtomaClient c = builder().header("X-Tenant", "t-1").build()) {
      c.models().list(RequestOptions.builder().header("X-Trace-Id", "trace-42").build());
    }
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("X-Tenant")).isEqualTo("t-1");
    assertThat(r.getHeader("X-Trace-Id")).isEqualTo("trace-42");
    assertThat(r.getUrl()).isEqualTo("/v1/models");
  }

  @Test
  @OffSpec("a query parameter the user adds, which Atoma's spec does not declare, is the point")
  void aQueryParameterTheUserAddsReachesTheServer() {
    client().models().list(RequestOptions.builder().queryParam("q", "v").build());
    assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models?q=v");
  }

  @Test
  void retrieveRequestOptionsReachTheListRequest() {
    client().models().retrieve(RETRIEVE_ID, RequestOptions.builder().header("X-Trace-Id", "t-2").build());
    assertThat(onlyRequest().getHeader("X-Trace-Id")).isEqualTo("t-2");
  }

  @Test
  @OffSpec("a proxy mounted under a path prefix, which the spec (the proxy at its root) cannot know, is the point")
  void aBaseUrlWithAPathPrefixKeepsIt() {
    SERVER.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/proxy/v1/models"))
        .willReturn(fixture("list.json")));
    try (AtomaClient c = builder().baseUrl(SERVER.baseUrl() + "/proxy").build()) {
      assertDocumentedList(c.models().list().items());
    }
    assertThat(onlyRequest().getUrl()).isEqualTo("/proxy/v1/models");
  }
}
