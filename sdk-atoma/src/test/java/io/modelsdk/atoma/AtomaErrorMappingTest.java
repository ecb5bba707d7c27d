package io.modelsdk.atoma;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Atoma's {@code {"error": {"code", "message"}}} envelope (atoma-proxy's {@code ErrorResponse}) becomes
 * the right exception with the vendor's code and message, and never the key. The rows are every status of
 * atoma-proxy's error table ({@code AtomaProxyError::status_code()}), with the requests each one costs: the
 * table of {@code sdk-atoma/README.md}.
 */
class AtomaErrorMappingTest extends AtomaWireMockTest {
  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "REQUEST_ERROR", "Request error: Invalid request body", 1),
        Arguments.of(401, AuthenticationException.class, "AUTH_ERROR", "Authentication failed", 1),
        Arguments.of(402, InsufficientBalanceException.class, "BALANCE_ERROR", "Insufficient balance", 1),
        Arguments.of(404, NotFoundException.class, "NOT_FOUND", "Resource not found", 1),
        Arguments.of(423, ApiException.class, "LOCKED", "Locked", 1),
        Arguments.of(425, ApiException.class, "UNAVAILABLE_STACK", "Stack unavailable", 1),
        Arguments.of(429, RateLimitException.class, "TOO_MANY_REQUESTS", "Too many requests", 3),
        Arguments.of(500, InternalServerException.class, "INTERNAL_ERROR", "Internal server error occurred", 3),
        Arguments.of(501, InternalServerException.class, "NOT_IMPLEMENTED", "Endpoint not implemented", 1),
        Arguments.of(503, InternalServerException.class, "SERVICE_UNAVAILABLE", "Service unavailable", 3));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("errors")
  void listMapsStatusCodeAndMessage(int status, Class<? extends ApiException> type, String code, String message,
      int expectedRequests) {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture(status)));

    Throwable thrown = catchThrowable(() -> client().models().list());

    assertThat(thrown).isExactlyInstanceOf(type);
    ApiException e = (ApiException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.vendorCode()).hasValue(code);
    assertThat(e.vendorMessage()).hasValue(message);
    assertThat(e.vendorType()).isEmpty();
    assertThat(e.requestId()).isEmpty();
    assertThat(e.attempts()).isEqualTo(expectedRequests);
    assertThat(e.body()).isEqualTo(AtomaFixture.resource("error-" + status + ".json"));
    assertThat(e.getMessage()).contains("atoma").contains(message).contains(String.valueOf(status))
        .doesNotContain(KEY);
    assertThat(e.toString()).doesNotContain(KEY);
    assertThat(requests()).hasSize(expectedRequests);
    assertThat(sleeper.sleeps()).hasSize(expectedRequests - 1);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("errors")
  void retrieveByListingFailsWithTheListsError(int status, Class<? extends ApiException> type, String code,
      String message, int expectedRequests) {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture(status)));
    assertThatThrownBy(() -> client().models().retrieve(RETRIEVE_ID))
        .isExactlyInstanceOf(type)
        .satisfies(t -> assertThat(((ApiException) t).vendorCode()).hasValue(code));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("errors")
  void asyncFutureFailsWithTheMappedException(int status, Class<? extends ApiException> type, String code,
      String message, int expectedRequests) {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture(status)));
    assertThatThrownBy(() -> client().async().models().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isExactlyInstanceOf(type)
        .hasMessageContaining(message).hasMessageNotContaining(KEY)
        .satisfies(t -> assertThat(((ApiException) t).vendorCode()).hasValue(code));
    assertThat(requests()).hasSize(expectedRequests);
  }

  @Test
  void aKeyEchoedByTheServerIsRedacted() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(401,
        AtomaFixture.errorBody("AUTH_ERROR", "Authentication failed for token " + KEY))));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.getMessage()).contains("Authentication failed").doesNotContain(KEY);
          assertThat(e.body()).doesNotContain(KEY);
          assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).doesNotContain(KEY));
        });
  }

  @Test
  void aBodyThatIsNotTheEnvelopeStillGivesTheStatusAndShowsTheBody() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse()
        .withStatus(500).withHeader("Content-Type", "text/plain").withBody("upstream timed out")));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.vendorMessage()).isEmpty();
          assertThat(e.vendorCode()).isEmpty();
          assertThat(e.body()).isEqualTo("upstream timed out");
          assertThat(e.getMessage()).contains("500").contains("upstream timed out");
        });
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder fixture(int status) {
    return json(status, AtomaFixture.resource("error-" + status + ".json"));
  }
}
