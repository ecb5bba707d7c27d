package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Building a client and what each request carries: the key in {@code x-api-key} and nowhere else, the
 * selected account, the SDK's User-Agent; refusals before any I/O that never show the key.
 */
class ScaleClientTest extends ScaleWireMockTest {
  @BeforeEach
  void answerEverything() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json")));
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("SGP_API_KEY", KEY);
    env.put("SGP_CLIENT_BASE_URL", SERVER.baseUrl());
    return env;
  }

  @Test
  void sendsTheKeyInXApiKeyAndNoAuthorization() {
    client().models().list();
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("x-api-key")).isEqualTo(KEY);
    assertThat(r.containsHeader("Authorization")).isFalse();
    assertThat(r.containsHeader("x-selected-account-id")).isFalse();
  }

  @Test
  void asyncCallsSendTheSameHeaders() throws Exception {
    try (ScaleClient c = builder().accountId("acc_5f2c").build()) {
      c.async().models().list().get(10, TimeUnit.SECONDS);
    }
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("x-api-key")).isEqualTo(KEY);
    assertThat(r.getHeader("x-selected-account-id")).isEqualTo("acc_5f2c");
  }

  @Test
  void userAgentNamesTheSdkAndTheVendor() {
    client().models().list();
    assertThat(onlyRequest().getHeader("User-Agent")).startsWith("models-sdk-java/").contains("scale");
    assertThat(onlyRequest().getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void fromEnvReadsKeyAccountAndBaseUrl() {
    Map<String, String> env = env();
    env.put("SGP_ACCOUNT_ID", "acc_env");
    try (ScaleClient c = ScaleClient.builder().fromEnv(env::get).sleeper(sleeper).build()) {
      assertThat(c.toString()).contains(SERVER.baseUrl());
      c.models().list();
    }
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("x-api-key")).isEqualTo(KEY);
    assertThat(r.getHeader("x-selected-account-id")).isEqualTo("acc_env");
  }

  @Test
  void fromEnvWithAnEmptyAccountSendsNone() {
    Map<String, String> env = env();
    env.put("SGP_ACCOUNT_ID", "");
    try (ScaleClient c = ScaleClient.builder().fromEnv(env::get).build()) {
      c.models().list();
    }
    assertThat(onlyRequest().containsHeader("x-selected-account-id")).isFalse();
  }

  @Test
  void fromEnvWithoutTheKeyNamesTheVariable() {
    Map<String, String> env = env();
    env.remove("SGP_API_KEY");
    assertThatThrownBy(() -> ScaleClient.builder().fromEnv(env::get).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("SGP_API_KEY");
  }

  @Test
  void theDefaultBaseUrlIsScales() {
    try (ScaleClient c = ScaleClient.builder().apiKey(KEY).build()) {
      assertThat(c.toString()).contains("https://api.egp.scale.com");
    }
  }

  @Test
  void badAccountIdsAreRefused() {
    assertThatThrownBy(() -> ScaleClient.builder().accountId(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScaleClient.builder().accountId("acc\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keyWithANewlineIsRefusedWithoutShowingIt() {
    Map<String, String> env = env();
    env.put("SGP_API_KEY", "sgp-env-secret\r\nX-Injected: 1");
    assertThatThrownBy(() -> ScaleClient.builder().fromEnv(env::get))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("sgp-env-secret");
  }

  @Test
  void plainHttpToARemoteHostIsRefusedAtBuild() {
    assertThatThrownBy(() -> ScaleClient.builder().apiKey(KEY).baseUrl("http://example.com").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("example.com").hasMessageNotContaining(KEY);
  }

  @Test
  void toStringNeverShowsTheKey() {
    ScaleClient.Builder builder = builder().accountId("acc_5f2c");
    assertThat(builder.toString()).doesNotContain(KEY).contains("acc_5f2c");
    try (ScaleClient c = builder.build()) {
      assertThat(c.toString()).doesNotContain(KEY);
      assertThat(c.async().toString()).doesNotContain(KEY);
      assertThat(c.models().toString()).doesNotContain(KEY).contains("scale");
      assertThat(c.async().models().toString()).doesNotContain(KEY);
    }
  }

  @Test
  void callsAfterCloseFailWithoutARequest() {
    ScaleClient c = builder().build();
    c.close();
    assertThatThrownBy(() -> c.models().list()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.models().create(ScaleFixture.CREATE)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.async().models().update("mi_1", ScaleFixture.UPDATE))
        .isInstanceOf(IllegalStateException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
    assertThatCode(c::close).doesNotThrowAnyException();
  }
}
