package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.modelsdk.core.testing.LogCapture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the SDK logs of ChoreoAI calls at the most verbose level, here made asynchronously: each
 * attempt with its {@code X-Request-ID}, each retry decision, the gateway's final provider error with
 * that reason, and never the key or a secret header.
 */
class ChoreoLoggingTest extends ChoreoWireMockTest {
  private static final String TOKEN = "tenant-token-canary-93fa0c";

  @RegisterExtension
  final LogCapture logs = new LogCapture();

  @Override
  protected ChoreoClient newClient() {
    return builder().secretHeader("X-Tenant-Token", TOKEN).build();
  }

  private static String listCall() {
    return "choreoai GET " + SERVER.baseUrl() + "/v1/models";
  }

  @AfterEach
  void theLogNeverShowsTheKeyOrTheSecretHeader() {
    assertThat(logs.text()).isNotEmpty().doesNotContain(KEY, TOKEN);
  }

  @Test
  void aRetriedAsyncListLogsEachAttemptWithItsRequestIdAndTheWaitBeforeTheRetry() throws Exception {
    answerInOrder(json(502, ChoreoFixture.errorBody("upstream unreachable", "server_error", null))
            .withHeader("X-Request-ID", "req_502"),
        fixture("list.json").withHeader("X-Request-ID", "req_ok"));

    client().async().models().list().get(10, TimeUnit.SECONDS);

    assertThat(logs.debug(LogCapture.HTTP)).satisfiesExactly(
        l -> assertThat(l).matches(LogCapture.answered(listCall(), 1, 502, "req_502")),
        l -> assertThat(l).matches(LogCapture.answered(listCall(), 2, 200, "req_ok")));
    assertThat(logs.debug(LogCapture.RETRY)).containsExactly(listCall() + ": retrying after 502 in "
        + sleeper.sleeps().get(0).toMillis() + " ms (backoff); attempt 2 of 3 next");
    assertThat(logs.trace(LogCapture.HTTP)).anySatisfy(l -> assertThat(l)
        .contains(": attempt 1 request headers {", "Authorization: [redacted]", "X-Tenant-Token: [redacted]"));
  }

  @Test
  void aProviderThatIsNotConfiguredIsLoggedAsNeverRetriedAndItsEchoedSecretsAreMasked() {
    String body = ChoreoFixture.resource("error-provider-not-configured.json")
        .replace("for model 'gpt-4'", "for model 'gpt-4' (key " + KEY + ", tenant " + TOKEN + ")");
    SERVER.stubFor(any(anyUrl()).willReturn(json(503, body).withHeader("X-Request-ID", "req_pnc")));

    Throwable thrown = catchThrowable(() -> client().async().models().list().join());

    assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(ProviderNotConfiguredException.class);
    ProviderNotConfiguredException e = (ProviderNotConfiguredException) thrown.getCause();
    assertThat(e.getMessage()).contains("(key [redacted], tenant [redacted])").doesNotContain(KEY, TOKEN);
    assertThat(e.body()).doesNotContain(KEY, TOKEN);
    assertThat(logs.debug(LogCapture.HTTP)).singleElement().asString()
        .matches(LogCapture.answered(listCall(), 1, 503, "req_pnc"));
    assertThat(logs.debug(LogCapture.RETRY)).containsExactly(
        listCall() + ": not retrying after 503 on attempt 1: the vendor never retries this error");
  }
}
