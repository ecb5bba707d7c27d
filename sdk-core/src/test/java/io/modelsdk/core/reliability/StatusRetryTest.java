package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.BadRequestException;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.PermissionDeniedException;
import io.modelsdk.core.errors.RateLimitException;
import io.modelsdk.core.errors.UnprocessableEntityException;
import io.modelsdk.core.fake.FakeClient;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which statuses are retried, how often, with which waits, and what the caller gets in the end. */
class StatusRetryTest extends ReliabilityTestBase {
  /** A1. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void succeedsAfterTwoUnavailableAnswersWithJitteredExponentialWaits(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1, error(503), error(503), ok());

    assertThat(mode.retrieve(client(), "m1").id()).isEqualTo("m1");

    assertThat(requests()).isEqualTo(3);
    List<Duration> sleeps = sleeper.sleeps();
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
  }

  /** A2. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void persistentServerErrorFailsAfterThreeAttemptsWithTheLastRequestId(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1,
        error(500).withHeader("x-request-id", "req_1"),
        error(500).withHeader("x-request-id", "req_2"),
        error(500).withHeader("x-request-id", "req_3"));
    FakeClient client = client();

    InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> mode.retrieve(client, "m1"));

    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.requestId()).hasValue("req_3");
    assertThat(e.vendorMessage()).hasValue("boom");
    assertThat(e.getMessage()).doesNotContain(KEY);
    assertThat(requests()).isEqualTo(3);
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  static Stream<Arguments> clientErrors() {
    Object[][] cases = {
        {400, BadRequestException.class}, {401, AuthenticationException.class},
        {403, PermissionDeniedException.class}, {404, NotFoundException.class},
        {422, UnprocessableEntityException.class}};
    return Stream.of(Mode.values()).flatMap(m -> Stream.of(cases).map(c -> Arguments.of(m, c[0], c[1])));
  }

  /** A3. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("clientErrors")
  void clientErrorsAreNotRetried(Mode mode, int status, Class<? extends ApiException> type) {
    SERVER.stubFor(retrieveM1().willReturn(error(status)));
    FakeClient client = client();

    ApiException e = catchThrowableOfType(ApiException.class, () -> mode.retrieve(client, "m1"));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(requests()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  /** A5. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterAboveTheCapFailsAtOnceAndTellsTheWait(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(error(429).withHeader("Retry-After", "3600")));
    FakeClient client = client();

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> mode.retrieve(client, "m1"));

    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3600));
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(requests()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  /** A6. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void shouldRetryFalseStopsARetryableStatus(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(error(503).withHeader("x-should-retry", "false")));
    FakeClient client = client();

    InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> mode.retrieve(client, "m1"));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(requests()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  /** A6. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void shouldRetryTrueRetriesABadRequest(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1, error(400).withHeader("x-should-retry", "true"), error(400));
    FakeClient client = client();

    BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> mode.retrieve(client, "m1"));

    assertThat(e.attempts()).isEqualTo(2);
    assertThat(requests()).isEqualTo(2);
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  /** A7. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void fiveUnavailableAnswersWithFiveRetriesReachTheEightSecondCap(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1, error(503), error(503), error(503), error(503), error(503), ok());

    assertThat(mode.retrieve(client(b -> b.maxRetries(5)), "m1").id()).isEqualTo("m1");

    assertThat(requests()).isEqualTo(6);
    List<Duration> sleeps = sleeper.sleeps();
    assertThat(sleeps).hasSize(5);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(1500), Duration.ofMillis(2000));
    assertThat(sleeps.get(3)).isBetween(Duration.ofMillis(3000), Duration.ofMillis(4000));
    assertThat(sleeps.get(4)).isBetween(Duration.ofSeconds(6), Duration.ofSeconds(8));
  }

  /** A7: past the cap the wait stops growing (16 s, 32 s uncapped). */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void waitsPastTheCapStayAtTheCap(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(error(503)));
    FakeClient client = client(b -> b.maxRetries(7));

    InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> mode.retrieve(client, "m1"));

    assertThat(e.attempts()).isEqualTo(8);
    assertThat(requests()).isEqualTo(8);
    List<Duration> sleeps = sleeper.sleeps();
    assertThat(sleeps).hasSize(7);
    assertThat(sleeps.subList(4, 7)).allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(6), Duration.ofSeconds(8)));
  }

  /** A9. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void perRequestMaxRetriesZeroOverridesTheClient(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(error(503)));
    FakeClient client = client(b -> b.maxRetries(5));

    InternalServerException e = catchThrowableOfType(InternalServerException.class,
        () -> mode.retrieve(client, "m1", RequestOptions.builder().maxRetries(0).build()));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(requests()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  /** A9, the other way round: a call may retry although the client does not. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void perRequestMaxRetriesRaisesTheClients(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(error(503)));
    FakeClient client = client(b -> b.maxRetries(0));

    InternalServerException e = catchThrowableOfType(InternalServerException.class,
        () -> mode.retrieve(client, "m1", RequestOptions.builder().maxRetries(1).build()));

    assertThat(e.attempts()).isEqualTo(2);
    assertThat(requests()).isEqualTo(2);
  }

  /** A vendor's final errors are never retried, whatever their status or {@code x-should-retry}. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void aVendorsFinalErrorIsNotRetried(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1, error(501).withHeader("x-should-retry", "true"), ok());
    FakeClient client = track(FakeClient.builder(FakeClient.PROFILE.withFinalErrors(e -> e.statusCode() == 501))
        .apiKey(KEY).baseUrl(SERVER.baseUrl()).sleeper(sleeper).build());

    InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> mode.retrieve(client, "m1"));

    assertThat(e.statusCode()).isEqualTo(501);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(requests()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  /** The same status is retried for a vendor that does not mark it final. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void theSameStatusIsRetriedWhereNotFinal(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1, error(501), ok());

    assertThat(mode.retrieve(client(), "m1").id()).isEqualTo("m1");
    assertThat(requests()).isEqualTo(2);
  }
}
