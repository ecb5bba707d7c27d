package io.modelsdk.core.internal;

import io.modelsdk.core.RequestOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * One call's settings: the client's options with the call's {@link RequestOptions} laid over them. This
 * is the one place the two are merged (headers and query in {@link Transport#prepare}, the rest here);
 * the call reads nothing else.
 */
final class CallSettings {
  final Request request;
  final OkHttpClient http;
  final RetryPolicy policy;
  final Duration attemptTimeout;
  final Clock clock;
  /** The overall deadline across attempts, as configured, or null. */
  final Duration deadlineAfter;
  /** When the deadline passes, or null. */
  final Instant deadline;
  final long maxResponseBytes;

  CallSettings(Request request, OkHttpClient http, ClientOptions client, RequestOptions call) {
    this.request = request;
    this.http = http;
    this.clock = client.clock();
    this.policy = new RetryPolicy(client.retry(), call.maxRetries().orElse(client.retry().maxRetries()), clock);
    this.attemptTimeout = call.timeout().orElse(client.timeout());
    this.deadlineAfter = client.retry().deadline().orElse(null);
    this.deadline = deadlineAfter == null ? null : clock.instant().plus(deadlineAfter);
    this.maxResponseBytes = client.maxResponseBytes();
  }
}
