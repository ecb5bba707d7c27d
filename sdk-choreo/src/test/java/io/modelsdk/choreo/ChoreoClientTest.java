package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building, configuring from the environment, describing and closing a client. */
class ChoreoClientTest extends ChoreoWireMockTest {
  @Test
  void fromEnvReadsTheKeyAndTheBaseUrl() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    Map<String, String> env = new HashMap<>();
    env.put("CHOREOAI_API_KEY", KEY);
    env.put("CHOREOAI_BASE_URL", SERVER.baseUrl());
    try (ChoreoClient c = ChoreoClient.builder().fromEnv(env::get).sleeper(sleeper).build()) {
      assertDocumentedList(c.models().list().items());
      assertThat(c.toString()).contains(SERVER.baseUrl());
    }
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(onlyRequest().getUrl()).isEqualTo("/v1/models");
  }

  @Test
  void fromEnvWithoutTheBaseUrlKeepsTheGatewaysDefault() {
    Map<String, String> env = new HashMap<>();
    env.put("CHOREOAI_API_KEY", KEY);
    try (ChoreoClient c = ChoreoClient.builder().fromEnv(env::get).build()) {
      assertThat(c.toString()).contains("http://localhost:8000/");
    }
  }

  @Test
  void fromEnvWithoutTheKeyNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("CHOREOAI_BASE_URL", SERVER.baseUrl());
    assertThatThrownBy(() -> ChoreoClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CHOREOAI_API_KEY");
  }

  @Test
  void fromEnvWithAnEmptyKeyNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("CHOREOAI_API_KEY", "");
    assertThatThrownBy(() -> ChoreoClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CHOREOAI_API_KEY");
  }

  @Test
  void fromEnvWithABadBaseUrlFailsAtOnce() {
    Map<String, String> env = new HashMap<>();
    env.put("CHOREOAI_API_KEY", KEY);
    env.put("CHOREOAI_BASE_URL", "localhost:8000");
    assertThatThrownBy(() -> ChoreoClient.builder().fromEnv(env::get))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(KEY);
  }

  @Test
  void keyWithANewlineFromTheEnvironmentIsRefusedWithoutShowingIt() {
    Map<String, String> env = new HashMap<>();
    env.put("CHOREOAI_API_KEY", "choreo-env-secret\r\nX-Injected: 1");
    assertThatThrownBy(() -> ChoreoClient.builder().fromEnv(env::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("choreo-env-secret");
  }

  @Test
  void builderWithoutKeyFails() {
    assertThatThrownBy(() -> ChoreoClient.builder().baseUrl(SERVER.baseUrl()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey");
  }

  @Test
  void theDefaultBaseUrlIsTheLoopbackGatewayOverPlainHttp() {
    try (ChoreoClient c = ChoreoClient.builder().apiKey(KEY).build()) {
      assertThat(c.toString()).contains("http://localhost:8000/").doesNotContain(KEY);
    }
  }

  @Test
  void plainHttpToARemoteGatewayIsRefusedAtBuild() {
    assertThatThrownBy(() -> ChoreoClient.builder().apiKey(KEY).baseUrl("http://gateway.example.com:8000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gateway.example.com")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void plainHttpToARemoteGatewayIsAllowedWhenAskedFor() {
    // build() does no I/O: nothing is sent to example.com here.
    assertThatCode(() -> ChoreoClient.builder().apiKey(KEY).baseUrl("http://gateway.example.com:8000")
        .allowInsecureHttp(true).build().close()).doesNotThrowAnyException();
  }

  @Test
  void toStringNeverShowsTheKey() {
    ChoreoClient.Builder builder = builder();
    assertThat(builder.toString()).doesNotContain(KEY);
    try (ChoreoClient c = builder.build()) {
      assertThat(c.toString()).doesNotContain(KEY).contains(SERVER.baseUrl());
      assertThat(c.async().toString()).doesNotContain(KEY);
      assertThat(c.models().toString()).doesNotContain(KEY).contains("choreoai");
      assertThat(c.async().models().toString()).doesNotContain(KEY);
    }
  }

  @Test
  void callsAfterCloseFailWithoutARequest() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    ChoreoClient c = builder().build();
    c.close();
    ChoreoModelListParams openai = ChoreoModelListParams.builder().ownedBy("openai").build();
    assertThatThrownBy(() -> c.models().list()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.models().list(openai)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.models().retrieve(RETRIEVE_ID)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.models().withStreamingResponse().list(openai)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.async().models().retrieve(RETRIEVE_ID)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.async().models().list(openai)).isInstanceOf(IllegalStateException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void closeTwiceIsHarmless() {
    ChoreoClient c = builder().build();
    c.close();
    assertThatCode(c::close).doesNotThrowAnyException();
  }
}
