package io.modelsdk.core.internal;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.http.HttpHeaders;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of one call, through SLF4J, on one logger per concern:
 * <ul>
 *   <li>{@code io.modelsdk.http}: at DEBUG one line per attempt (vendor, method, URL, status or failure,
 *       time, attempt number, request id); at TRACE the headers of each request and response, and the
 *       bodies the SDK holds anyway (request bodies, error bodies, success bodies read whole), cut at
 *       {@value LogText#MAX_BODY_CHARS} characters. A streaming response's body is never read to be logged.
 *   <li>{@code io.modelsdk.retry}: at DEBUG one line per retry decision: the wait and why, or why not.
 * </ul>
 * Secrets never show: credential and secret headers are masked, so are query parameters named like a
 * key, and every text passes the call's {@link Redactor}. One is made per call only once a logger is
 * on, and each caller checks the level first, so that with logging off no line is built.
 */
final class CallLog {
  /** Attempts at DEBUG; their headers and bodies at TRACE. */
  static final Logger HTTP = LoggerFactory.getLogger("io.modelsdk.http");
  /** Retry decisions at DEBUG. */
  static final Logger RETRY = LoggerFactory.getLogger("io.modelsdk.retry");

  private final String call;
  private final Redactor redactor;
  private final Set<String> credentials;
  private final Set<String> hidden = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  /** The log of one call of {@code transport}, masking what {@code redactor} knows. */
  CallLog(Transport transport, Request request, Redactor redactor) {
    this.redactor = redactor;
    this.call = transport.vendor().name() + " " + request.method() + " " + LogText.url(request.url(), redactor);
    this.credentials = transport.vendor().credentialHeaders(transport.options().apiKey()).keySet();
    hidden.addAll(credentials);
    hidden.addAll(transport.options().secretHeaders());
  }

  /** TRACE: the headers and body an attempt sends; credentials, added on the way out, show masked. */
  void sent(int attempt, Request request) {
    if (!HTTP.isTraceEnabled()) {
      return;
    }
    Map<String, List<String>> shown = new LinkedHashMap<>();
    for (String name : request.headers().names()) {
      shown.put(name, request.headers(name));
    }
    RequestBody body = request.body();
    if (body != null && body.contentType() != null) {
      shown.put("Content-Type", Collections.singletonList(body.contentType().toString()));
    }
    for (String name : credentials) {
      shown.put(name, Collections.singletonList(""));
    }
    HTTP.trace("{}: attempt {} request headers {}", call, attempt, LogText.headers(shown, hidden, redactor));
    if (body != null) {
      try {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        if (buffer.size() > 0) {
          HTTP.trace("{}: attempt {} request body {}", call, attempt, LogText.body(buffer.readByteArray(), redactor));
        }
      } catch (IOException e) {
        HTTP.trace("{}: attempt {} request body not logged: {}", call, attempt, e.getClass().getSimpleName());
      }
    }
  }

  /** DEBUG: the status an attempt got, how long it took, its request id; TRACE: the response headers. */
  void answered(int attempt, int status, HttpHeaders headers, String requestId, long startNanos) {
    if (HTTP.isDebugEnabled()) {
      HTTP.debug("{}: attempt {} answered {} in {} ms{}", call, attempt, status, millisSince(startNanos),
          requestId == null ? "" : ", request id " + redactor.redact(requestId));
    }
    if (HTTP.isTraceEnabled()) {
      HTTP.trace("{}: attempt {} response headers {}", call, attempt, LogText.headers(headers.map(), hidden, redactor));
    }
  }

  /** DEBUG: an attempt that got no answer, or whose answer broke off. */
  void failed(int attempt, IOException e, long startNanos) {
    if (HTTP.isDebugEnabled()) {
      HTTP.debug("{}: attempt {} failed in {} ms: {}: {}", call, attempt, millisSince(startNanos),
          e.getClass().getSimpleName(), redactor.redact(String.valueOf(e.getMessage())));
    }
  }

  /** TRACE: a response body the SDK read: an error body, or a success body read whole. */
  void body(int attempt, byte[] body) {
    if (HTTP.isTraceEnabled()) {
      HTTP.trace("{}: attempt {} response body {}", call, attempt, LogText.body(body, redactor));
    }
  }

  /** TRACE: the body of a success, if the SDK read it; a streaming response's is left to its reader. */
  void result(int attempt, Object value) {
    if (value instanceof DefaultRawResponse) {
      body(attempt, ((DefaultRawResponse<?>) value).bytes());
    } else if (HTTP.isTraceEnabled()) {
      HTTP.trace("{}: attempt {} response body not logged: a streaming response leaves it to the caller",
          call, attempt);
    }
  }

  /** DEBUG: the call tries again after {@code wait}; {@code attempt} is the one that failed. */
  void retrying(int attempt, Duration wait, RuntimeException cause, RetryPolicy policy) {
    if (!RETRY.isDebugEnabled()) {
      return;
    }
    String source = cause instanceof ApiException && policy.retryAfter(((ApiException) cause).headers()) != null
        ? "the server's Retry-After" : "backoff";
    RETRY.debug("{}: retrying after {} in {} ms ({}); attempt {} of {} next", call, what(cause), wait.toMillis(),
        source, attempt + 1, policy.maxRetries() + 1);
  }

  /**
   * DEBUG: the call ends with {@code cause} because of the policy's rule {@code stop}, or, where
   * {@code stop} is null, because the vendor never retries that error.
   */
  void notRetrying(int attempt, RuntimeException cause, RetryPolicy policy, RetryPolicy.Stop stop) {
    if (!RETRY.isDebugEnabled()) {
      return;
    }
    String why = stop == null ? "the vendor never retries this error"
        : stop == RetryPolicy.Stop.NO_RETRIES_LEFT
            ? stop.reason + " (" + attempt + " of " + (policy.maxRetries() + 1) + " attempts made)"
            : stop.reason;
    RETRY.debug("{}: not retrying after {} on attempt {}: {}", call, what(cause), attempt, why);
  }

  /** DEBUG: the call ends because its deadline leaves no time for another attempt. */
  void deadline(int attempts, Duration deadline) {
    if (RETRY.isDebugEnabled()) {
      RETRY.debug("{}: not retrying after attempt {}: the call's deadline of {} leaves no time for another",
          call, attempts, deadline);
    }
  }

  /** A status, or the simple name of the failure that ended an attempt. */
  private static String what(RuntimeException cause) {
    if (cause instanceof ApiException) {
      return String.valueOf(((ApiException) cause).statusCode());
    }
    return (cause.getCause() instanceof IOException ? cause.getCause() : cause).getClass().getSimpleName();
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
