package io.modelsdk.root;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building a client: environment, defaults, refusals before any I/O, and no key in any text. */
class RootClientTest extends RootWireMockTest {
  @Test
  void fromEnvReadsTheKeyAndTheUrl() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
    Map<String, String> env = new HashMap<>();
    env.put("ROOTSIGNALS_API_KEY", KEY);
    env.put("ROOTSIGNALS_API_URL", SERVER.baseUrl());
    try (RootClient c = RootClient.builder().fromEnv(env::get).build()) {
      assertThat(c.models().list().items()).hasSize(2);
    }
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Api-Key " + KEY);
  }

  @Test
  void fromEnvWithoutTheUrlUsesRootSignalsPublicApi() {
    Map<String, String> env = new HashMap<>();
    env.put("ROOTSIGNALS_API_KEY", KEY);
    try (RootClient c = RootClient.builder().fromEnv(env::get).build()) {
      assertThat(c.toString()).contains("https://api.app.rootsignals.ai/").doesNotContain(KEY);
    }
  }

  @Test
  void fromEnvWithoutTheKeyNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("ROOTSIGNALS_API_URL", SERVER.baseUrl());
    assertThatThrownBy(() -> RootClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ROOTSIGNALS_API_KEY");
  }

  @Test
  void fromEnvWithAnEmptyKeyNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("ROOTSIGNALS_API_KEY", "");
    assertThatThrownBy(() -> RootClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ROOTSIGNALS_API_KEY");
  }

  @Test
  void aKeyWithANewlineFromTheEnvironmentIsRefusedWithoutShowingIt() {
    Map<String, String> env = new HashMap<>();
    env.put("ROOTSIGNALS_API_KEY", "rs-env-secret\r\nX-Injected: 1");
    assertThatThrownBy(() -> RootClient.builder().fromEnv(env::get))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("rs-env-secret");
  }

  @Test
  void plainHttpToARemoteHostNeedsAnOptIn() {
    assertThatThrownBy(() -> RootClient.builder().apiKey(KEY).baseUrl("http://rootsignals.example.com").build())
        .isInstanceOf(IllegalStateException.class).hasMessageNotContaining(KEY);
  }

  @Test
  void textsNeverShowTheKey() {
    RootClient.Builder b = builder();
    assertThat(b.toString()).doesNotContain(KEY);
    RootClient c = client();
    assertThat(c.toString()).doesNotContain(KEY).contains(SERVER.baseUrl());
    assertThat(c.async().toString()).doesNotContain(KEY);
    assertThat(c.models().toString()).doesNotContain(KEY).contains("rootsignals");
  }

  @Test
  void aClosedClientRefusesCalls() {
    RootClient c = builder().build();
    c.close();
    assertThatThrownBy(() -> c.models().list()).isInstanceOf(IllegalStateException.class);
    assertThat(requests()).isEmpty();
  }
}
