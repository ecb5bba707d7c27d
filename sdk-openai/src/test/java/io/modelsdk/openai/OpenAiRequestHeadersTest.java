package io.modelsdk.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.testing.OffSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every request carries: credentials, organization and project, identification, options. */
class OpenAiRequestHeadersTest extends OpenAiWireMockTest {
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
  void asyncCallsSendTheSameCredentials() throws Exception {
    client().async().models().list().get(10, TimeUnit.SECONDS);
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void organizationAndProjectFromTheBuilder() {
    try (OpenAiClient c = builder().organization("org-abc").project("proj_xyz").build()) {
      c.models().list();
    }
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("OpenAI-Organization")).isEqualTo("org-abc");
    assertThat(r.getHeader("OpenAI-Project")).isEqualTo("proj_xyz");
  }

  @Test
  void organizationAndProjectFromTheEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", KEY);
    env.put("OPENAI_BASE_URL", SERVER.baseUrl() + "/v1");
    env.put("OPENAI_ORG_ID", "org-env");
    env.put("OPENAI_PROJECT_ID", "proj_env");
    try (OpenAiClient c = OpenAiClient.builder().fromEnv(env::get).sleeper(sleeper).build()) {
      c.models().list();
    }
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(r.getHeader("OpenAI-Organization")).isEqualTo("org-env");
    assertThat(r.getHeader("OpenAI-Project")).isEqualTo("proj_env");
  }

  @Test
  void noOrganizationOrProjectHeaderWhenUnset() {
    client().models().list();
    LoggedRequest r = onlyRequest();
    assertThat(r.containsHeader("OpenAI-Organization")).isFalse();
    assertThat(r.containsHeader("OpenAI-Project")).isFalse();
  }

  @Test
  void noOrganizationOrProjectHeaderWhenTheEnvironmentLeavesThemEmpty() {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", KEY);
    env.put("OPENAI_BASE_URL", SERVER.baseUrl() + "/v1");
    env.put("OPENAI_ORG_ID", "");
    try (OpenAiClient c = OpenAiClient.builder().fromEnv(env::get).sleeper(sleeper).build()) {
      c.models().list();
    }
    LoggedRequest r = onlyRequest();
    assertThat(r.containsHeader("OpenAI-Organization")).isFalse();
    assertThat(r.containsHeader("OpenAI-Project")).isFalse();
  }

  @Test
  void userAgentNamesTheSdkItsFilteredVersionAndTheVendor() {
    client().models().list();
    String ua = onlyRequest().getHeader("User-Agent");
    assertThat(ua).startsWith("models-sdk-java/");
    String version = ua.substring("models-sdk-java/".length()).split(" ", 2)[0];
    assertThat(version).as("the version Maven filtered into version.properties")
        .matches("\\d+\\.\\d+\\.\\d+([-.][0-9A-Za-z.-]+)?")
        .isNotEqualTo("unknown");
    assertThat(ua).contains("openai").doesNotContain("${");
  }

  @Test
  void acceptsJson() {
    client().models().list();
    assertThat(onlyRequest().getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  @OffSpec("a query parameter the user adds (Azure's api-version) is the point")
  void requestOptionsHeadersAndQueryReachTheServer() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("retrieve.json")));
    RequestOptions options = RequestOptions.builder()
        .header("X-Trace-Id", "trace-42")
        .queryParam("api-version", "2024-10-21")
        .build();
    client().models().retrieve(RETRIEVE_ID, options);
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("X-Trace-Id")).isEqualTo("trace-42");
    assertThat(r.queryParameter("api-version").firstValue()).isEqualTo("2024-10-21");
    assertThat(r.getUrl()).isEqualTo("/v1/models/" + RETRIEVE_ID + "?api-version=2024-10-21");
  }

  @Test
  @OffSpec("a query parameter the user adds is the point")
  void requestOptionsReachTheServerOnAsyncLists() throws Exception {
    RequestOptions options = RequestOptions.builder().header("X-Trace-Id", "t-1").queryParam("q", "v").build();
    client().async().models().list(options).get(10, TimeUnit.SECONDS);
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("X-Trace-Id")).isEqualTo("t-1");
    assertThat(r.queryParameter("q").firstValue()).isEqualTo("v");
  }

  @Test
  void aRequestOptionsHeaderReplacesTheClientsHeaderOfTheSameName() {
    try (OpenAiClient c = builder().organization("org-default").build()) {
      c.models().list(RequestOptions.builder().header("OpenAI-Organization", "org-override").build());
    }
    assertThat(onlyRequest().getHeaders().getHeader("OpenAI-Organization").values())
        .containsExactly("org-override");
  }
}
