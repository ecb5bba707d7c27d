package io.modelsdk.root;

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
import io.modelsdk.core.errors.PermissionDeniedException;
import io.modelsdk.core.errors.RateLimitException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Root Signals' problem details ({@code type, status, title, detail, code}) become the right exception:
 * message = {@code detail}, code = {@code code}, type = {@code title}; never the key.
 */
class RootErrorMappingTest extends RootWireMockTest {
  static Stream<Arguments> documentedErrors() {
    return Stream.of(
        Arguments.of("error-401-authentication-failed.json", 401, AuthenticationException.class,
            "Authentication credentials were not provided.", "authentication_failed",
            "Incorrect authentication credentials.", 1),
        Arguments.of("error-401-not-authenticated.json", 401, AuthenticationException.class,
            "Authentication credentials were not provided.", "not_authenticated", "Not authenticated.", 1),
        Arguments.of("error-403-permission-denied.json", 403, PermissionDeniedException.class,
            "You do not have permission to perform this action.", "permission_denied", "Permission denied.", 1),
        Arguments.of("error-404-not-found.json", 404, NotFoundException.class, "Not found.", "not_found",
            "Not found.", 1),
        Arguments.of("error-429-throttled.json", 429, RateLimitException.class, "Request was throttled.",
            "throttled", "Throttled.", 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedErrors")
  void mapsTheDocumentedProblemDetails(String file, int status, Class<? extends ApiException> type, String detail,
      String code, String title, int attempts) {
    SERVER.stubFor(any(anyUrl()).willReturn(json(status, RootFixture.resource(file))));

    Throwable thrown = catchThrowable(() -> client().models().retrieve(RootFixture.MODEL_ID));

    assertThat(thrown).isExactlyInstanceOf(type);
    ApiException e = (ApiException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.vendorMessage()).hasValue(detail);
    assertThat(e.vendorCode()).hasValue(code);
    assertThat(e.vendorType()).hasValue(title);
    assertThat(e.requestId()).isEmpty();
    assertThat(e.attempts()).isEqualTo(attempts);
    assertThat(e.getMessage()).contains(detail).contains(String.valueOf(status)).doesNotContain(KEY);
    assertThat(requests()).hasSize(attempts);
    assertThat(sleeper.sleeps()).hasSize(attempts - 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedErrors")
  void asyncFailsWithTheSameException(String file, int status, Class<? extends ApiException> type, String detail,
      String code, String title, int attempts) {
    SERVER.stubFor(any(anyUrl()).willReturn(json(status, RootFixture.resource(file))));
    assertThatThrownBy(() -> client().async().models().list().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isExactlyInstanceOf(type).hasMessageContaining(detail);
  }

  @Test
  void aBadRequestOnCreateCarriesDetailCodeAndTitle() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(400,
        RootFixture.problem(400, "Invalid input.", "A model with this name already exists.", "invalid"))));
    assertThatThrownBy(() -> client().models().create(RootModelCreateParams.builder().name("dup")
        .defaultKey("sk-upstream-secret-77").build()))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.vendorMessage()).hasValue("A model with this name already exists.");
          assertThat(e.vendorCode()).hasValue("invalid");
          assertThat(e.vendorType()).hasValue("Invalid input.");
          assertThat(e.getMessage()).doesNotContain("sk-upstream-secret-77").doesNotContain(KEY);
          assertThat(e.attempts()).isEqualTo(1);
        });
  }

  @Test
  void aServerErrorOnDeleteIsRetriedThenMapped() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(500,
        RootFixture.problem(500, "A server error occurred.", "A server error occurred.", "error"))));
    assertThatThrownBy(() -> client().models().delete(RootFixture.MODEL_ID))
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.vendorCode()).hasValue("error");
        });
    assertThat(requests()).hasSize(3);
  }

  @Test
  void aCreateAnswered500IsNotRetried() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(500,
        RootFixture.problem(500, "A server error occurred.", "A server error occurred.", "error"))));
    Throwable thrown = catchThrowable(() -> client().models().create(RootModelCreateParams.builder().name("x").build()));
    assertThat(thrown).isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aKeyEchoedInTheDetailIsRedacted() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(401, RootFixture.problem(401, "Incorrect authentication credentials.",
        "Invalid API key: Api-Key " + KEY, "authentication_failed"))));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.getMessage()).contains("Invalid API key").doesNotContain(KEY);
          assertThat(e.body()).doesNotContain(KEY);
          assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).doesNotContain(KEY));
        });
  }

  @Test
  void aBodyThatIsNotProblemDetailsStillGivesTheStatusAndShowsTheBody() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse()
        .withStatus(404).withHeader("Content-Type", "text/html").withBody("<h1>Not Found</h1>")));
    assertThatThrownBy(() -> client().models().retrieve(RootFixture.MODEL_ID))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.vendorMessage()).isEmpty();
          assertThat(e.vendorCode()).isEmpty();
          assertThat(e.body()).isEqualTo("<h1>Not Found</h1>");
        });
  }
}
