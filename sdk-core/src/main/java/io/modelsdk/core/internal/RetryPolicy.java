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
    if (stopAfterStatus(retriesSoFar, idempotent, status, headers) != null) {
      return Optional.empty();
    }
    Duration asked = retryAfter(headers);
    return Optional.of(asked != null ? asked : backoff(retriesSoFar + 1));
  }

  /** The wait before retrying after an I/O failure, or empty to stop. A refused TLS handshake is final. */
  public Optional<Duration> afterFailure(int retriesSoFar, boolean idempotent, IOException failure) {
    return stopAfterFailure(retriesSoFar, idempotent, failure) != null
        ? Optional.empty()
        : Optional.of(backoff(retriesSoFar + 1));
  }

  /**
   * Why an HTTP error is not retried, or null if it is: the one place these rules live, so that the
   * decision and the debug log's explanation of it never disagree.
   */
  Stop stopAfterStatus(int retriesSoFar, boolean idempotent, int status, HttpHeaders headers) {
    if (retriesSoFar >= maxRetries) {
      return Stop.NO_RETRIES_LEFT;
    }
    Stop stop = statusRule(idempotent, status, headers);
    if (stop != null) {
      return stop;
    }
    Duration asked = retryAfter(headers);
    return asked != null && asked.compareTo(config.maxRetryAfter()) > 0 ? Stop.RETRY_AFTER_ABOVE_CAP : null;
  }

  /** Why an I/O failure is not retried, or null if it is. */
  Stop stopAfterFailure(int retriesSoFar, boolean idempotent, IOException failure) {
    if (retriesSoFar >= maxRetries) {
      return Stop.NO_RETRIES_LEFT;
    }
    if (!config.retryConnectionErrors()) {
      return Stop.CONNECTION_RETRIES_OFF;
    }
    if (tlsRefused(failure)) {
      return Stop.TLS_REFUSED;
    }
    return !idempotent && !neverSent(failure) ? Stop.MAY_HAVE_ACTED : null;
  }

  /** The most retries a call of this policy makes. */
  int maxRetries() {
    return maxRetries;
  }

  /** Why a failed attempt is not retried: one constant per rule of the policy. */
  enum Stop {
    NO_RETRIES_LEFT("no retries left"),
    SERVER_SAID_NO("the server sent x-should-retry: false"),
    STATUS("the status is not one that is retried"),
    MAY_HAVE_ACTED("the request is not idempotent and the server may have acted on it"),
    RETRY_AFTER_ABOVE_CAP("the server's Retry-After is above maxRetryAfter"),
    CONNECTION_RETRIES_OFF("retrying connection failures is switched off"),
    TLS_REFUSED("the TLS handshake was refused, which a retry cannot fix");

    /** The reason in words, for the log. */
    final String reason;

    Stop(String reason) {
      this.reason = reason;
    }
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

  /** Null if the status is retried (before counting retries and the Retry-After cap), else why not. */
  private Stop statusRule(boolean idempotent, int status, HttpHeaders headers) {
    Optional<String> override = headers.firstValue("x-should-retry");
    if (override.isPresent()) {
      if (override.get().equalsIgnoreCase("true")) {
        return null;
      }
      if (override.get().equalsIgnoreCase("false")) {
        return Stop.SERVER_SAID_NO;
      }
    }
    if (status == 408) {
      return null; // the server says it did not act
    }
    boolean retried = status == 409 || status == 429 || status >= 500;
    if (!idempotent) {
      // A create may have been carried out; retry only when the server says when to come back.
      if ((status == 429 || status == 503) && retryAfter(headers) != null) {
        return null;
      }
      return retried ? Stop.MAY_HAVE_ACTED : Stop.STATUS;
    }
    return retried ? null : Stop.STATUS;
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
