package io.modelsdk.core;

import io.modelsdk.core.http.HttpHeaders;
import java.time.Duration;

/**
 * Observes the HTTP calls a client makes, for metrics, tracing or logging without wrapping the SDK.
 * Set one per client with {@link ClientBuilder#listener(CallListener)}; every method has an empty
 * default, so implement only what you need.
 *
 * <p>For one call (a retrieve, one page of a list) the order is: {@link #requestStart} for each attempt,
 * then {@link #response} when that attempt got an answer of any status; {@link #retry} when the attempt
 * failed and another will follow after a wait; and exactly one of {@link #success} or {@link #failure}
 * at the end. A call refused before any I/O (a blank id, an operation the vendor lacks) reports nothing.
 * A retrieve that lists (Atoma) or falls back to listing (ChoreoAI) reports each HTTP call it makes, the
 * fallback's 404 included. A streaming response succeeds when its headers arrive, before its body is
 * read. An async call its caller cancels fails with a {@link java.util.concurrent.CancellationException}.
 *
 * <pre>{@code
 * OpenAiClient client = OpenAiClient.builder().fromEnv()
 *     .listener(new CallListener() {
 *       public void success(CallEvent call, Duration total) {
 *         metrics.timer("models." + call.operation().wireName()).record(total);
 *       }
 *       public void retry(CallEvent call, Duration wait, RuntimeException cause) {
 *         metrics.counter("models.retries").increment();
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Methods run on the thread doing the work: the caller's for sync calls, OkHttp's or the backoff
 * timer's for async ones. Keep them quick and thread-safe. An exception a listener throws is caught and
 * dropped, so a broken listener never breaks a call. Events carry no credentials: the URL holds none, and
 * exceptions' messages are already redacted.
 */
public interface CallListener {
  /** A listener that does nothing, the default. */
  CallListener NONE = new CallListener() {};

  /** An attempt is about to be sent; {@link CallEvent#attempt()} counts from 1. */
  default void requestStart(CallEvent call) {}

  /** An attempt got a response, successful or not, after {@code attemptTime}. */
  default void response(CallEvent call, int statusCode, HttpHeaders headers, Duration attemptTime) {}

  /** The attempt failed with {@code cause} and the call will try again after {@code wait}. */
  default void retry(CallEvent call, Duration wait, RuntimeException cause) {}

  /**
   * The call got a successful (2xx) response; {@code total} spans every attempt and wait since the first
   * request started. The body is parsed after this, lazily: a body that does not parse reaches the caller
   * as a {@link io.modelsdk.core.errors.ResponseParseException}, not this listener.
   */
  default void success(CallEvent call, Duration total) {}

  /** The call failed for good with {@code error}, the exception its caller sees. */
  default void failure(CallEvent call, RuntimeException error, Duration total) {}
}
