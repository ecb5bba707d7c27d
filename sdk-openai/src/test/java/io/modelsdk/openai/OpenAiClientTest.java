package io.modelsdk.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building, describing and closing a client: refusals happen before any I/O and never show the key. */
class OpenAiClientTest extends OpenAiWireMockTest {
  @Test
  void fromEnvWithoutTheKeyNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_BASE_URL", SERVER.baseUrl() + "/v1");
    assertThatThrownBy(() -> OpenAiClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OPENAI_API_KEY");
  }

  @Test
  void fromEnvWithAnEmptyKeyNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", "");
    assertThatThrownBy(() -> OpenAiClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OPENAI_API_KEY");
  }

  @Test
  void builderWithoutKeyFails() {
    assertThatThrownBy(() -> OpenAiClient.builder().baseUrl(SERVER.baseUrl() + "/v1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey");
  }

  @Test
  void keyWithANewlineIsRefusedWithoutShowingIt() {
    String key = "sk-secret-with-newline-0042\n";
    assertThatThrownBy(() -> OpenAiClient.builder().apiKey(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("sk-secret-with-newline-0042");
  }

  @Test
  void keyWithANewlineInsideFromTheEnvironmentIsRefusedWithoutShowingIt() {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", "sk-env-secret\r\nX-Injected: 1");
    assertThatThrownBy(() -> OpenAiClient.builder().fromEnv(env::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("sk-env-secret");
  }

  @Test
  void organizationWithANewlineIsRefused() {
    assertThatThrownBy(() -> OpenAiClient.builder().organization("org-1\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plainHttpToARemoteHostIsRefusedAtBuild() {
    assertThatThrownBy(() -> OpenAiClient.builder().apiKey(KEY).baseUrl("http://example.com/v1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("example.com")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void plainHttpToARemoteHostIsAllowedWhenAskedFor() {
    // build() does no I/O: nothing is sent to example.com here.
    assertThatCode(() -> OpenAiClient.builder().apiKey(KEY).baseUrl("http://example.com/v1")
        .allowInsecureHttp(true).build().close()).doesNotThrowAnyException();
  }

  @Test
  void plainHttpToTheLoopbackIsAllowed() {
    assertThatCode(() -> OpenAiClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:9/v1").build().close())
        .doesNotThrowAnyException();
    assertThatCode(() -> OpenAiClient.builder().apiKey(KEY).baseUrl("http://localhost:9/v1").build().close())
        .doesNotThrowAnyException();
  }

  @Test
  void toStringNeverShowsTheKey() {
    OpenAiClient.Builder builder = builder().organization("org-abc").project("proj_xyz");
    assertThat(builder.toString()).doesNotContain(KEY);
    try (OpenAiClient c = builder.build()) {
      assertThat(c.toString()).doesNotContain(KEY).contains(SERVER.baseUrl());
      assertThat(c.async().toString()).doesNotContain(KEY);
      assertThat(c.models().toString()).doesNotContain(KEY);
      assertThat(c.async().models().toString()).doesNotContain(KEY);
    }
  }

  @Test
  void callsAfterCloseFailWithoutARequest() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("retrieve.json")));
    OpenAiClient c = builder().build();
    c.close();
    assertThatThrownBy(() -> c.models().list()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.models().retrieve(RETRIEVE_ID)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.models().delete(DELETE_ID)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.models().withRawResponse().retrieve(RETRIEVE_ID))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.models().withStreamingResponse().list()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.async().models().retrieve(RETRIEVE_ID)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.async().models().list()).isInstanceOf(IllegalStateException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void closeTwiceIsHarmless() {
    OpenAiClient c = builder().build();
    c.close();
    assertThatCode(c::close).doesNotThrowAnyException();
  }
}
