package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.BadRequestException;
import io.modelsdk.core.errors.ConflictException;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.PermissionDeniedException;
import io.modelsdk.core.errors.RateLimitException;
import io.modelsdk.core.errors.UnprocessableEntityException;
import io.modelsdk.core.errors.ValidationError;
import io.modelsdk.core.testing.OffSpec;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FastAPI's error bodies become the right exception: {@code {"detail": "text"}} gives the vendor
 * message, {@code {"detail": [{loc, msg, type}]}} on 422 gives typed validation errors. FastAPI has no
 * error code, so {@code vendorCode()} stays empty.
 */
class ScaleErrorMappingTest extends ScaleWireMockTest {
  static Stream<Arguments> detailErrors() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "Invalid sort_by value", 1),
        Arguments.of(401, AuthenticationException.class, "Invalid API key", 1),
        Arguments.of(403, PermissionDeniedException.class, "User does not have access to account acc_9d0a", 1),
        Arguments.of(404, NotFoundException.class, "Model instance mi_missing not found", 1),
        Arguments.of(409, ConflictException.class, "Model name already exists", 3),
        Arguments.of(429, RateLimitException.class, "Too many requests", 3),
        Arguments.of(500, InternalServerException.class, "Internal Server Error", 3));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("detailErrors")
  void detailTextMapsToTheStatusException(int status, Class<? extends ApiException> type, String message,
      int expectedRequests) {
    SERVER.stubFor(any(anyUrl()).willReturn(json(status, ScaleFixture.detail(message))));

    Throwable thrown = catchThrowable(() -> client().models().retrieve("mi_missing"));

    assertThat(thrown).isExactlyInstanceOf(type);
    ApiException e = (ApiException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.vendorMessage()).hasValue(message);
    assertThat(e.vendorCode()).isEmpty();
    assertThat(e.requestId()).isEmpty();
    assertThat(e.attempts()).isEqualTo(expectedRequests);
    assertThat(e.getMessage()).contains(message).contains(String.valueOf(status)).doesNotContain(KEY);
    assertThat(requests()).hasSize(expectedRequests);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("detailErrors")
  void asyncFailsWithTheSameException(int status, Class<? extends ApiException> type, String message,
      int expectedRequests) {
    SERVER.stubFor(any(anyUrl()).willReturn(json(status, ScaleFixture.detail(message))));
    assertThatThrownBy(() -> client().async().models().list().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isExactlyInstanceOf(type).hasMessageContaining(message).hasMessageNotContaining(KEY);
  }

  @Test
  void documented404Fixture() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(404, ScaleFixture.resource("error-404.json"))));
    assertThatThrownBy(() -> client().models().delete("mi_missing"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.vendorMessage()).hasValue("Model instance mi_missing not found"));
  }

  @Test
  void validationErrorsAreTyped() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(422, ScaleFixture.resource("error-422.json"))));
    assertThatThrownBy(() -> client().models().create(ScaleFixture.CREATE))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(422);
          assertThat(e.attempts()).as("422 is not retried").isEqualTo(1);
          assertThat(e.validationErrors()).containsExactly(
              new ValidationError(List.of("query", "limit"), "Input should be less than or equal to 10000",
                  "less_than_equal"),
              new ValidationError(List.of("body", "name"), "Field required", "missing"));
          assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m)
              .contains("query.limit: Input should be less than or equal to 10000")
              .contains("body.name: Field required"));
          assertThat(e.vendorCode()).isEmpty();
          assertThat(e.getMessage()).contains("422").contains("Field required").doesNotContain(KEY);
        });
    assertThat(requests()).hasSize(1);
  }

  @Test
  void validationErrorsReachAsyncCallers() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(422, ScaleFixture.resource("error-422.json"))));
    assertThatThrownBy(() -> client().async().models().update("mi_1", ScaleFixture.UPDATE)
        .get(10, TimeUnit.SECONDS))
        .cause().isInstanceOfSatisfying(UnprocessableEntityException.class,
            e -> assertThat(e.validationErrors()).extracting(ValidationError::type)
                .containsExactly("less_than_equal", "missing"));
  }

  @Test
  @OffSpec("a view the spec does not list: the request whose 422 names an array index (loc [query, view, 0])")
  void aValidationErrorWithANumericLocationKeepsIt() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(422,
        "{\"detail\":[{\"loc\":[\"query\",\"view\",0],\"msg\":\"Input should be 'Deployments' or 'ModelGroup'\","
            + "\"type\":\"enum\"}]}")));
    assertThatThrownBy(() -> client().models().list(
        ScaleModelListParams.builder().addView(ScaleModelView.of("Everything")).build()))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.validationErrors())
            .singleElement().satisfies(v -> assertThat(v.location()).containsExactly("query", "view", "0")));
  }

  @Test
  void aKeyEchoedByTheServerIsRedacted() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(401, ScaleFixture.detail("Invalid API key " + KEY))));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.getMessage()).contains("Invalid API key").doesNotContain(KEY);
          assertThat(e.body()).doesNotContain(KEY);
          assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).doesNotContain(KEY));
        });
  }

  @Test
  void aBodyThatIsNotFastApisStillGivesTheStatusAndShowsTheBody() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody("<html>Bad Gateway</html>")));
    assertThatThrownBy(() -> client().models().retrieve("mi_1"))
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(502);
          assertThat(e.vendorMessage()).isEmpty();
          assertThat(e.body()).contains("Bad Gateway");
        });
  }
}
