package io.modelsdk.atoma;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the SDK logs of Atoma calls at the most verbose level: each attempt (Atoma sends no request id),
 * each retry decision, a 501 that is never retried with that reason, and never the key or a secret header.
 */
class AtomaLoggingTest extends AtomaWireMockTest {
  private static final String TOKEN = "proxy-token-canary-6b02d1";

  @RegisterExtension
  final LogCapture logs = new LogCapture();

  @Override
  protected AtomaClient newClient() {
    return builder().secretHeader("X-Proxy-Token", TOKEN).build();
  }

  private static String listCall() {
    return "atoma GET " + SERVER.baseUrl() + LIST_PATH;
  }

  @AfterEach
  void theLogNeverShowsTheKeyOrTheSecretHeader() {
    assertThat(logs.text()).isNotEmpty().doesNotContain(KEY, TOKEN);
  }

  @Test
  void aRetriedListLogsEachAttemptAndTheWaitBeforeTheRetry() {
    answerInOrder(json(503, AtomaFixture.resource("error-503.json")), fixture("list.json"));

    assertDocumentedList(client().models().list().items());

    assertThat(logs.debug(LogCapture.HTTP)).satisfiesExactly(
        l -> assertThat(l).matches(LogCapture.answered(listCall(), 1, 503, null)),
        l -> assertThat(l).matches(LogCapture.answered(listCall(), 2, 200, null)));
    assertThat(logs.debug(LogCapture.RETRY)).containsExactly(listCall() + ": retrying after 503 in "
        + sleeper.sleeps().get(0).toMillis() + " ms (backoff); attempt 2 of 3 next");
    assertThat(logs.trace(LogCapture.HTTP)).anySatisfy(l -> assertThat(l)
        .contains(": attempt 1 request headers {", "Authorization: [redacted]", "X-Proxy-Token: [redacted]"));
  }

  @Test
  void aNotImplementedAnswerIsLoggedAsNeverRetriedAndItsEchoedSecretsAreMasked() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(501,
        AtomaFixture.errorBody("NOT_IMPLEMENTED", "no models for key " + KEY + " via " + TOKEN))));

    ApiException e = catchThrowableOfType(ApiException.class, () -> client().models().list());

    assertThat(e.statusCode()).isEqualTo(501);
    assertThat(e.getMessage()).contains("no models for key [redacted] via [redacted]").doesNotContain(KEY, TOKEN);
    assertThat(e.body()).doesNotContain(KEY, TOKEN);
    assertThat(logs.debug(LogCapture.HTTP)).singleElement().asString()
        .matches(LogCapture.answered(listCall(), 1, 501, null));
    assertThat(logs.debug(LogCapture.RETRY)).containsExactly(
        listCall() + ": not retrying after 501 on attempt 1: the vendor never retries this error");
    assertThat(logs.trace(LogCapture.HTTP)).anySatisfy(l -> assertThat(l)
        .contains(": attempt 1 response body (", "no models for key [redacted] via [redacted]"));
  }
}
