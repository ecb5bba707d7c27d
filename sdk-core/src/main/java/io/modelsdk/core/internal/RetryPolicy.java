package io.modelsdk.core.internal;

import io.modelsdk.core.RetryConfig;
import io.modelsdk.core.http.HttpHeaders;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Decides whether a failed attempt is retried and how long to wait first. Pure: no I/O, time comes
 * from the injected clock, chance from the injected random source.
 */
public final class RetryPolicy {
  private final RetryConfig config;
  private final int maxRetries;
  private final Clock clock;
  private final DoubleSupplier random;

  /** A policy for one call; {@code maxRetries} may override the configuration's. */
  public RetryPolicy(RetryConfig config, int maxRetries, Clock clock) {
    this(config, maxRetries, clock, () -> ThreadLocalRandom.current().nextDouble());
  }

  RetryPolicy(RetryConfig config, int maxRetries, Clock clock, DoubleSupplier random) {
    this.config = config;
    this.maxRetries = maxRetries;
    this.clock = clock;
    this.random = random;
  }

  /**
   * The wait before retrying after an HTTP error, or empty to stop.
   *
   * @param retriesSoFar retries already taken by this call
   */
  public Optional<Duration> afterStatus(int retriesSoFar, boolean idempotent, int status, HttpHeaders headers) {
    if (retriesSoFar >= maxRetries || !shouldRetry(idempotent, status, headers)) {
      return Optional.empty();
    }
    Duration asked = retryAfter(headers);
    if (asked != null) {
      return asked.compareTo(config.maxRetryAfter()) > 0 ? Optional.empty() : Optional.of(asked);
    }
    return Optional.of(backoff(retriesSoFar + 1));
  }

  /** The wait before retrying after an I/O failure, or empty to stop. A refused TLS handshake is final. */
  public Optional<Duration> afterFailure(int retriesSoFar, boolean idempotent, IOException failure) {
    if (retriesSoFar >= maxRetries || !config.retryConnectionErrors() || tlsRefused(failure)) {
      return Optional.empty();
    }
    if (!idempotent && !neverSent(failure)) {
      return Optional.empty();
    }
    return Optional.of(backoff(retriesSoFar + 1));
  }

  /**
   * True for a TLS failure that a retry cannot fix: an untrusted certificate or a protocol mismatch
   * ({@link SSLHandshakeException}), or a certificate for another host ({@link SSLPeerUnverifiedException}).
   */
  public static boolean tlsRefused(IOException failure) {
    return failure instanceof SSLHandshakeException || failure instanceof SSLPeerUnverifiedException;
  }

  /** True if the failure happened before any byte of the request could have reached the server. */
  public static boolean neverSent(IOException failure) {
    return failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException;
  }

  private boolean shouldRetry(boolean idempotent, int status, HttpHeaders headers) {
    Optional<String> override = headers.firstValue("x-should-retry");
    if (override.isPresent()) {
      if (override.get().equalsIgnoreCase("true")) {
        return true;
      }
      if (override.get().equalsIgnoreCase("false")) {
        return false;
      }
    }
    if (status == 408) {
      return true; // the server says it did not act
    }
    if (!idempotent) {
      // A create may have been carried out; retry only when the server says when to come back.
      return (status == 429 || status == 503) && retryAfter(headers) != null;
    }
    return status == 409 || status == 429 || status >= 500;
  }

  /** The exponential backoff before retry number {@code retry} (1-based), with jitter. */
  Duration backoff(int retry) {
    double base = config.initialBackoff().toNanos() * Math.pow(config.multiplier(), retry - 1);
    double capped = Math.min(base, (double) config.maxBackoff().toNanos());
    double factor = 1.0 - config.jitter() * random.getAsDouble();
    return Duration.ofNanos((long) (capped * factor));
  }

  /**
   * The wait the server asked for: {@code retry-after-ms}, then {@code Retry-After} in seconds or as
   * an HTTP date. Null if absent or unreadable.
   */
  public Duration retryAfter(HttpHeaders headers) {
    Optional<String> ms = headers.firstValue("retry-after-ms");
    if (ms.isPresent()) {
      Duration d = parseAmount(ms.get(), 1_000_000L);
      if (d != null) {
        return d;
      }
    }
    Optional<String> value = headers.firstValue("Retry-After");
    if (!value.isPresent()) {
      return null;
    }
    Duration seconds = parseAmount(value.get(), 1_000_000_000L);
    if (seconds != null) {
      return seconds;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.get().trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(clock.instant(), at.toInstant());
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration parseAmount(String text, long nanosPerUnit) {
    try {
      double amount = Double.parseDouble(text.trim());
      if (amount < 0 || Double.isNaN(amount) || Double.isInfinite(amount)) {
        return null;
      }
      double nanos = amount * nanosPerUnit;
      return nanos >= Long.MAX_VALUE ? Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L) : Duration.ofNanos((long) nanos);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
