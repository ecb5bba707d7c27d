package io.modelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.testing.RecordingSleeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * F2 and F4: a key holding a control character (a stray newline from a file or an env var) is refused
 * at once without echoing the key, and a key is never sent over plain http to a host other than the
 * loopback unless the user says the network is trusted. No test here sends a request.
 */
class ClientBuilderSecurityTest {
  private static final String KEY = "sk-test-canary-123456";

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r", "\u0000", "\t", "\u001b", "\u007f", "\u0085", "\u2028", "é"})
  void keyWithAControlOrNonAsciiCharacterIsRefusedWithoutShowingIt(String bad) {
    for (String key : new String[] {KEY + bad, bad + KEY, "sk-test-" + bad + "canary-123456"}) {
      Throwable t = catchThrowable(() -> FakeClient.builder().apiKey(key).baseUrl("http://localhost:1").build());

      assertThat(t).isInstanceOf(IllegalArgumentException.class);
      assertThat(t.getMessage()).doesNotContain(KEY).doesNotContain("canary").contains("apiKey");
    }
  }

  @Test
  void blankOrNullKeyIsRefused() {
    assertThatThrownBy(() -> FakeClient.builder().apiKey("   ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeClient.builder().apiKey(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FakeClient.builder().baseUrl("http://localhost:1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey");
  }

  @Test
  void headerValueWithANewlineIsRefusedWithoutShowingIt() {
    String value = "Bearer " + KEY + "\r\nX-Injected: 1";

    Throwable onClient = catchThrowable(() -> FakeClient.builder().header("Authorization", value));
    Throwable onCall = catchThrowable(() -> RequestOptions.builder().header("X-Custom", value));

    assertThat(onClient).isInstanceOf(IllegalArgumentException.class);
    assertThat(onClient.getMessage()).doesNotContain(KEY).contains("Authorization");
    assertThat(onCall).isInstanceOf(IllegalArgumentException.class);
    assertThat(onCall.getMessage()).doesNotContain(KEY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.acme.test/v1", "http://192.0.2.10:8080", "http://localhost.acme.test",
      "http://127.0.0.1.nip.io", "http://localhost@api.acme.test", "http://[2001:db8::1]/v1", "http://[::2]",
      "http://0.0.0.0"})
  void plainHttpToAnotherHostIsRefusedAtBuild(String url) {
    Throwable t = catchThrowable(() -> FakeClient.builder().apiKey(KEY).baseUrl(url).build());

    assertThat(t).isInstanceOf(IllegalStateException.class).hasMessageContaining("allowInsecureHttp");
    assertThat(t.getMessage()).doesNotContain(KEY);
  }

  /**
   * Only the text of the host counts: a name is never resolved at build(), so one that an /etc/hosts
   * alias or a resolver would map to 127.0.0.1, or a shorthand only a resolver reads as an address
   * ({@code 127.1}, {@code 2130706433}), is a remote host like any other.
   */
  @ParameterizedTest
  @ValueSource(strings = {"http://loopback-alias.invalid:8000", "http://127.1:8000", "http://2130706433",
      "http://127.0.0.300", "http://0177.0.0.1", "http://127.000.000.001"})
  void aHostThatIsNotLiterallyTheLoopbackIsRemote(String url) {
    Throwable t = catchThrowable(() -> FakeClient.builder().apiKey(KEY).baseUrl(url).build());

    assertThat(t).isInstanceOf(IllegalStateException.class).hasMessageContaining("allowInsecureHttp");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.acme.test/v1", "http://192.0.2.10:8080"})
  void plainHttpToAnotherHostIsAllowedWhenTheUserSaysSo(String url) {
    try (FakeClient client = FakeClient.builder().apiKey(KEY).baseUrl(url).allowInsecureHttp(true).build()) {
      assertThat(client.runtime().options().baseUrl().toString()).startsWith(url);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8000/v1", "http://127.0.0.1:8000", "http://LOCALHOST", "http://[::1]:8000",
      "http://127.0.0.2", "http://127.255.255.254", "http://[0:0:0:0:0:0:0:1]", "http://[::ffff:127.0.0.1]",
      "http://models.localhost:8000", "https://api.acme.test/v1"})
  void loopbackHttpAndAnyHttpsAreAllowed(String url) {
    try (FakeClient client = FakeClient.builder().apiKey(KEY).baseUrl(url).sleeper(new RecordingSleeper()).build()) {
      assertThat(client.runtime().options().baseUrl().host()).isNotEmpty();
    }
  }

  @Test
  void theDefaultBaseUrlIsHttps() {
    try (FakeClient client = FakeClient.builder().apiKey(KEY).build()) {
      assertThat(client.runtime().options().baseUrl().isHttps()).isTrue();
    }
  }

  @Test
  void aBaseUrlThatIsNotHttpIsRefusedAtTheSetter() {
    assertThatThrownBy(() -> FakeClient.builder().baseUrl("ftp://api.acme.test"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeClient.builder().baseUrl("api.acme.test/v1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
