package io.modelsdk.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.errors.RateLimitException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default retry policy, cases A1 to A6 of the reliability list: which answers are retried, how
 * often, and how long the client waits (recorded by the sleeper, never slept).
 */
class OpenAiRetryTest extends OpenAiWireMockTest {
  private static final Duration FIRST_MIN = Duration.ofMillis(375);
  private static final Duration FIRST_MAX = Duration.ofMillis(500);
  private static final Duration SECOND_MIN = Duration.ofMillis(750);
  private static final Duration SECOND_MAX = Duration.ofMillis(1000);

  private static ResponseDefinitionBuilder error(int status) {
    return json(status, OpenAiFixture.errorBody("status " + status, "server_error", null, null));
  }

  // A1

  @Test
  void a1TwoUnavailableThenSuccessSync() {
    answerInOrder(error(503), error(503), fixture("retrieve.json"));
    RawResponse<OpenAiModel> raw = client().models().withRawResponse().retrieve(RETRIEVE_ID);
    assertDocumentedModel(raw.parse());
    assertThat(raw.retries()).isEqualTo(2);
    assertThat(requests()).hasSize(3);
    assertBackoffs();
  }

  @Test
  void a1TwoUnavailableThenSuccessAsync() throws Exception {
    answerInOrder(error(503), error(503), fixture("list.json"));
    RawResponse<?> raw = client().async().models().withRawResponse().list().get(10, TimeUnit.SECONDS);
    assertThat(raw.retries()).isEqualTo(2);
    assertThat(requests()).hasSize(3);
    assertBackoffs();
  }

  @Test
  void a1TypedAsyncCallSucceedsAfterRetries() throws Exception {
    answerInOrder(error(503), error(503), fixture("retrieve.json"));
    assertDocumentedModel(client().async().models().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS));
    assertBackoffs();
  }

  @Test
  void a1RawResponseReportsNoRetriesWhenTheFirstAttemptSucceeds() {
    answerInOrder(fixture("retrieve.json"));
    assertThat(client().models().withRawResponse().retrieve(RETRIEVE_ID).retries()).isZero();
    assertThat(sleeper.sleeps()).isEmpty();
  }

  private void assertBackoffs() {
    assertThat(sleeper.sleeps()).hasSize(2);
    assertThat(sleeper.sleeps().get(0)).isBetween(FIRST_MIN, FIRST_MAX);
    assertThat(sleeper.sleeps().get(1)).isBetween(SECOND_MIN, SECOND_MAX);
  }

  // A2

  @Test
  void a2ServerErrorForeverFailsAfterThreeRequestsWithTheLastRequestId() {
    answerInOrder(error(500).withHeader("x-request-id", "req_1"), error(500).withHeader("x-request-id", "req_2"),
        error(500).withHeader("x-request-id", "req_3"));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(500);
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.requestId()).hasValue("req_3");
        });
    assertThat(requests()).hasSize(3);
    assertBackoffs();
  }

  @Test
  void a2AsyncServerErrorForeverFailsAfterThreeRequests() {
    answerInOrder(error(500));
    assertThatThrownBy(() -> client().async().models().list().join())
        .cause().isInstanceOfSatisfying(InternalServerException.class,
            e -> assertThat(e.attempts()).isEqualTo(3));
    assertThat(requests()).hasSize(3);
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  // A3

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {400, 401, 403, 404, 422})
  void a3ClientErrorsAreNotRetried(int status) {
    answerInOrder(error(status));
    assertThatThrownBy(() -> client().models().retrieve("gpt-4o"))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(status);
          assertThat(e.attempts()).isEqualTo(1);
        });
    assertThat(requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  // A4

  @Test
  void a4RetryAfterInSeconds() {
    answerInOrder(error(429).withHeader("Retry-After", "2"), fixture("retrieve.json"));
    assertThat(client().models().withRawResponse().retrieve(RETRIEVE_ID).retries()).isEqualTo(1);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void a4RetryAfterMsWinsOverRetryAfter() {
    answerInOrder(error(503).withHeader("retry-after-ms", "150").withHeader("Retry-After", "5"),
        fixture("retrieve.json"));
    client().models().retrieve(RETRIEVE_ID);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(150));
  }

  @Test
  void a4UnreadableRetryAfterFallsBackToBackoff() {
    answerInOrder(error(503).withHeader("Retry-After", "soon"), fixture("retrieve.json"));
    client().models().retrieve(RETRIEVE_ID);
    assertThat(sleeper.sleeps()).singleElement().satisfies(d -> assertThat(d).isBetween(FIRST_MIN, FIRST_MAX));
  }

  @Test
  void a4RetryAfterAsHttpDate() {
    Instant now = Instant.parse("2026-11-23T13:50:00Z");
    String fiveSecondsLater = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(5).atOffset(ZoneOffset.UTC));
    answerInOrder(error(503).withHeader("Retry-After", fiveSecondsLater), fixture("retrieve.json"));
    try (OpenAiClient c = builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build()) {
      c.models().retrieve(RETRIEVE_ID);
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void a4AsyncHonoursRetryAfter() throws Exception {
    answerInOrder(error(429).withHeader("Retry-After", "2"), fixture("retrieve.json"));
    client().async().models().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  // A5

  @Test
  void a5RetryAfterBeyondTheCapFailsAtOnce() {
    answerInOrder(error(429).withHeader("Retry-After", "3600"), fixture("retrieve.json"));
    assertThatThrownBy(() -> client().models().retrieve(RETRIEVE_ID))
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3600)));
    assertThat(requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  // A6

  @Test
  void a6ShouldRetryFalseStopsARetryableStatus() {
    answerInOrder(error(503).withHeader("x-should-retry", "false"), fixture("retrieve.json"));
    assertThatThrownBy(() -> client().models().retrieve(RETRIEVE_ID)).isInstanceOf(InternalServerException.class);
    assertThat(requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void a6ShouldRetryTrueRetriesABadRequest() {
    answerInOrder(error(400).withHeader("x-should-retry", "true"), fixture("retrieve.json"));
    RawResponse<OpenAiModel> raw = client().models().withRawResponse().retrieve(RETRIEVE_ID);
    assertDocumentedModel(raw.parse());
    assertThat(raw.retries()).isEqualTo(1);
    assertThat(requests()).hasSize(2);
    assertThat(sleeper.sleeps()).singleElement().satisfies(d -> assertThat(d).isBetween(FIRST_MIN, FIRST_MAX));
  }

  // Switching retries off

  @Test
  void maxRetriesZeroMakesOneRequest() {
    answerInOrder(error(503));
    try (OpenAiClient c = builder().maxRetries(0).build()) {
      assertThatThrownBy(() -> c.models().list()).isInstanceOf(InternalServerException.class);
    }
    assertThat(requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void perCallMaxRetriesOverridesTheClient() {
    answerInOrder(error(503));
    assertThatThrownBy(() -> client().models().list(RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(requests()).hasSize(1);
  }
}
