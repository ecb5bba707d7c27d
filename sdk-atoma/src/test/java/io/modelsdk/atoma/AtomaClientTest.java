package io.modelsdk.atoma;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building, describing and closing a client: refusals happen before any I/O and never show the key. */
class AtomaClientTest extends AtomaWireMockTest {
  @Test
  void fromEnvReadsTheKeyFromAtomasdkBearerAuth() {
    stubList();
    Map<String, String> env = new HashMap<>();
    env.put("ATOMASDK_BEARER_AUTH", KEY);
    try (AtomaClient c = AtomaClient.builder().fromEnv(env::get).baseUrl(SERVER.baseUrl()).sleeper(sleeper).build()) {
      assertDocumentedList(c.models().list().items());
    }
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void fromEnvTrimsTheKey() {
    stubList();
    Map<String, String> env = new HashMap<>();
    env.put("ATOMASDK_BEARER_AUTH", "  " + KEY + " ");
    try (AtomaClient c = AtomaClient.builder().fromEnv(env::get).baseUrl(SERVER.baseUrl()).build()) {
      c.models().list();
    }
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void fromEnvReadsTheBaseUrlFromAtomaBaseUrl() {
    Map<String, String> env = new HashMap<>();
    env.put("ATOMASDK_BEARER_AUTH", KEY);
    env.put("ATOMA_BASE_URL", SERVER.baseUrl());
    try (AtomaClient c = AtomaClient.builder().fromEnv(env::get).build()) {
      assertThat(c.toString()).contains(SERVER.baseUrl());
    }
  }

  @Test
  void fromEnvWithoutABaseUrlKeepsAtomasPublicOne() {
    Map<String, String> env = new HashMap<>();
    env.put("ATOMASDK_BEARER_AUTH", KEY);
    env.put("ATOMASDK_SERVER_URL", SERVER.baseUrl());
    try (AtomaClient c = AtomaClient.builder().fromEnv(env::get).build()) {
      assertThat(c.toString()).contains("https://api.atoma.network").doesNotContain(SERVER.baseUrl());
    }
  }

  @Test
  void fromEnvWithoutTheKeyNamesTheVariable() {
    assertThatThrownBy(() -> AtomaClient.builder().fromEnv(new HashMap<String, String>()::get).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ATOMASDK_BEARER_AUTH");
  }

  @Test
  void fromEnvWithAnEmptyKeyNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("ATOMASDK_BEARER_AUTH", "");
    assertThatThrownBy(() -> AtomaClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ATOMASDK_BEARER_AUTH");
  }

  @Test
  void keyWithANewlineFromTheEnvironmentIsRefusedWithoutShowingIt() {
    Map<String, String> env = new HashMap<>();
    env.put("ATOMASDK_BEARER_AUTH", "atoma-env-secret\r\nX-Injected: 1");
    assertThatThrownBy(() -> AtomaClient.builder().fromEnv(env::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("atoma-env-secret");
  }

  @Test
  void defaultBaseUrlIsAtomasPublicProxy() {
    try (AtomaClient c = AtomaClient.builder().apiKey(KEY).build()) {
      assertThat(c.toString()).isEqualTo("AtomaClient{baseUrl=https://api.atoma.network/}");
    }
  }

  @Test
  void builderWithoutKeyFails() {
    assertThatThrownBy(() -> AtomaClient.builder().baseUrl(SERVER.baseUrl()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey").hasMessageContaining("ATOMASDK_BEARER_AUTH");
  }

  @Test
  void badSettingsAreRefusedAtOnce() {
    assertThatThrownBy(() -> AtomaClient.builder().baseUrl("not a url")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AtomaClient.builder().apiKey("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AtomaClient.builder().apiKey(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AtomaClient.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AtomaClient.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AtomaClient.builder().header("X-Bad", "a\r\nb"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void plainHttpToARemoteHostIsRefusedAtBuild() {
    assertThatThrownBy(() -> AtomaClient.builder().apiKey(KEY).baseUrl("http://atoma.example.com").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("atoma.example.com")
        .hasMessageNotContaining(KEY);
    assertThatCode(() -> AtomaClient.builder().apiKey(KEY).baseUrl("http://localhost:8080").build().close())
        .doesNotThrowAnyException();
  }

  @Test
  void toStringNeverShowsTheKey() {
    AtomaClient.Builder builder = builder();
    assertThat(builder.toString()).doesNotContain(KEY);
    try (AtomaClient c = builder.build()) {
      assertThat(c.toString()).doesNotContain(KEY).contains(SERVER.baseUrl());
      assertThat(c.async().toString()).doesNotContain(KEY);
      assertThat(c.models().toString()).doesNotContain(KEY).contains("atoma");
      assertThat(c.async().models().toString()).doesNotContain(KEY);
    }
  }

  @Test
  void callsAfterCloseFailWithoutARequest() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    AtomaClient c = builder().build();
    c.close();
    assertThatThrownBy(() -> c.models().list()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.models().retrieve(RETRIEVE_ID)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.models().withStreamingResponse().list()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.async().models().retrieve(RETRIEVE_ID)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.async().models().list()).isInstanceOf(IllegalStateException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void closeTwiceIsHarmless() {
    AtomaClient c = builder().build();
    c.close();
    assertThatCode(c::close).doesNotThrowAnyException();
  }
}
