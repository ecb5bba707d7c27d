package io.modelsdk.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.BadRequestException;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.RateLimitException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** OpenAI's error envelope becomes the right exception, with every vendor field, and never the key. */
class OpenAiErrorMappingTest extends OpenAiWireMockTest {
  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "Invalid value for 'limit'.", "invalid_request_error",
            "limit", "invalid_value", 1),
        Arguments.of(401, AuthenticationException.class, "Incorrect API key provided.", "invalid_request_error",
            null, "invalid_api_key", 1),
        Arguments.of(404, NotFoundException.class, "The model 'gpt-9' does not exist", "invalid_request_error",
            "model", "model_not_found", 1),
        Arguments.of(429, RateLimitException.class, "Rate limit reached for requests", "requests",
            null, "rate_limit_exceeded", 3),
        Arguments.of(500, InternalServerException.class, "The server had an error while processing your request.",
            "server_error", null, null, 3));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("errors")
  void mapsStatusAndEnvelope(int status, Class<? extends ApiException> type, String message, String vendorType,
      String param, String code, int expectedRequests) {
    SERVER.stubFor(any(anyUrl()).willReturn(json(status, OpenAiFixture.errorBody(message, vendorType, param, code))
        .withHeader("x-request-id", "req_" + status)));

    Throwable thrown = catchThrowable(() -> client().models().retrieve("gpt-9"));

    assertThat(thrown).isExactlyInstanceOf(type);
    ApiException e = (ApiException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.vendorMessage()).hasValue(message);
    assertThat(e.vendorType()).hasValue(vendorType);
    assertThat(e.vendorParam()).isEqualTo(Optional.ofNullable(param));
    assertThat(e.vendorCode()).isEqualTo(Optional.ofNullable(code));
    assertThat(e.requestId()).hasValue("req_" + status);
    assertThat(e.attempts()).isEqualTo(expectedRequests);
    assertThat(e.getMessage()).contains(message).contains(String.valueOf(status)).doesNotContain(KEY);
    assertThat(e.toString()).doesNotContain(KEY);
    assertThat(requests()).hasSize(expectedRequests);
    assertThat(sleeper.sleeps()).hasSize(expectedRequests - 1);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("errors")
  void asyncFutureFailsWithTheMappedException(int status, Class<? extends ApiException> type, String message,
      String vendorType, String param, String code, int expectedRequests) {
    SERVER.stubFor(any(anyUrl()).willReturn(json(status, OpenAiFixture.errorBody(message, vendorType, param, code))
        .withHeader("x-request-id", "req_" + status)));

    assertThatThrownBy(() -> client().async().models().retrieve("gpt-9").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isExactlyInstanceOf(type)
        .hasMessageContaining(message).hasMessageNotContaining(KEY);
    assertThat(requests()).hasSize(expectedRequests);
    assertThat(sleeper.sleeps()).hasSize(expectedRequests - 1);
  }

  @Test
  void asyncJoinFailsWithCompletionExceptionCarryingTheMappedException() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(404, OpenAiFixture.errorBody("gone", "invalid_request_error",
        "model", "model_not_found"))));
    assertThatThrownBy(() -> client().async().models().delete("ft:gone").join())
        .isInstanceOf(CompletionException.class)
        .cause().isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.vendorCode()).hasValue("model_not_found"));
  }

  @Test
  void aServerSaying429ShouldNotBeRetriedFailsAfterOneRequest() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(429, OpenAiFixture.errorBody("quota", "insufficient_quota",
        null, "insufficient_quota")).withHeader("x-should-retry", "false")));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.vendorCode()).hasValue("insufficient_quota");
          assertThat(e.retryAfter()).isEmpty();
        });
    assertThat(requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aRateLimitAskingForAnHourFailsAtOnceWithRetryAfter() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(429, OpenAiFixture.errorBody("slow down", "requests", null,
        "rate_limit_exceeded")).withHeader("Retry-After", "3600")));
    assertThatThrownBy(() -> client().models().retrieve("gpt-4o"))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3600));
          assertThat(e.attempts()).isEqualTo(1);
        });
    assertThat(requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aKeyEchoedByTheServerIsRedactedFromMessageBodyAndVendorMessage() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(401, OpenAiFixture.errorBody(
        "Incorrect API key provided: " + KEY + ". You can find your API key at the dashboard.",
        "invalid_request_error", null, "invalid_api_key"))));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.getMessage()).contains("Incorrect API key provided").doesNotContain(KEY);
          assertThat(e.toString()).doesNotContain(KEY);
          assertThat(e.body()).doesNotContain(KEY);
          assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).doesNotContain(KEY));
        });
  }

  @Test
  void aBodyThatIsNotTheEnvelopeStillGivesTheStatusAndShowsTheBody() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse()
        .withStatus(404).withHeader("Content-Type", "text/plain").withBody("no such route")));
    assertThatThrownBy(() -> client().models().retrieve("x"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.vendorMessage()).isEmpty();
          assertThat(e.body()).isEqualTo("no such route");
          assertThat(e.getMessage()).contains("404").contains("no such route");
        });
  }
}
