package io.modelsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.RetryConfig;
import io.modelsdk.core.http.HttpHeaders;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry decisions and waits of {@link RetryPolicy}, without any I/O. */
class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final RetryConfig DEFAULTS = RetryConfig.defaults();

  private static RetryPolicy policy(int maxRetries) {
    return new RetryPolicy(DEFAULTS, maxRetries, CLOCK);
  }

  /** A policy whose jitter draw is always {@code draw}. */
  private static RetryPolicy policy(RetryConfig config, double draw) {
    return new RetryPolicy(config, config.maxRetries(), CLOCK, () -> draw);
  }

  private static HttpHeaders headers(String... nameValues) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      map.put(nameValues[i], Collections.singletonList(nameValues[i + 1]));
    }
    return HttpHeaders.of(map);
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  @Nested
  class Backoff {
    @ParameterizedTest(name = "retry {0} waits {1}..{2} ms")
    @CsvSource({"1, 375, 500", "2, 750, 1000", "3, 1500, 2000", "4, 3000, 4000", "5, 6000, 8000",
        "6, 6000, 8000", "7, 6000, 8000", "30, 6000, 8000", "5000, 6000, 8000"})
    void staysInTheJitterRangeOfTheCappedExponential(int retry, long lowMs, long highMs) {
      RetryPolicy p = policy(10);
      for (int i = 0; i < 2_000; i++) {
        assertThat(p.backoff(retry)).isBetween(ms(lowMs), ms(highMs));
      }
    }

    @Test
    void jitterEdgesAreExactlyTheBaseAndThreeQuartersOfIt() {
      assertThat(policy(DEFAULTS, 0.0).backoff(1)).isEqualTo(ms(500));
      assertThat(policy(DEFAULTS, 0.0).backoff(3)).isEqualTo(ms(2000));
      assertThat(policy(DEFAULTS, 1.0).backoff(1)).isEqualTo(ms(375));
      assertThat(policy(DEFAULTS, 1.0).backoff(2)).isEqualTo(ms(750));
    }

    @Test
    void capIsMaxBackoffBeforeJitter() {
      RetryConfig c = RetryConfig.builder().initialBackoff(ms(100)).maxBackoff(ms(1000)).multiplier(3).build();
      assertThat(policy(c, 0.0).backoff(2)).isEqualTo(ms(300));
      assertThat(policy(c, 0.0).backoff(3)).isEqualTo(ms(900));
      assertThat(policy(c, 0.0).backoff(4)).isEqualTo(ms(1000));
      assertThat(policy(c, 0.0).backoff(Integer.MAX_VALUE)).isEqualTo(ms(1000));
      assertThat(policy(c, 1.0).backoff(50)).isEqualTo(ms(750));
    }

    @Test
    void noJitterMeansTheExactSchedule() {
      RetryConfig c = RetryConfig.builder().jitter(0).build();
      assertThat(policy(c, 0.9).backoff(1)).isEqualTo(ms(500));
      assertThat(policy(c, 0.9).backoff(2)).isEqualTo(ms(1000));
      assertThat(policy(c, 0.9).backoff(6)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void afterStatusUsesTheBackoffOfTheNextRetry() {
      RetryPolicy p = policy(DEFAULTS, 0.0);
      assertThat(p.afterStatus(0, true, 503, HttpHeaders.empty())).hasValue(ms(500));
      assertThat(p.afterStatus(1, true, 503, HttpHeaders.empty())).hasValue(ms(1000));
      assertThat(p.afterFailure(0, true, new IOException("reset"))).hasValue(ms(500));
      assertThat(p.afterFailure(1, true, new IOException("reset"))).hasValue(ms(1000));
    }
  }

  @Nested
  class RetryAfterHeaders {
    private final RetryPolicy p = policy(DEFAULTS, 0.0);

    @Test
    void retryAfterMsWinsOverRetryAfter() {
      HttpHeaders h = headers("retry-after-ms", "150", "Retry-After", "5");
      assertThat(p.retryAfter(h)).isEqualTo(ms(150));
      assertThat(p.afterStatus(0, true, 503, h)).hasValue(ms(150));
    }

    @Test
    void retryAfterSeconds() {
      assertThat(p.afterStatus(0, true, 503, headers("Retry-After", "2"))).hasValue(Duration.ofSeconds(2));
      assertThat(p.afterStatus(0, true, 429, headers("retry-after", "0"))).hasValue(Duration.ZERO);
      assertThat(p.retryAfter(headers("Retry-After", " 1.5 "))).isEqualTo(ms(1500));
    }

    @Test
    void retryAfterHttpDateIsMeasuredFromTheClock() {
      assertThat(p.afterStatus(0, true, 503, headers("Retry-After", "Wed, 01 Jan 2025 00:00:05 GMT")))
          .hasValue(Duration.ofSeconds(5));
      assertThat(p.retryAfter(headers("Retry-After", "Tue, 31 Dec 2024 23:59:00 GMT"))).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "", "-1", "NaN", "Infinity", "Wed, 32 Jan 2025 00:00:05 GMT"})
    void unreadableRetryAfterFallsBackToBackoff(String value) {
      HttpHeaders h = headers("Retry-After", value);
      assertThat(p.retryAfter(h)).isNull();
      assertThat(p.afterStatus(0, true, 503, h)).hasValue(ms(500));
    }

    @Test
    void unreadableRetryAfterMsFallsBackToRetryAfter() {
      assertThat(p.retryAfter(headers("retry-after-ms", "x", "Retry-After", "3"))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void waitAboveMaxRetryAfterStopsRetrying() {
      assertThat(p.afterStatus(0, true, 429, headers("Retry-After", "60"))).hasValue(Duration.ofSeconds(60));
      assertThat(p.afterStatus(0, true, 429, headers("Retry-After", "61"))).isEmpty();
      assertThat(p.afterStatus(0, true, 429, headers("Retry-After", "3600"))).isEmpty();
      assertThat(p.afterStatus(0, true, 503, headers("retry-after-ms", "60001"))).isEmpty();
      assertThat(p.afterStatus(0, true, 503, headers("Retry-After", "1e300"))).isEmpty();
      assertThat(p.retryAfter(headers("Retry-After", "3600"))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void maxRetryAfterIsConfigurable() {
      RetryPolicy strict = policy(RetryConfig.builder().maxRetryAfter(Duration.ofSeconds(1)).build(), 0.0);
      assertThat(strict.afterStatus(0, true, 503, headers("Retry-After", "1"))).hasValue(Duration.ofSeconds(1));
      assertThat(strict.afterStatus(0, true, 503, headers("Retry-After", "2"))).isEmpty();
    }
  }

  @Nested
  class Statuses {
    private final RetryPolicy p = policy(DEFAULTS, 0.0);

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504})
    void idempotentCallsRetryTransientStatuses(int status) {
      assertThat(p.afterStatus(0, true, status, HttpHeaders.empty())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 422})
    void clientErrorsAreNotRetried(int status) {
      assertThat(p.afterStatus(0, true, status, HttpHeaders.empty())).isEmpty();
      assertThat(p.afterStatus(0, false, status, HttpHeaders.empty())).isEmpty();
    }

    @Test
    void shouldRetryHeaderOverridesTheStatus() {
      assertThat(p.afterStatus(0, true, 503, headers("x-should-retry", "false"))).isEmpty();
      assertThat(p.afterStatus(0, true, 400, headers("x-should-retry", "true"))).hasValue(ms(500));
      assertThat(p.afterStatus(0, true, 400, headers("X-Should-Retry", "TRUE"))).isPresent();
      assertThat(p.afterStatus(0, false, 500, headers("x-should-retry", "true"))).isPresent();
      assertThat(p.afterStatus(0, true, 503, headers("x-should-retry", "maybe"))).isPresent();
      assertThat(p.afterStatus(0, true, 400, headers("x-should-retry", "maybe"))).isEmpty();
    }

    @Test
    void shouldRetryTrueStillRespectsMaxRetries() {
      assertThat(policy(1).afterStatus(1, true, 400, headers("x-should-retry", "true"))).isEmpty();
    }
  }

  @Nested
  class PostRules {
    private final RetryPolicy p = policy(DEFAULTS, 0.0);

    @Test
    void requestTimeoutIsRetried() {
      assertThat(p.afterStatus(0, false, 408, HttpHeaders.empty())).hasValue(ms(500));
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void rateLimitAndUnavailableOnlyWithRetryAfter(int status) {
      assertThat(p.afterStatus(0, false, status, HttpHeaders.empty())).isEmpty();
      assertThat(p.afterStatus(0, false, status, headers("Retry-After", "1"))).hasValue(Duration.ofSeconds(1));
      assertThat(p.afterStatus(0, false, status, headers("retry-after-ms", "20"))).hasValue(ms(20));
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void anUnreadableRetryAfterDoesNotMakeAPostSafeToRepeat(int status) {
      assertThat(p.afterStatus(0, false, status, headers("Retry-After", "soon"))).isEmpty();
      assertThat(p.afterStatus(0, false, status, headers("Retry-After", ""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {409, 500, 502, 504})
    void otherServerErrorsAreNotRetriedEvenWithRetryAfter(int status) {
      assertThat(p.afterStatus(0, false, status, HttpHeaders.empty())).isEmpty();
      assertThat(p.afterStatus(0, false, status, headers("Retry-After", "1"))).isEmpty();
    }

    @Test
    void failuresBeforeSendingAreRetried() {
      assertThat(p.afterFailure(0, false, new ConnectException("refused"))).hasValue(ms(500));
      assertThat(p.afterFailure(0, false, new UnknownHostException("api.acme.test"))).isPresent();
    }

    @Test
    void failuresAfterSendingAreNot() {
      assertThat(p.afterFailure(0, false, new SocketTimeoutException("read timed out"))).isEmpty();
      assertThat(p.afterFailure(0, false, new IOException("unexpected end of stream"))).isEmpty();
      // the same failures are retried for a GET
      assertThat(p.afterFailure(0, true, new SocketTimeoutException("read timed out"))).isPresent();
      assertThat(p.afterFailure(0, true, new IOException("unexpected end of stream"))).isPresent();
    }
  }

  @Nested
  class Bounds {
    @Test
    void maxRetriesBoundsStatusAndFailureRetries() {
      RetryPolicy p = policy(2);
      assertThat(p.afterStatus(1, true, 503, HttpHeaders.empty())).isPresent();
      assertThat(p.afterStatus(2, true, 503, HttpHeaders.empty())).isEmpty();
      assertThat(p.afterStatus(2, true, 503, headers("Retry-After", "0"))).isEmpty();
      assertThat(p.afterFailure(1, true, new ConnectException())).isPresent();
      assertThat(p.afterFailure(2, true, new ConnectException())).isEmpty();
    }

    @Test
    void zeroRetriesNeverRetries() {
      RetryPolicy p = policy(0);
      assertThat(p.afterStatus(0, true, 408, HttpHeaders.empty())).isEmpty();
      assertThat(p.afterStatus(0, true, 503, headers("Retry-After", "0"))).isEmpty();
      assertThat(p.afterFailure(0, true, new ConnectException())).isEmpty();
    }

    @Test
    void connectionErrorsCanBeSwitchedOff() {
      RetryConfig c = RetryConfig.builder().retryConnectionErrors(false).build();
      RetryPolicy p = policy(c, 0.0);
      assertThat(p.afterFailure(0, true, new ConnectException())).isEmpty();
      assertThat(p.afterStatus(0, true, 503, HttpHeaders.empty())).isEqualTo(Optional.of(ms(500)));
    }
  }

  /** The debug log explains each decision from the same rules that make it. */
  @Nested
  class StopReasons {
    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {400, 401, 404, 408, 409, 422, 429, 500, 501, 503})
    void aStatusHasAReasonExactlyWhenItIsNotRetried(int status) {
      RetryPolicy p = policy(2);
      HttpHeaders[] cases = {HttpHeaders.empty(), headers("Retry-After", "3"), headers("Retry-After", "3600"),
          headers("x-should-retry", "false"), headers("x-should-retry", "true")};
      for (HttpHeaders h : cases) {
        for (boolean idempotent : new boolean[] {true, false}) {
          for (int retries = 0; retries <= 2; retries++) {
            assertThat(p.stopAfterStatus(retries, idempotent, status, h) == null)
                .as("%d %s idempotent=%s retries=%d", status, h, idempotent, retries)
                .isEqualTo(p.afterStatus(retries, idempotent, status, h).isPresent());
          }
        }
      }
    }

    @Test
    void eachStatusRuleNamesItsOwnReason() {
      RetryPolicy p = policy(2);
      assertThat(p.stopAfterStatus(2, true, 503, HttpHeaders.empty())).isEqualTo(RetryPolicy.Stop.NO_RETRIES_LEFT);
      assertThat(p.stopAfterStatus(0, true, 400, HttpHeaders.empty())).isEqualTo(RetryPolicy.Stop.STATUS);
      assertThat(p.stopAfterStatus(0, true, 503, headers("x-should-retry", "false")))
          .isEqualTo(RetryPolicy.Stop.SERVER_SAID_NO);
      assertThat(p.stopAfterStatus(0, false, 500, HttpHeaders.empty())).isEqualTo(RetryPolicy.Stop.MAY_HAVE_ACTED);
      assertThat(p.stopAfterStatus(0, true, 429, headers("Retry-After", "3600")))
          .isEqualTo(RetryPolicy.Stop.RETRY_AFTER_ABOVE_CAP);
    }

    @Test
    void aFailureHasAReasonExactlyWhenItIsNotRetried() {
      RetryPolicy off = policy(RetryConfig.builder().retryConnectionErrors(false).build(), 0.0);
      IOException[] failures = {new ConnectException(), new SocketTimeoutException(),
          new javax.net.ssl.SSLHandshakeException("untrusted")};
      for (RetryPolicy p : new RetryPolicy[] {policy(2), off}) {
        for (IOException e : failures) {
          for (boolean idempotent : new boolean[] {true, false}) {
            for (int retries = 0; retries <= 2; retries++) {
              assertThat(p.stopAfterFailure(retries, idempotent, e) == null)
                  .isEqualTo(p.afterFailure(retries, idempotent, e).isPresent());
            }
          }
        }
      }
      assertThat(off.stopAfterFailure(0, true, new ConnectException())).isEqualTo(RetryPolicy.Stop.CONNECTION_RETRIES_OFF);
      assertThat(policy(2).stopAfterFailure(0, false, new SocketTimeoutException()))
          .isEqualTo(RetryPolicy.Stop.MAY_HAVE_ACTED);
      assertThat(policy(2).stopAfterFailure(0, true, new javax.net.ssl.SSLHandshakeException("untrusted")))
          .isEqualTo(RetryPolicy.Stop.TLS_REFUSED);
    }
  }

  @Test
  void neverSentOnlyForFailuresBeforeConnecting() {
    assertThat(RetryPolicy.neverSent(new ConnectException())).isTrue();
    assertThat(RetryPolicy.neverSent(new UnknownHostException())).isTrue();
    assertThat(RetryPolicy.neverSent(new java.net.NoRouteToHostException())).isTrue();
    assertThat(RetryPolicy.neverSent(new SocketTimeoutException())).isFalse();
    assertThat(RetryPolicy.neverSent(new IOException())).isFalse();
  }
}
