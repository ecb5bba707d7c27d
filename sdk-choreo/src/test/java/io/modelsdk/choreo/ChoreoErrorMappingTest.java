package io.modelsdk.choreo;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both of the gateway's error envelopes (OpenAI-style {@code {"error": {...}}} and FastAPI's
 * {@code {"detail": ...}}) become the right exception with every field, and never show the key.
 */
class ChoreoErrorMappingTest extends ChoreoWireMockTest {
  static Stream<Arguments> envelopes() {
    return Stream.of(
        Arguments.of(401, "error-auth-missing.json", AuthenticationException.class,
            "Missing Authorization header", "authentication_error", "missing_authorization", 1),
        Arguments.of(401, "error-auth-malformed.json", AuthenticationException.class,
            "Malformed Authorization header", "authentication_error", "malformed_authorization", 1),
        Arguments.of(401, "error-auth-scheme.json", AuthenticationException.class,
            "Invalid authentication scheme. Use Bearer authentication", "authentication_error",
            "invalid_auth_scheme", 1),
        Arguments.of(401, "error-auth-invalid.json", AuthenticationException.class,
            "Invalid API key provided", "authentication_error", "invalid_api_key", 1),
        Arguments.of(400, "error-model-not-found.json", NotFoundException.class,
            "Model 'invalid-model' not found", "invalid_request_error", "model_not_found", 1),
        Arguments.of(404, "error-model-not-found.json", NotFoundException.class,
            "Model 'invalid-model' not found", "invalid_request_error", "model_not_found", 1),
        Arguments.of(400, "error-provider-not-configured.json", ProviderNotConfiguredException.class,
            "Provider not configured for model 'gpt-4'", "invalid_request_error", "provider_not_configured", 1),
        Arguments.of(502, "error-provider-not-configured.json", ProviderNotConfiguredException.class,
            "Provider not configured for model 'gpt-4'", "invalid_request_error", "provider_not_configured", 1));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("envelopes")
  void errorEnvelopeMapsWithEveryField(int status, String fixture, Class<? extends ApiException> type,
      String message, String vendorType, String code, int attempts) {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture(status, fixture).withHeader("X-Request-ID", "req_err")));

    Throwable thrown = catchThrowable(() -> client().models().list());

    assertThat(thrown).isExactlyInstanceOf(type);
    ApiException e = (ApiException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.vendorMessage()).hasValue(message);
    assertThat(e.vendorType()).hasValue(vendorType);
    assertThat(e.vendorCode()).hasValue(code);
    assertThat(e.vendorParam()).isEmpty();
    assertThat(e.requestId()).hasValue("req_err");
    assertThat(e.attempts()).isEqualTo(attempts);
    assertThat(e.getMessage()).contains(message).contains(String.valueOf(status)).doesNotContain(KEY);
    assertThat(e.toString()).doesNotContain(KEY);
    assertThat(requests()).hasSize(attempts);
    assertThat(sleeper.sleeps()).hasSize(attempts - 1);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("envelopes")
  void asyncFutureFailsWithTheSameException(int status, String fixture, Class<? extends ApiException> type,
      String message, String vendorType, String code, int attempts) {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture(status, fixture)));
    assertThatThrownBy(() -> client().async().models().list().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isExactlyInstanceOf(type).hasMessageContaining(message).hasMessageNotContaining(KEY);
    assertThat(requests()).hasSize(attempts);
  }

  @Test
  void providerNotConfiguredWithoutAQuotedModelHasNoModel() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(400,
        ChoreoFixture.errorBody("Provider not configured", "invalid_request_error", "provider_not_configured"))));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(ProviderNotConfiguredException.class, e -> assertThat(e.model()).isEmpty());
  }

  @Test
  void otherInvalidRequestErrorsStayPlainBadRequests() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(400,
        ChoreoFixture.errorBody("Invalid JSON in request body", "invalid_request_error", "invalid_json"))));
    assertThatThrownBy(() -> client().models().list()).isExactlyInstanceOf(BadRequestException.class);
  }

  @Test
  void fastApiDetailStringOn500IsRetriedThenMapped() {
    // What the list route answers when something fails inside it: HTTPException(500, detail=str(e)).
    SERVER.stubFor(any(anyUrl()).willReturn(json(500, "{\"detail\":\"Connection reset by provider\"}")
        .withHeader("X-Request-ID", "req_500")));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.vendorMessage()).hasValue("Connection reset by provider");
          assertThat(e.vendorCode()).isEmpty();
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.requestId()).hasValue("req_500");
        });
    assertThat(requests()).hasSize(3);
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  @Test
  void fastApiDetailStringOn400IsABadRequest() {
    // What the running gateway answers for a provider without a key: HTTPException(400, detail=str(e)).
    SERVER.stubFor(any(anyUrl()).willReturn(json(400, "{\"detail\":\"OPENAI_API_KEY not configured\"}")));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e).isNotInstanceOf(ProviderNotConfiguredException.class);
          assertThat(e.vendorMessage()).hasValue("OPENAI_API_KEY not configured");
        });
  }

  @Test
  void fastApiValidationDetailsAreRead() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(422,
        "{\"detail\":[{\"loc\":[\"path\",\"model_id\"],\"msg\":\"field required\",\"type\":\"value_error.missing\"}]}")));
    assertThatThrownBy(() -> client().models().retrieve("x"))
        .isInstanceOfSatisfying(io.modelsdk.core.errors.UnprocessableEntityException.class, e -> {
          assertThat(e.details().validationErrors()).singleElement().satisfies(v -> {
            assertThat(v.location()).containsExactly("path", "model_id");
            assertThat(v.message()).isEqualTo("field required");
          });
          assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).contains("field required"));
        });
  }

  @Test
  void aKeyEchoedByTheGatewayIsRedacted() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(401,
        ChoreoFixture.errorBody("Invalid API key provided: " + KEY, "authentication_error", "invalid_api_key"))));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.getMessage()).contains("Invalid API key provided").doesNotContain(KEY);
          assertThat(e.body()).doesNotContain(KEY);
          assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).doesNotContain(KEY));
        });
  }
}
