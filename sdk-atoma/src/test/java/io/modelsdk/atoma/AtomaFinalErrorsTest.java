package io.modelsdk.atoma;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.modelsdk.core.errors.InternalServerException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statuses of atoma-proxy's error table that waiting cannot fix reach the proxy once, sync and async,
 * whatever {@code x-should-retry} says: 402 {@code BALANCE_ERROR} (a balance is topped up by its owner, not by
 * a retry), typed so that it can be caught, and 501 {@code NOT_IMPLEMENTED}, the one 5xx that is not retried.
 */
class AtomaFinalErrorsTest extends AtomaWireMockTest {
  private static ResponseDefinitionBuilder answer(int status, String shouldRetry) {
    ResponseDefinitionBuilder r = json(status, AtomaFixture.resource("error-" + status + ".json"));
    return shouldRetry == null ? r : r.withHeader("x-should-retry", shouldRetry);
  }

  private static void assertInsufficientBalance(Throwable thrown) {
    assertThat(thrown).isInstanceOfSatisfying(InsufficientBalanceException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(402);
      assertThat(e.vendorCode()).hasValue("BALANCE_ERROR");
      assertThat(e.vendorMessage()).hasValue("Insufficient balance");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).contains("402").contains("Insufficient balance").doesNotContain(KEY);
    });
  }

  @ParameterizedTest(name = "x-should-retry: {0}")
  @NullSource
  @ValueSource(strings = "true")
  void insufficientBalanceIsTypedWithAtomasCodeAndMessageAfterOneRequest(String shouldRetry) {
    SERVER.stubFor(any(anyUrl()).willReturn(answer(402, shouldRetry)));
    assertThatThrownBy(() -> client().models().list()).satisfies(AtomaFinalErrorsTest::assertInsufficientBalance);
    assertThat(requests()).hasSize(1);
    assertThatThrownBy(() -> client().async().models().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .satisfies(t -> assertInsufficientBalance(t.getCause()));
    assertThat(requests()).hasSize(2);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @ParameterizedTest(name = "x-should-retry: {0}")
  @NullSource
  @ValueSource(strings = "true")
  void a402WithoutAtomasEnvelopeIsAnInsufficientBalanceToo(String shouldRetry) {
    // A reverse proxy in front of a self-hosted Atoma proxy may answer the 402 in its own words.
    ResponseDefinitionBuilder plain = aResponse().withStatus(402)
        .withHeader("Content-Type", "text/plain").withBody("Payment Required");
    SERVER.stubFor(any(anyUrl()).willReturn(shouldRetry == null ? plain : plain.withHeader("x-should-retry", "true")));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(InsufficientBalanceException.class, e -> {
          assertThat(e.vendorCode()).isEmpty();
          assertThat(e.body()).isEqualTo("Payment Required");
        });
    assertThat(requests()).hasSize(1);
  }

  @ParameterizedTest(name = "x-should-retry: {0}")
  @NullSource
  @ValueSource(strings = "true")
  void notImplementedIsAServerErrorAfterOneRequest(String shouldRetry) {
    SERVER.stubFor(any(anyUrl()).willReturn(answer(501, shouldRetry)));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(InternalServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(501);
          assertThat(e.vendorCode()).hasValue("NOT_IMPLEMENTED");
          assertThat(e.attempts()).isEqualTo(1);
        });
    assertThat(requests()).hasSize(1);
    assertThatThrownBy(() -> client().async().models().list().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(InternalServerException.class);
    assertThat(requests()).hasSize(2);
    assertThat(sleeper.sleeps()).isEmpty();
  }
}
