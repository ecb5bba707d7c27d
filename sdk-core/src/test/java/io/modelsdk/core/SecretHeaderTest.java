package io.modelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.internal.ClientOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code secretHeader(...)}: sent like any header, its value counted among the client's secrets. */
class SecretHeaderTest {
  private static final String KEY = "sk-test-canary-123456";

  private static FakeClient.Builder builder() {
    return FakeClient.builder().apiKey(KEY).baseUrl("http://localhost:1");
  }

  @Test
  void aSecretHeaderIsSentWithTheOthersAndItsValueIsASecretOfTheClient() {
    ClientOptions o = TestOptions.of(builder().header("X-Trace", "t-1").secretHeader("X-Gateway-Token", "gw-1234"));

    assertThat(o.headers()).containsEntry("X-Trace", "t-1").containsEntry("X-Gateway-Token", "gw-1234");
    assertThat(o.secretHeaders()).containsExactly("X-Gateway-Token");
    assertThat(o.secretHeaders().contains("x-gateway-token")).isTrue();
    assertThat(o.secrets()).containsExactly(KEY, "gw-1234");
    assertThat(o.toString()).doesNotContain("gw-1234", KEY);
  }

  @Test
  void setTheSameHeaderPlainlyAndItIsNoLongerSecret() {
    ClientOptions o = TestOptions.of(builder().secretHeader("X-Gateway-Token", "gw-1234").header("X-Gateway-Token", "t"));

    assertThat(o.secretHeaders()).isEmpty();
    assertThat(o.secrets()).containsExactly(KEY);
  }

  @Test
  void aSecretHeaderWithANewlineIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> builder().secretHeader("X-Gateway-Token", "gw-1234\nInjected: yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("gw-1234");
  }

  @Test
  void aClientDerivedWithOtherOptionsKeepsItsHeadersSecret() {
    ClientOptions original = TestOptions.of(builder().secretHeader("X-Gateway-Token", "gw-1234"));

    ClientBuilder<?, ?> copy = builder();
    copy.copyOf(original, null, null).timeout(Duration.ofSeconds(5));
    ClientOptions derived = TestOptions.of(copy);

    assertThat(derived.secretHeaders()).containsExactly("X-Gateway-Token");
    assertThat(derived.secrets()).containsExactly(KEY, "gw-1234");
  }
}
