package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.core.reliability.Wire.KEY;
import static io.modelsdk.core.reliability.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.SdkException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.testing.RecordingSleeper;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * F5: a server whose certificate is not trusted, or not for the host, fails with an
 * {@link ApiConnectionException} naming TLS/SSL after exactly one attempt: a retry cannot fix a
 * certificate, and retrying only delays the real error.
 */
class TlsFailureTest {
  @RegisterExtension
  static final WireMockExtension TLS = WireMockExtension.newInstance()
      .options(wireMockConfig().httpDisabled(true).dynamicHttpsPort()).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void stub() {
    TLS.stubFor(any(anyUrl()).willReturn(json(200, Wire.model("m"))));
  }

  private FakeClient.Builder client() {
    return FakeClient.builder().apiKey(KEY).baseUrl(TLS.getRuntimeInfo().getHttpsBaseUrl()).sleeper(sleeper);
  }

  @Test
  void untrustedCertificateFailsOnceWithoutRetry() {
    try (FakeClient client = client().build()) {
      Throwable t = catchThrowable(() -> client.models().retrieve("m"));

      assertThat(t).isInstanceOf(SdkException.class);
      assertThat(t).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).containsAnyOf("SSL", "TLS").doesNotContain(KEY);
        assertThat(e.getCause()).isInstanceOf(SSLHandshakeException.class);
      });
    }
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(TLS.getAllServeEvents()).isEmpty();
  }

  @Test
  void untrustedCertificateFailsOnceWithoutRetryAsync() {
    try (FakeClient client = client().build()) {
      assertThatThrownBy(() -> client.asyncModels().list().join())
          .isInstanceOf(CompletionException.class)
          .cause().isInstanceOfSatisfying(ApiConnectionException.class, e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getCause()).isInstanceOf(SSLHandshakeException.class);
          });
    }
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void untrustedCertificateOnACreateFailsOnce() {
    try (FakeClient client = client().build()) {
      assertThatThrownBy(() -> client.create("new-model"))
          .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    }
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void certificateForAnotherHostFailsOnceWithoutRetry() {
    // The certificate is trusted, so only the hostname check fails.
    OkHttpClient strictHostname = Wire.trustingAnyCertificate().newBuilder()
        .hostnameVerifier((host, session) -> false)
        .build();
    try (FakeClient client = client().httpClient(strictHostname).build()) {
      assertThatThrownBy(() -> client.models().retrieve("m"))
          .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getCause()).isInstanceOf(SSLPeerUnverifiedException.class);
            assertThat(e.getMessage()).contains("SSL");
          });
    }
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(TLS.getAllServeEvents()).isEmpty();
  }

  @Test
  void theSameServerWorksOnceItsCertificateIsTrusted() {
    try (FakeClient client = client().httpClient(Wire.trustingAnyCertificate()).build()) {
      assertThat(client.models().retrieve("m").id()).isEqualTo("m");
    }
    assertThat(TLS.getAllServeEvents()).hasSize(1);
  }
}
