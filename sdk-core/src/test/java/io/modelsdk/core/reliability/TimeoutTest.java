package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.errors.ApiTimeoutException;
import io.modelsdk.core.fake.FakeClient;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Per-attempt timeouts on the real clock: a slow server and a body that trickles in. */
class TimeoutTest extends ReliabilityTestBase {
  /** C1: 300 ms per attempt against a server that takes 2 s; each attempt is cut, then retried once. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void slowServerTimesOutEachAttempt(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(ok().withFixedDelay(2_000)));
    FakeClient client = client(b -> b.timeout(Duration.ofMillis(300)).maxRetries(1));

    long start = System.nanoTime();
    ApiTimeoutException e = catchThrowableOfType(ApiTimeoutException.class, () -> mode.retrieve(client, "m1"));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(requests()).isEqualTo(2);
    // Two cut attempts take ~0.6 s; waiting for the server would take 4 s.
    assertThat(elapsedMs).isLessThan(3_000);
  }

  /**
   * C2: the server sends a chunk a second, so no single read waits long (the read timeout never fires),
   * but the whole call must still end at the attempt timeout.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void dribbledBodyTimesOutAtTheAttemptTimeout(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"m1\",\"owned_by\":\"" + "a".repeat(200) + "\"}")
        .withChunkedDribbleDelay(20, 20_000)));
    FakeClient client = client(b -> b.timeout(Duration.ofSeconds(3)).maxRetries(0));
    // Gzip would make WireMock buffer the whole body and send it at the end: no dribble at all.
    RequestOptions identity = RequestOptions.builder().header("Accept-Encoding", "identity").build();

    long start = System.nanoTime();
    ApiTimeoutException e = catchThrowableOfType(ApiTimeoutException.class,
        () -> mode.retrieve(client, "m1", identity));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(elapsedMs).isBetween(2_500L, 6_000L);
  }
}
