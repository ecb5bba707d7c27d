package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelsdk.core.errors.UnprocessableEntityException;
import io.modelsdk.core.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the SDK logs of Scale calls at the most verbose level: each attempt (Scale sends no request id),
 * a retry after the wait the server asked for, a 422 that is not retried, and never the {@code x-api-key}
 * or a secret header.
 */
class ScaleLoggingTest extends ScaleWireMockTest {
  private static final String TOKEN = "sgp-gateway-canary-e1f07a";

  @RegisterExtension
  final LogCapture logs = new LogCapture();

  @Override
  protected ScaleClient newClient() {
    return builder().secretHeader("X-Gateway-Token", TOKEN).build();
  }

  private static String retrieveCall() {
    return "scale GET " + SERVER.baseUrl() + "/v4/models/" + RETRIEVE_ID;
  }

  @AfterEach
  void theLogNeverShowsTheKeyOrTheSecretHeader() {
    assertThat(logs.text()).isNotEmpty().doesNotContain(KEY, TOKEN);
  }

  @Test
  void aRetriedCallLogsEachAttemptAndTheWaitTheServerAskedFor() {
    answerInOrder(json(429, "{\"detail\":\"slow down\"}").withHeader("Retry-After", "1"), fixture("retrieve.json"));

    assertDocumentedModel(client().models().retrieve(RETRIEVE_ID));

    assertThat(logs.debug(LogCapture.HTTP)).satisfiesExactly(
        l -> assertThat(l).matches(LogCapture.answered(retrieveCall(), 1, 429, null)),
        l -> assertThat(l).matches(LogCapture.answered(retrieveCall(), 2, 200, null)));
    assertThat(logs.debug(LogCapture.RETRY)).containsExactly(
        retrieveCall() + ": retrying after 429 in 1000 ms (the server's Retry-After); attempt 2 of 3 next");
    assertThat(logs.trace(LogCapture.HTTP)).anySatisfy(l -> assertThat(l)
        .contains(": attempt 1 request headers {", "x-api-key: [redacted]", "X-Gateway-Token: [redacted]"));
  }

  @Test
  void aValidationErrorIsLoggedAsNotRetriedAndItsEchoedSecretsAreMasked() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(422, "{\"detail\":[{\"loc\":[\"header\",\"x-api-key\"],"
        + "\"msg\":\"unknown key " + KEY + " for " + TOKEN + "\",\"type\":\"value_error\"}]}")));

    UnprocessableEntityException e = catchThrowableOfType(UnprocessableEntityException.class,
        () -> client().models().retrieve(RETRIEVE_ID));

    assertThat(e.getMessage()).contains("unknown key [redacted] for [redacted]").doesNotContain(KEY, TOKEN);
    assertThat(e.body()).doesNotContain(KEY, TOKEN);
    assertThat(logs.debug(LogCapture.HTTP)).singleElement().asString()
        .matches(LogCapture.answered(retrieveCall(), 1, 422, null));
    assertThat(logs.debug(LogCapture.RETRY)).containsExactly(
        retrieveCall() + ": not retrying after 422 on attempt 1: the status is not one that is retried");
  }
}
