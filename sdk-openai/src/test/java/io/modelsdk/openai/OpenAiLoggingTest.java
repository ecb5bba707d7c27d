package io.modelsdk.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelsdk.core.Page;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the SDK logs of OpenAI calls at the most verbose level: each attempt with its status and
 * {@code x-request-id}, each retry decision with its wait or its reason, and never the key or a secret
 * header, not even where an error body echoes them.
 */
class OpenAiLoggingTest extends OpenAiWireMockTest {
  private static final String TOKEN = "gw-token-canary-0a9e13";

  @RegisterExtension
  final LogCapture logs = new LogCapture();

  @Override
  protected OpenAiClient newClient() {
    return builder().secretHeader("X-Gateway-Token", TOKEN).build();
  }

  private String call(String path) {
    return "openai GET " + SERVER.baseUrl() + "/v1" + path;
  }

  @AfterEach
  void theLogNeverShowsTheKeyOrTheSecretHeader() {
    assertThat(logs.text()).isNotEmpty().doesNotContain(KEY, TOKEN);
  }

  @Test
  void aRetriedCallLogsEachAttemptWithItsRequestIdAndTheWaitBeforeTheRetry() {
    answerInOrder(json(503, OpenAiFixture.errorBody("overloaded", "server_error", null, null))
        .withHeader("x-request-id", "req_first"), fixture("retrieve.json").withHeader("x-request-id", "req_second"));

    client().models().retrieve(RETRIEVE_ID);

    String call = call("/models/" + RETRIEVE_ID);
    assertThat(logs.debug(LogCapture.HTTP)).satisfiesExactly(
        l -> assertThat(l).matches(LogCapture.answered(call, 1, 503, "req_first")),
        l -> assertThat(l).matches(LogCapture.answered(call, 2, 200, "req_second")));
    assertThat(logs.debug(LogCapture.RETRY)).containsExactly(call + ": retrying after 503 in "
        + sleeper.sleeps().get(0).toMillis() + " ms (backoff); attempt 2 of 3 next");
    assertThat(logs.trace(LogCapture.HTTP)).anySatisfy(l -> assertThat(l)
        .contains(": attempt 2 request headers {", "Authorization: [redacted]", "X-Gateway-Token: [redacted]"));
  }

  @Test
  void aCallThatFailsForGoodLogsEveryAttemptAndWhyItStopped() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(500, OpenAiFixture.errorBody(
        "upstream refused " + KEY + " with " + TOKEN, "server_error", null, null)).withHeader("x-request-id", "req_500")));

    InternalServerException e = catchThrowableOfType(InternalServerException.class,
        () -> client().models().retrieve(RETRIEVE_ID));

    assertThat(e.getMessage()).contains("upstream refused [redacted] with [redacted]").doesNotContain(KEY, TOKEN);
    assertThat(e.body()).doesNotContain(KEY, TOKEN);
    String call = call("/models/" + RETRIEVE_ID);
    assertThat(logs.debug(LogCapture.HTTP)).satisfiesExactly(
        l -> assertThat(l).matches(LogCapture.answered(call, 1, 500, "req_500")),
        l -> assertThat(l).matches(LogCapture.answered(call, 2, 500, "req_500")),
        l -> assertThat(l).matches(LogCapture.answered(call, 3, 500, "req_500")));
    assertThat(logs.debug(LogCapture.RETRY)).hasSize(3).last().asString()
        .isEqualTo(call + ": not retrying after 500 on attempt 3: no retries left (3 of 3 attempts made)");
    assertThat(logs.trace(LogCapture.HTTP)).filteredOn(l -> l.contains("response body"))
        .hasSize(3).allSatisfy(l -> assertThat(l).contains("upstream refused [redacted] with [redacted]"));
  }

  @Test
  void aStreamingResponseIsLoggedWithoutReadingItsBody() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("list.json").withHeader("x-request-id", "req_list")));

    try (StreamingResponse<Page<OpenAiModel>> s = client().models().withStreamingResponse().list()) {
      assertThat(logs.debug(LogCapture.HTTP)).singleElement().asString()
          .matches(LogCapture.answered(call("/models"), 1, 200, "req_list"));
      assertThat(logs.trace(LogCapture.HTTP)).last().asString().endsWith("response body not logged: "
          + "a streaming response leaves it to the caller");
      assertDocumentedList(s.parse().items());
    }
  }
}
