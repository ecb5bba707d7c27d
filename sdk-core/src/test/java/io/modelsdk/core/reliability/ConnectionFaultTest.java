package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ApiTimeoutException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken connections: which are retried, and what a create learns about whether it happened. */
class ConnectionFaultTest extends ReliabilityTestBase {
  static Stream<Arguments> faultsOnGet() {
    Fault[] faults = {Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE, Fault.RANDOM_DATA_THEN_CLOSE};
    return Stream.of(Mode.values()).flatMap(m -> Stream.of(faults).map(f -> Arguments.of(m, f)));
  }

  /** B1. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faultsOnGet")
  void getIsRetriedAfterABrokenConnection(Mode mode, Fault fault) {
    stubSequence(ReliabilityTestBase::retrieveM1, aResponse().withFault(fault), ok());

    assertThat(mode.retrieve(client(), "m1").id()).isEqualTo("m1");

    assertThat(requests()).isEqualTo(2);
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  /** B2: a body cut by a malformed chunk is a connection failure, retried like one. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void malformedChunkIsRetried(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1, aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), ok());

    assertThat(mode.retrieve(client(), "m1").id()).isEqualTo("m1");

    assertThat(requests()).isEqualTo(2);
  }

  /** B2. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void malformedChunkForeverIsAnApiConnectionException(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    FakeClient client = client();

    Throwable t = catchThrowable(() -> mode.retrieve(client, "m1"));

    assertThat(t).isExactlyInstanceOf(ApiConnectionException.class).hasCauseInstanceOf(IOException.class);
    ApiConnectionException e = (ApiConnectionException) t;
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(requests()).isEqualTo(3);
  }

  /** B2, streaming: the body fails while parsing from the wire, after the call succeeded. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void malformedChunkWhileStreamingIsAnApiConnectionException(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    FakeClient client = client();

    Throwable t;
    try (StreamingResponse<FakeModel> s = mode == Mode.SYNC
        ? client.models().withStreamingResponse().retrieve("m1")
        : Mode.await(client.asyncModels().withStreamingResponse().retrieve("m1"))) {
      t = catchThrowable(s::parse);
    }

    assertThat(t).isInstanceOf(ApiConnectionException.class).hasCauseInstanceOf(IOException.class);
  }

  /** B3. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void createCutBeforeAnswerIsNotRetriedAndOutcomeUnknown(Mode mode) {
    SERVER.stubFor(createModel().willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    FakeClient client = client();

    ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class, () -> mode.create(client, "mine"));

    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).contains("outcome unknown");
    assertThat(requests()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  /** B3. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void createTimingOutIsNotRetriedAndOutcomeUnknown(Mode mode) {
    SERVER.stubFor(createModel().willReturn(ok().withFixedDelay(2_000)));
    FakeClient client = client(b -> b.timeout(Duration.ofMillis(300)));

    ApiTimeoutException e = catchThrowableOfType(ApiTimeoutException.class, () -> mode.create(client, "mine"));

    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(requests()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  /** B4: nothing listens, so nothing was sent, so a create may be retried. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void createToAClosedPortIsRetried(Mode mode) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    FakeClient client = track(FakeClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:" + port)
        .sleeper(sleeper).build());

    Throwable t = catchThrowable(() -> mode.create(client, "mine"));

    assertThat(t).isExactlyInstanceOf(ApiConnectionException.class);
    ApiConnectionException e = (ApiConnectionException) t;
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e.getMessage()).doesNotContain("outcome unknown").doesNotContain(KEY);
    assertThat(sleeper.sleeps()).hasSize(2);
  }
}
