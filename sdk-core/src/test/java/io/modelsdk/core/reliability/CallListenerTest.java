package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import io.modelsdk.core.CallEvent;
import io.modelsdk.core.CallListener;
import io.modelsdk.core.Operation;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a client's {@link CallListener} hears, in which order, with which timings and failures. */
class CallListenerTest extends ReliabilityTestBase {
  /** Writes each event as one line, so a test reads the whole story at once. */
  static final class Recorder implements CallListener {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<CallEvent> events = new CopyOnWriteArrayList<>();
    final List<Duration> durations = new CopyOnWriteArrayList<>();
    final List<RuntimeException> errors = new CopyOnWriteArrayList<>();

    @Override
    public void requestStart(CallEvent call) {
      events.add(call);
      lines.add("start " + call.attempt());
    }

    @Override
    public void response(CallEvent call, int statusCode, HttpHeaders headers, Duration attemptTime) {
      durations.add(attemptTime);
      lines.add("response " + statusCode + " " + headers.firstValue("x-request-id").orElse("-"));
    }

    @Override
    public void retry(CallEvent call, Duration wait, RuntimeException cause) {
      lines.add("retry after attempt " + call.attempt() + " " + cause.getClass().getSimpleName());
    }

    @Override
    public void success(CallEvent call, Duration total) {
      durations.add(total);
      lines.add("success after " + call.attempt());
    }

    @Override
    public void failure(CallEvent call, RuntimeException error, Duration total) {
      durations.add(total);
      errors.add(error);
      lines.add("failure " + error.getClass().getSimpleName());
    }
  }

  private final Recorder recorder = new Recorder();

  private FakeClient listened() {
    return client(b -> b.listener(recorder));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retriedCallReportsEachAttemptItsResponseTheRetriesAndOneSuccess(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1, error(503).withHeader("x-request-id", "req_1"), error(500),
        ok().withHeader("x-request-id", "req_3"));

    assertThat(mode.retrieve(listened(), "m1").id()).isEqualTo("m1");

    assertThat(recorder.lines).containsExactly(
        "start 1", "response 503 req_1", "retry after attempt 1 InternalServerException",
        "start 2", "response 500 -", "retry after attempt 2 InternalServerException",
        "start 3", "response 200 req_3", "success after 3");
    CallEvent first = recorder.events.get(0);
    assertThat(first.vendor()).isEqualTo("acme");
    assertThat(first.operation()).isEqualTo(Operation.RETRIEVE);
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.url()).isEqualTo(SERVER.baseUrl() + "/models/m1");
    assertThat(recorder.durations).allSatisfy(d -> assertThat(d).isPositive());
    Duration total = recorder.durations.get(recorder.durations.size() - 1);
    assertThat(total).isGreaterThanOrEqualTo(recorder.durations.get(2));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void failureReportsTheExceptionTheCallerGets(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(error(404)));

    Throwable thrown = catchThrowable(() -> mode.retrieve(listened(), "m1"));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(recorder.lines).containsExactly("start 1", "response 404 -", "failure NotFoundException");
    assertThat(recorder.errors).containsExactly((RuntimeException) thrown);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void brokenConnectionsAreRetriesWithoutAResponse(Mode mode) {
    SERVER.stubFor(retrieveM1().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> mode.retrieve(listened(), "m1")).isInstanceOf(ApiConnectionException.class);

    assertThat(recorder.lines).containsExactly(
        "start 1", "retry after attempt 1 ApiConnectionException",
        "start 2", "retry after attempt 2 ApiConnectionException",
        "start 3", "failure ApiConnectionException");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listenerThatThrowsDoesNotBreakTheCall(Mode mode) {
    stubSequence(ReliabilityTestBase::retrieveM1, error(503), ok());
    CallListener broken = new CallListener() {
      @Override
      public void requestStart(CallEvent call) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void retry(CallEvent call, Duration wait, RuntimeException cause) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void success(CallEvent call, Duration total) {
        throw new IllegalStateException("listener bug");
      }
    };

    FakeModel model = mode.retrieve(client(b -> b.listener(broken)), "m1");

    assertThat(model.id()).isEqualTo("m1");
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void callRefusedBeforeAnyIoReportsNothing() {
    FakeClient client = listened();

    assertThatThrownBy(() -> client.models().retrieve(" ")).isInstanceOf(IllegalArgumentException.class);

    assertThat(recorder.lines).isEmpty();
  }

  @Test
  void cancelledAsyncCallEndsInOneFailure() throws Exception {
    SERVER.stubFor(retrieveM1().willReturn(ok().withFixedDelay(5_000)));
    FakeClient client = listened();

    CompletableFuture<FakeModel> future = client.asyncModels().retrieve("m1");
    assertThat(Poll.until(() -> !recorder.lines.isEmpty(), 5_000)).isTrue();
    future.cancel(true);

    assertThat(Poll.until(() -> http(client).dispatcher().runningCallsCount() == 0, 5_000)).isTrue();
    assertThat(recorder.lines).containsExactly("start 1", "failure CancellationException");
    assertThat(recorder.errors.get(0)).isInstanceOf(CancellationException.class);
  }

  @Test
  void listenerIsRequired() {
    assertThatThrownBy(() -> FakeClient.builder().listener(null))
        .isInstanceOf(NullPointerException.class).hasMessage("listener == null");
  }
}
