package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.http.Fault;
import io.modelsdk.core.Operation;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.BadRequestException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.spi.ResponseDecoder;
import io.modelsdk.core.testing.LogCapture;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SDK's log through SLF4J, on the fake vendor: what the lines say, that no secret of any kind shows
 * at the most verbose level (F1), and that nothing is logged while the loggers are off.
 */
class LoggingTest extends ReliabilityTestBase {
  private static final String HEADER_SECRET = "gw-token-canary-7c4e1b";
  private static final String BODY_SECRET = "provider-key-canary-2f9d";
  private static final String QUERY_SECRET = "query-key-canary-51ab";

  /** A create whose body carries a key the endpoint marks secret, as Root Signals' default_key. */
  private static final Endpoint<String, FakeModel> CREATE_WITH_KEY = Endpoint.of(Operation.CREATE, "POST",
      (key, r) -> r.path("models").jsonBody(Collections.singletonMap("default_key", key)).secret(key),
      ResponseDecoder.json(FakeModel.class));

  @RegisterExtension
  final LogCapture logs = new LogCapture();

  private FakeClient withSecretHeader() {
    return client(b -> b.secretHeader("X-Gateway-Token", HEADER_SECRET).header("X-Trace", "trace-1"));
  }

  @AfterEach
  void noSecretEverShows() {
    assertThat(logs.text()).doesNotContain(KEY, HEADER_SECRET, BODY_SECRET, QUERY_SECRET);
  }

  @Test
  void anAttemptThatBreaksOffIsLoggedWithItsFailureAndTheRetryWithItsWait() {
    stubSequence(ReliabilityTestBase::retrieveM1, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());

    client().models().retrieve("m1");

    String call = "acme GET " + SERVER.baseUrl() + "/models/m1";
    List<String> attempts = logs.debug("io.modelsdk.http");
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(0)).matches(Pattern.quote(call + ": attempt 1 failed in ") + "\\d+ ms: \\w+Exception: .*");
    assertThat(attempts.get(1)).matches(Pattern.quote(call + ": attempt 2 answered 200 in ") + "\\d+ ms");
    assertThat(logs.debug("io.modelsdk.retry")).containsExactly(call + ": retrying after "
        + attempts.get(0).replaceAll(".* ms: (\\w+): .*", "$1") + " in " + sleeper.sleeps().get(0).toMillis()
        + " ms (backoff); attempt 2 of 3 next");
  }

  @Test
  void aWaitTheServerAskedForIsNamedAsSuch() {
    stubSequence(ReliabilityTestBase::retrieveM1, error(429).withHeader("Retry-After", "2"), ok());

    client().models().retrieve("m1");

    assertThat(logs.debug("io.modelsdk.retry")).containsExactly("acme GET " + SERVER.baseUrl()
        + "/models/m1: retrying after 429 in 2000 ms (the server's Retry-After); attempt 2 of 3 next");
  }

  @Test
  void aQueryParameterNamedLikeAKeyIsMaskedInEveryLine() {
    SERVER.stubFor(retrieveM1().willReturn(ok()));

    client().models().retrieve("m1", RequestOptions.builder().queryParam("api_key", QUERY_SECRET).build());

    assertThat(logs.debug("io.modelsdk.http")).singleElement().asString()
        .startsWith("acme GET " + SERVER.baseUrl() + "/models/m1?api_key=[redacted]: attempt 1 answered 200");
  }

  @Test
  void theTraceShowsHeadersAndBodiesWithEveryCredentialMasked() {
    SERVER.stubFor(retrieveM1().willReturn(ok().withHeader("x-request-id", "req-7")));

    withSecretHeader().models().retrieve("m1");

    List<String> trace = logs.trace("io.modelsdk.http");
    assertThat(trace).hasSize(3);
    assertThat(trace.get(0)).contains(": attempt 1 request headers {", "Accept: application/json",
        "X-Gateway-Token: [redacted]", "X-Trace: trace-1", "Authorization: [redacted]");
    assertThat(trace.get(1)).contains(": attempt 1 response headers {", "x-request-id: req-7");
    assertThat(trace.get(2)).endsWith(": attempt 1 response body (" + MODEL_JSON.length() + " bytes) " + MODEL_JSON);
    assertThat(logs.debug("io.modelsdk.http")).singleElement().asString().endsWith(", request id req-7");
  }

  @Test
  void anErrorBodyThatEchoesASecretHeaderShowsItNowhere() {
    SERVER.stubFor(retrieveM1().willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"message\":\"bad token " + HEADER_SECRET + "\",\"type\":\"invalid\"}}")));

    BadRequestException e = catchThrowableOfType(BadRequestException.class,
        () -> withSecretHeader().models().retrieve("m1"));

    assertThat(e.getMessage()).contains("bad token [redacted]").doesNotContain(HEADER_SECRET);
    assertThat(e.body()).contains("[redacted]").doesNotContain(HEADER_SECRET);
    assertThat(logs.trace("io.modelsdk.http")).anySatisfy(l -> assertThat(l).contains("response body", "bad token [redacted]"));
    assertThat(logs.debug("io.modelsdk.retry")).containsExactly("acme GET " + SERVER.baseUrl()
        + "/models/m1: not retrying after 400 on attempt 1: the status is not one that is retried");
  }

  @Test
  void aBodyValueTheEndpointMarksSecretShowsNowhereEvenWhenTheErrorEchoesIt() {
    SERVER.stubFor(createModel().willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"message\":\"key " + BODY_SECRET + " refused\"},\"sent\":{\"default_key\":\""
            + BODY_SECRET + "\"}}")));
    FakeClient client = client();
    String sent = "{\"default_key\":\"" + BODY_SECRET + "\"}";

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> client.runtime().execute(CREATE_WITH_KEY, BODY_SECRET, RequestOptions.none()));

    assertThat(e.getMessage()).contains("key [redacted] refused").doesNotContain(BODY_SECRET);
    assertThat(e.body()).contains("{\"default_key\":\"[redacted]\"}").doesNotContain(BODY_SECRET);
    assertThat(logs.trace("io.modelsdk.http"))
        .anySatisfy(l -> assertThat(l).endsWith(": attempt 1 request body (" + sent.length()
            + " bytes) {\"default_key\":\"[redacted]\"}"));
    assertThat(SERVER.getAllServeEvents().get(0).getRequest().getBodyAsString()).contains(BODY_SECRET);
  }

  @Test
  void aLongErrorBodyIsCutAndTheLineSaysSo() {
    String body = "{\"error\":{\"message\":\"" + "x".repeat(10_000) + "\"}}";
    SERVER.stubFor(retrieveM1().willReturn(error(400).withBody(body)));

    catchThrowableOfType(BadRequestException.class, () -> client().models().retrieve("m1"));

    assertThat(logs.trace("io.modelsdk.http")).anySatisfy(l -> assertThat(l)
        .contains(": attempt 1 response body (" + body.length() + " bytes, cut to the first 4096 characters) {\"error\"")
        .hasSizeLessThan(4096 + 200));
  }

  @Test
  void aStreamingResponseIsNotReadToBeLogged() throws Exception {
    SERVER.stubFor(retrieveM1().willReturn(ok()));

    try (StreamingResponse<FakeModel> s = client().models().withStreamingResponse().retrieve("m1")) {
      assertThat(logs.trace("io.modelsdk.http")).last().asString()
          .endsWith(": attempt 1 response body not logged: a streaming response leaves it to the caller");
      try (InputStream body = s.body()) {
        assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(MODEL_JSON);
      }
    }
  }

  /** With the SDK's loggers above DEBUG, as with no logging configuration at all, the log stays empty. */
  @Nested
  class Off {
    @RegisterExtension
    final LogCapture quiet = new LogCapture(Level.INFO);

    @Test
    void aRetriedAndAFailedCallLogNothing() {
      stubSequence(ReliabilityTestBase::retrieveM1, error(503), ok());
      client().models().retrieve("m1");
      SERVER.stubFor(createModel().willReturn(error(400)));
      catchThrowableOfType(BadRequestException.class, () -> client().create("x"));

      assertThat(quiet.events()).isEmpty();
      assertThat(logs.events()).isEmpty();
    }
  }
}
