package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.fake.FakeClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code RuntimeException} thrown inside OkHttp or an interceptor (here one of the user's own) reaches
 * the caller as an {@code SdkException} with its attempt count, in both modes alike, never raw.
 */
class InterceptorFailureTest extends ReliabilityTestBase {
  private final AtomicInteger intercepted = new AtomicInteger();
  /** OkHttp rethrows the exception on its thread once the async call has failed: kept out of the log. */
  private final ExecutorService quietThreads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "user-dispatcher");
    t.setDaemon(true);
    t.setUncaughtExceptionHandler((thread, e) -> { });
    return t;
  });
  private final OkHttpClient user = new OkHttpClient.Builder()
      .dispatcher(new Dispatcher(quietThreads))
      .addInterceptor(chain -> {
        intercepted.incrementAndGet();
        throw new IllegalStateException("interceptor bug");
      })
      .build();

  @AfterEach
  void shutDownTheUsersClient() {
    user.dispatcher().executorService().shutdown();
    user.connectionPool().evictAll();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anInterceptorThatThrowsFailsTheCallWithAnSdkException(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(ok()));
    FakeClient client = client(b -> b.httpClient(user));

    Throwable t = catchThrowable(() -> mode.retrieve(client, "m1"));

    assertThat(t).isInstanceOf(ApiConnectionException.class)
        .hasMessageContaining("GET /models/m1")
        .hasMessageContaining("IllegalStateException: interceptor bug")
        .hasMessageContaining("after 3 attempts");
    assertThat(((ApiConnectionException) t).attempts()).isEqualTo(3);
    assertThat(intercepted).hasValue(3);
    assertThat(requests()).isZero();
  }
}
