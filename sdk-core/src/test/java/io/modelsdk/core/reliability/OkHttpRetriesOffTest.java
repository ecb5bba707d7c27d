package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.fake.FakeClient;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * B5: OkHttp retries nothing on its own (it would repeat a 408, and a 503 with {@code Retry-After: 0}
 * even with retryOnConnectionFailure off); every attempt is the SDK's and is counted.
 */
class OkHttpRetriesOffTest extends ReliabilityTestBase {
  @ParameterizedTest
  @EnumSource(Mode.class)
  void requestTimeoutReachesTheServerOnce(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(error(408)));
    FakeClient client = client(b -> b.maxRetries(0));

    ApiException e = catchThrowableOfType(ApiException.class, () -> mode.retrieve(client, "m1"));

    assertThat(e.statusCode()).isEqualTo(408);
    assertThat(requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unavailableWithRetryAfterZeroReachesTheServerOnce(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(error(503).withHeader("Retry-After", "0")));
    FakeClient client = client(b -> b.maxRetries(0));

    ApiException e = catchThrowableOfType(ApiException.class, () -> mode.retrieve(client, "m1"));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(requests()).isEqualTo(1);
    // the caller sees the headers the server sent
    assertThat(e.headers().allValues("Retry-After")).containsExactly("0");
    assertThat(e.headers().map().keySet()).allSatisfy(name -> assertThat(name).doesNotContainIgnoringCase("held"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createGettingUnavailableWithRetryAfterZeroIsSentOncePerSdkAttempt(Mode mode) {
    SERVER.stubFor(createModel().willReturn(error(503).withHeader("Retry-After", "0")));
    FakeClient client = client(b -> b.maxRetries(2));

    ApiException e = catchThrowableOfType(ApiException.class, () -> mode.create(client, "mine"));

    assertThat(e.attempts()).isEqualTo(3);
    assertThat(requests()).isEqualTo(3);
  }

  /** A user's OkHttpClient with OkHttp's retries on gets them switched off too. */
  @ParameterizedTest
  @ValueSource(ints = {408, 503})
  void userSuppliedClientGetsOkHttpRetriesOff(int status) {
    SERVER.stubFor(retrieveM1().willReturn(error(status).withHeader("Retry-After", "0")));
    OkHttpClient user = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    try {
      FakeClient client = client(b -> b.httpClient(user).maxRetries(0));

      catchThrowableOfType(ApiException.class, () -> client.models().retrieve("m1"));

      assertThat(requests()).isEqualTo(1);
      Leaks.assertNoneIn(user);
    } finally {
      user.dispatcher().executorService().shutdown();
      user.connectionPool().evictAll();
    }
  }
}
