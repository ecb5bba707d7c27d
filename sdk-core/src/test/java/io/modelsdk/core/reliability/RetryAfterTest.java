package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.fake.FakeClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A4: the wait a server asks for through retry-after-ms and Retry-After, end to end. */
class RetryAfterTest extends ReliabilityTestBase {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  private void assertOneRetryAfter(Mode mode, FakeClient client, Duration low, Duration high) {
    assertThat(mode.retrieve(client, "m1").id()).isEqualTo("m1");
    assertThat(requests()).isEqualTo(2);
    assertThat(sleeper.sleeps()).singleElement().satisfies(d -> assertThat(d).isBetween(low, high));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterSeconds(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1, error(503).withHeader("Retry-After", "2"), ok());
    assertOneRetryAfter(mode, client(), Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterMsWinsOverRetryAfter(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1,
        error(429).withHeader("retry-after-ms", "150").withHeader("Retry-After", "5"), ok());
    assertOneRetryAfter(mode, client(), Duration.ofMillis(150), Duration.ofMillis(150));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterHttpDateCountsFromTheClientsClock(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1,
        error(503).withHeader("Retry-After", "Wed, 01 Jan 2025 00:00:05 GMT"), ok());
    FakeClient client = client(b -> b.clock(Clock.fixed(NOW, ZoneOffset.UTC)));
    assertOneRetryAfter(mode, client, Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unreadableRetryAfterFallsBackToBackoff(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1, error(503).withHeader("Retry-After", "soon"), ok());
    assertOneRetryAfter(mode, client(), Duration.ofMillis(375), Duration.ofMillis(500));
  }
}
