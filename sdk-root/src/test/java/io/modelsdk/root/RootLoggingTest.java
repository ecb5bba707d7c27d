package io.modelsdk.root;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.modelsdk.core.errors.BadRequestException;
import io.modelsdk.core.testing.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the SDK logs of Root Signals calls at the most verbose level: each attempt (Root sends no request
 * id), each retry decision, and never the key, a secret header, or the provider keys users hand to
 * create, update ({@code default_key}) and verify ({@code api_key}), not even when an error body echoes
 * them: those are masked in the exception's message and {@code body()} too.
 */
class RootLoggingTest extends RootWireMockTest {
  private static final String TOKEN = "rs-gateway-canary-44d0e2";
  private static final String CANARY = "sk-upstream-canary-b71c05e3";
  private static final String ONE = "/v1/models/" + RootFixture.MODEL_ID + "/";
  /** A 400 that echoes the key it refused, as a careless server might. */
  private static final String ECHO = RootFixture.problem(400, "Invalid input.",
      "The key " + CANARY + " was refused by the provider.", "invalid");

  @RegisterExtension
  final LogCapture logs = new LogCapture();

  @Override
  protected RootClient newClient() {
    return builder().secretHeader("X-Gateway-Token", TOKEN).build();
  }

  @AfterEach
  void theLogNeverShowsTheKeyTheSecretHeaderOrTheProviderKey() {
    assertThat(logs.text()).isNotEmpty().doesNotContain(KEY, TOKEN, CANARY);
  }

  @Test
  void aRetriedListLogsEachAttemptAndTheWaitBeforeTheRetry() {
    answerInOrder(json(503, RootFixture.problem(503, "Unavailable", "try again", "unavailable")), fixture("list.json"));

    assertDocumentedList(client().models().list().items());

    String call = "rootsignals GET " + SERVER.baseUrl() + requests().get(0).getUrl();
    assertThat(logs.debug(LogCapture.HTTP)).satisfiesExactly(
        l -> assertThat(l).matches(LogCapture.answered(call, 1, 503, null)),
        l -> assertThat(l).matches(LogCapture.answered(call, 2, 200, null)));
    assertThat(logs.debug(LogCapture.RETRY)).containsExactly(call + ": retrying after 503 in "
        + sleeper.sleeps().get(0).toMillis() + " ms (backoff); attempt 2 of 3 next");
    assertThat(logs.trace(LogCapture.HTTP)).anySatisfy(l -> assertThat(l)
        .contains(": attempt 1 request headers {", "Authorization: [redacted]", "X-Gateway-Token: [redacted]"));
  }

  @Test
  void aCreateOrUpdateWhoseErrorEchoesTheDefaultKeyShowsItNowhere() {
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/")).willReturn(json(400, ECHO)));
    SERVER.stubFor(patch(urlPathEqualTo(ONE)).willReturn(json(400, ECHO)));
    RootModelCreateParams create = RootModelCreateParams.builder().name("my-gpt").model("gpt-4-turbo")
        .defaultKey(CANARY).build();
    RootModelUpdateParams update = RootModelUpdateParams.builder().defaultKey(CANARY).build();

    Throwable created = catchThrowable(() -> client().models().create(create));
    Throwable updated = catchThrowable(() -> client().async().models().update(RootFixture.MODEL_ID, update).join());

    assertThat(created).isInstanceOf(BadRequestException.class);
    assertThat(updated).isInstanceOf(CompletionException.class).hasCauseInstanceOf(BadRequestException.class);
    for (BadRequestException e : new BadRequestException[] {(BadRequestException) created,
        (BadRequestException) updated.getCause()}) {
      assertThat(e.getMessage()).contains("The key [redacted] was refused");
      assertThat(printed(e)).doesNotContain(CANARY);
      assertThat(e.body()).contains("The key [redacted] was refused").doesNotContain(CANARY);
      assertThat(e.vendorMessage()).hasValue("The key [redacted] was refused by the provider.");
    }
    assertThat(requests()).extracting(r -> r.getBodyAsString()).allMatch(b -> b.contains(CANARY));
    assertThat(logs.trace(LogCapture.HTTP)).filteredOn(l -> l.contains("request body"))
        .hasSize(2).allSatisfy(l -> assertThat(l).contains("\"default_key\":\"[redacted]\""));
    assertThat(logs.trace(LogCapture.HTTP)).filteredOn(l -> l.contains("response body"))
        .hasSize(2).allSatisfy(l -> assertThat(l).contains("The key [redacted] was refused"));
    assertThat(logs.debug(LogCapture.RETRY)).containsExactly(
        "rootsignals POST " + SERVER.baseUrl() + "/v1/models/: not retrying after 400 on attempt 1: "
            + "the status is not one that is retried",
        "rootsignals PATCH " + SERVER.baseUrl() + ONE + ": not retrying after 400 on attempt 1: "
            + "the status is not one that is retried");
  }

  @Test
  void aVerifyWhoseErrorEchoesTheApiKeyShowsItNowhere() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(400, ECHO)));

    Throwable thrown = catchThrowable(() -> client().models().verify(RootModelVerifyParams.builder()
        .model("gpt-4-turbo").apiKey(CANARY).build()));

    assertThat(thrown).isInstanceOfSatisfying(BadRequestException.class, e -> {
      assertThat(printed(e)).contains("The key [redacted] was refused").doesNotContain(CANARY);
      assertThat(e.body()).doesNotContain(CANARY);
    });
    assertThat(logs.trace(LogCapture.HTTP)).anySatisfy(l -> assertThat(l).contains("\"api_key\":\"[redacted]\""));
  }

  /** Everything a logger would print for {@code t}: its messages, causes and stack. */
  private static String printed(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
