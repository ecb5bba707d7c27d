package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.modelsdk.core.errors.BadRequestException;
import io.modelsdk.core.errors.InternalServerException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code provider_not_configured} comes with 400 (its {@code invalid_request_error} type) or 502 (the
 * gateway's error-code table): either way it is one {@link ProviderNotConfiguredException} naming the model,
 * after exactly one request, since retrying cannot configure a provider, whatever {@code x-should-retry} says.
 */
class ChoreoProviderNotConfiguredTest extends ChoreoWireMockTest {
  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of(400, null), Arguments.of(502, null),
        Arguments.of(400, "true"), Arguments.of(502, "true"));
  }

  private static ResponseDefinitionBuilder answer(int status, String shouldRetry) {
    ResponseDefinitionBuilder r = fixture(status, "error-provider-not-configured.json")
        .withHeader("X-Request-ID", "req_pnc");
    return shouldRetry == null ? r : r.withHeader("x-should-retry", shouldRetry);
  }

  private static void assertProviderNotConfigured(Throwable thrown, int status) {
    assertThat(thrown).isExactlyInstanceOf(ProviderNotConfiguredException.class)
        .isNotInstanceOf(BadRequestException.class).isNotInstanceOf(InternalServerException.class);
    ProviderNotConfiguredException e = (ProviderNotConfiguredException) thrown;
    assertThat(e.model()).hasValue("gpt-4");
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.vendorCode()).hasValue("provider_not_configured");
    assertThat(e.vendorMessage()).hasValue("Provider not configured for model 'gpt-4'");
    assertThat(e.requestId()).hasValue("req_pnc");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).contains("gpt-4").contains(String.valueOf(status)).doesNotContain(KEY);
  }

  @ParameterizedTest(name = "{0}, x-should-retry: {1}")
  @MethodSource("answers")
  void aSyncListFailsAfterOneRequestNamingTheModel(int status, String shouldRetry) {
    SERVER.stubFor(any(anyUrl()).willReturn(answer(status, shouldRetry)));
    Throwable thrown = catchThrowable(() -> client().models().list());
    assertProviderNotConfigured(thrown, status);
    assertThat(requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @ParameterizedTest(name = "{0}, x-should-retry: {1}")
  @MethodSource("answers")
  void anAsyncListFailsAfterOneRequestNamingTheModel(int status, String shouldRetry) {
    SERVER.stubFor(any(anyUrl()).willReturn(answer(status, shouldRetry)));
    assertThatThrownBy(() -> client().async().models().list().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .satisfies(t -> assertProviderNotConfigured(t.getCause(), status));
    assertThat(requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {400, 502})
  void retrieveFailsAfterOneRequestWithoutListingSyncAndAsync(int status) {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(fixture("list.json")));
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/gpt-4")).willReturn(answer(status, "true")));
    assertProviderNotConfigured(catchThrowable(() -> client().models().retrieve("gpt-4")), status);
    assertThatThrownBy(() -> client().async().models().retrieve("gpt-4").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .satisfies(t -> assertProviderNotConfigured(t.getCause(), status));
    assertThat(requestLines()).containsExactly("GET /v1/models/gpt-4", "GET /v1/models/gpt-4");
    assertThat(sleeper.sleeps()).isEmpty();
  }
}
