package io.modelsdk.core.internal;

import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.ApiTimeoutException;
import io.modelsdk.core.errors.SdkException;
import io.modelsdk.core.spi.Endpoint;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.ResponseData;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Response;

/**
 * The state of one call across its attempts, and the one place that decides what an attempt's answer
 * means: success, retry after a wait, or failure. The sync loop and the async callbacks both drive it.
 *
 * @param <R> what a success turns into (a raw response, a streaming response)
 */
final class Exchange<R> {
  private static final long MAX_ERROR_BODY = 1024 * 1024;

  /**
   * Turns a 2xx response into the call's result; may keep the response open (streaming).
   * {@code requestId} is null where the vendor sends none.
   */
  interface SuccessHandler<R> {
    R onSuccess(Response response, HttpHeaders headers, String requestId, int retries, Duration elapsed)
        throws IOException;
  }

  private final Transport transport;
  private final Endpoint<?, ?> endpoint;
  private final CallSettings settings;
  private final SuccessHandler<R> handler;
  private final long startNanos = System.nanoTime();
  private final Listening listening;
  /** The client's redactor, plus the secrets this call's request marked. */
  private final Redactor redactor;
  private int attempts;
  private long attemptStartNanos;
  /** Made on first use, which only a log line that is on makes. */
  private CallLog log;

  <P> Exchange(Transport transport, Endpoint<P, ?> endpoint, P params, RequestOptions options,
      SuccessHandler<R> handler) {
    this.transport = transport;
    this.endpoint = endpoint;
    this.settings = transport.prepare(endpoint, params, options); // checks input before any I/O
    this.handler = handler;
    this.listening = Listening.of(transport.options().listener(), transport.vendor().name(), endpoint,
        settings.request);
    Redactor own = settings.request.tag(Redactor.class);
    this.redactor = own != null ? own : transport.redactor();
  }

  /** This call's log; call only behind a level check (see {@link CallLog}). */
  private CallLog log() {
    if (log == null) {
      log = new CallLog(transport, settings.request, redactor);
    }
    return log;
  }

  /**
   * What an attempt's answer means: a value, or a failure; with a failure, {@code retryAfter} is set
   * when the call should try again after that wait instead of failing.
   */
  static final class Outcome<R> {
    final R value;
    final Duration retryAfter;
    final RuntimeException failure;

    private Outcome(R value, Duration retryAfter, RuntimeException failure) {
      this.value = value;
      this.retryAfter = retryAfter;
      this.failure = failure;
    }
  }

  /** Starts the next attempt's call, its timeout bounded by the deadline; null if time is up. */
  Call newCall() {
    Duration timeout = settings.attemptTimeout;
    if (settings.deadline != null) {
      Duration left = Duration.between(settings.clock.instant(), settings.deadline);
      if (left.isNegative() || left.isZero()) {
        return null;
      }
      timeout = left.compareTo(timeout) < 0 ? left : timeout;
    }
    attempts++;
    Call call = settings.http.newCall(settings.request);
    call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    listening.requestStart(attempts);
    attemptStartNanos = System.nanoTime();
    if (CallLog.HTTP.isTraceEnabled()) {
      log().sent(attempts, settings.request);
    }
    return call;
  }

  /** The failure for a call whose deadline passed before another attempt could start. */
  RuntimeException deadlineExceeded(RuntimeException last) {
    if (CallLog.RETRY.isDebugEnabled()) {
      log().deadline(attempts, settings.deadlineAfter);
    }
    if (last != null) {
      last.addSuppressed(new ApiTimeoutException("the call's deadline of "
          + settings.deadlineAfter + " left no time for another attempt",
          null, attempts, false));
      return last;
    }
    return new ApiTimeoutException(transport.vendor().name() + " call exceeded its deadline of "
        + settings.deadlineAfter + " after " + attempts + " attempts",
        null, attempts, false);
  }

  /** Handles a response; closes it unless the handler keeps it. */
  Outcome<R> onResponse(Response response) {
    HttpHeaders headers = headers(response.headers());
    int status = response.code();
    listening.response(status, headers);
    if (CallLog.HTTP.isDebugEnabled()) {
      log().answered(attempts, status, headers, requestId(headers), attemptStartNanos);
    }
    if (response.isSuccessful()) {
      boolean keep = false;
      try {
        R value = handler.onSuccess(response, headers, requestId(headers), retries(), elapsed());
        keep = true;
        if (CallLog.HTTP.isTraceEnabled()) {
          log().result(attempts, value);
        }
        return new Outcome<>(value, null, null);
      } catch (IOException e) {
        return onFailure(e);
      } catch (RuntimeException e) {
        return new Outcome<>(null, null, e);
      } finally {
        if (!keep) {
          response.close();
        }
      }
    }
    byte[] body;
    try {
      body = BodyReader.read(response.body(), Math.min(MAX_ERROR_BODY, settings.maxResponseBytes));
    } catch (IOException | SdkException e) {
      body = new byte[0]; // the status matters more than a body we could not read
    } finally {
      response.close();
    }
    if (CallLog.HTTP.isTraceEnabled()) {
      log().body(attempts, body);
    }
    ApiException error = ErrorMapper.map(transport.vendor(), new ResponseData(status, headers, body),
        attempts, settings.policy.retryAfter(headers), redactor);
    boolean vendorFinal = transport.vendor().isFinal(error);
    Optional<Duration> wait = vendorFinal
        ? Optional.empty()
        : settings.policy.afterStatus(retries(), endpoint.idempotent(), status, headers);
    if (!wait.isPresent() && CallLog.RETRY.isDebugEnabled()) {
      log().notRetrying(attempts, error, settings.policy,
          vendorFinal ? null : settings.policy.stopAfterStatus(retries(), endpoint.idempotent(), status, headers));
    }
    return new Outcome<>(null, wait.orElse(null), error);
  }

  /**
   * The response headers as {@code Headers.toMultimap()} gives them (names lower-cased, values in
   * order), without its list per name that {@link HttpHeaders#of} would copy again.
   */
  private static HttpHeaders headers(Headers headers) {
    Map<String, List<String>> byName = new TreeMap<>();
    for (int i = 0, n = headers.size(); i < n; i++) {
      String name = headers.name(i).toLowerCase(Locale.US);
      String value = headers.value(i);
      List<String> seen = byName.get(name);
      if (seen == null) {
        byName.put(name, Collections.singletonList(value));
      } else {
        List<String> more = new ArrayList<>(seen);
        more.add(value);
        byName.put(name, more);
      }
    }
    return HttpHeaders.of(byName);
  }

  /** Handles an I/O failure of an attempt. */
  Outcome<R> onFailure(IOException e) {
    if (CallLog.HTTP.isDebugEnabled()) {
      log().failed(attempts, e, attemptStartNanos);
    }
    Optional<Duration> wait = settings.policy.afterFailure(retries(), endpoint.idempotent(), e);
    RuntimeException failure = connectionFailure(e);
    if (!wait.isPresent() && CallLog.RETRY.isDebugEnabled()) {
      log().notRetrying(attempts, failure, settings.policy,
          settings.policy.stopAfterFailure(retries(), endpoint.idempotent(), e));
    }
    return new Outcome<>(null, wait.orElse(null), failure);
  }

  /** The call's result, once the listener has heard of it. */
  R succeeded(R value) {
    listening.success(startNanos);
    return value;
  }

  /** The call's failure for good, once the listener has heard of it. */
  RuntimeException failed(RuntimeException error) {
    listening.failure(error, startNanos);
    return error;
  }

  /** Tells the listener that the call will try again after {@code wait}. */
  void retrying(Duration wait, RuntimeException cause) {
    listening.retry(wait, cause);
    if (CallLog.RETRY.isDebugEnabled()) {
      log().retrying(attempts, wait, cause, settings.policy);
    }
  }

  /** Whether another attempt may start after {@code wait} without passing the deadline. */
  boolean fitsDeadline(Duration wait) {
    return settings.deadline == null || settings.clock.instant().plus(wait).isBefore(settings.deadline);
  }

  RuntimeException connectionFailure(IOException e) {
    String reason = redactor.redact(String.valueOf(e.getMessage()));
    if (e instanceof InterruptedIOException) {
      return new ApiTimeoutException(what() + " timed out (" + reason + ")" + tail(e), e, attempts, outcomeUnknown(e));
    }
    return new ApiConnectionException(what() + " failed: " + e.getClass().getSimpleName() + ": " + reason + tail(e),
        e, attempts, outcomeUnknown(e));
  }

  /** The failure for an attempt that ended because the calling thread was interrupted: never retried. */
  RuntimeException interrupted(IOException e) {
    return new ApiConnectionException(what() + " was interrupted" + tail(e), e, attempts, outcomeUnknown(e));
  }

  private boolean outcomeUnknown(IOException e) {
    return !endpoint.safe() && !RetryPolicy.neverSent(e);
  }

  private String what() {
    return transport.vendor().name() + " " + endpoint.method() + " " + settings.request.url().encodedPath();
  }

  private String tail(IOException e) {
    return " after " + attempts + (attempts == 1 ? " attempt" : " attempts")
        + (outcomeUnknown(e) ? "; the server may have acted on the request (outcome unknown)" : "");
  }

  int retries() {
    return Math.max(0, attempts - 1);
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /** Waits between attempts. */
  io.modelsdk.core.Sleeper sleeper() {
    return transport.options().sleeper();
  }

  /** Where async results are delivered. */
  java.util.concurrent.Executor callbackExecutor() {
    return transport.callbackExecutor();
  }

  /** The client's transport, which ends an async call still in flight when the client closes. */
  Transport transport() {
    return transport;
  }

  /** The failure of a call still in flight when its client was closed. */
  RuntimeException clientClosed() {
    int made = attempts;
    boolean unknown = made > 0 && !endpoint.safe();
    return new ApiConnectionException(transport.closedMessage() + "; " + what() + " was abandoned after " + made
        + (made == 1 ? " attempt" : " attempts")
        + (unknown ? "; the server may have acted on the request (outcome unknown)" : ""), null, made, unknown);
  }

  /** The request id of a response, if the vendor has a request-id header. */
  private String requestId(HttpHeaders headers) {
    String name = transport.vendor().requestIdHeader();
    return name == null ? null : headers.firstValue(name).orElse(null);
  }
}
