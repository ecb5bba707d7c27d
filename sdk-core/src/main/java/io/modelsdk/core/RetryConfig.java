package io.modelsdk.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a client retries failed calls.
 *
 * <p>The defaults: 2 retries; backoff {@code min(0.5 s * 2^(n-1), 8 s)} times a jitter in
 * [0.75, 1]; retry on connection failures, 408, 409, 429 and 5xx; a server's {@code x-should-retry}
 * header overrides that; {@code retry-after-ms}, then {@code Retry-After} (seconds or HTTP date), is
 * honoured up to 60 s, and a longer wait fails at once with
 * {@link io.modelsdk.core.errors.RateLimitException#retryAfter()}; no overall deadline.
 *
 * <p>A create (POST) is retried only when the server cannot have acted on it: a failed connect, 408, or
 * 429/503 with Retry-After.
 *
 * <pre>{@code
 * RetryConfig retry = RetryConfig.builder().maxRetries(5).deadline(Duration.ofSeconds(30)).build();
 * }</pre>
 */
public final class RetryConfig {
  private static final RetryConfig DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final Duration deadline;
  private final boolean retryConnectionErrors;

  private RetryConfig(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.deadline = b.deadline;
    this.retryConnectionErrors = b.retryConnectionErrors;
  }

  /** The defaults described above. */
  public static RetryConfig defaults() {
    return DEFAULTS;
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this configuration. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Retries after the first attempt; 0 switches retries off. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The backoff before the first retry, before jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest backoff, before jitter. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The factor by which the backoff grows per retry. */
  public double multiplier() {
    return multiplier;
  }

  /** The share of the backoff taken off at random: 0.25 means a factor in [0.75, 1]. */
  public double jitter() {
    return jitter;
  }

  /** The longest wait a server's Retry-After may ask for; longer waits fail at once. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** The time budget across all attempts and backoffs of one call, if any. */
  public Optional<Duration> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** Whether connection failures (refused, reset, timed out) are retried. */
  public boolean retryConnectionErrors() {
    return retryConnectionErrors;
  }

  @Override
  public String toString() {
    return "RetryConfig{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", multiplier=" + multiplier + ", jitter=" + jitter
        + ", maxRetryAfter=" + maxRetryAfter + ", deadline=" + deadline
        + ", retryConnectionErrors=" + retryConnectionErrors + "}";
  }

  /** Builds a {@link RetryConfig}; setters check their argument at once. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double multiplier = 2.0;
    private double jitter = 0.25;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Duration deadline;
    private boolean retryConnectionErrors = true;

    private Builder() {}

    private Builder(RetryConfig c) {
      maxRetries = c.maxRetries;
      initialBackoff = c.initialBackoff;
      maxBackoff = c.maxBackoff;
      multiplier = c.multiplier;
      jitter = c.jitter;
      maxRetryAfter = c.maxRetryAfter;
      deadline = c.deadline;
      retryConnectionErrors = c.retryConnectionErrors;
    }

    /** Retries after the first attempt, 0 or more. Default 2. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The backoff before the first retry. Default 500 ms. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /** The longest backoff. Default 8 s. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** The growth factor per retry, at least 1. Default 2. */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be a finite number >= 1: " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /** The share of the backoff taken off at random, in [0, 1]. Default 0.25. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be in [0, 1]: " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** The longest Retry-After the client will wait for. Default 60 s. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** The time budget across all attempts of one call; null for none (the default). */
    public Builder deadline(Duration deadline) {
      if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
        throw new IllegalArgumentException("deadline must be positive: " + deadline);
      }
      this.deadline = deadline;
      return this;
    }

    /** Whether connection failures are retried. Default true. */
    public Builder retryConnectionErrors(boolean retryConnectionErrors) {
      this.retryConnectionErrors = retryConnectionErrors;
      return this;
    }

    /** Builds the configuration. */
    public RetryConfig build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalStateException("maxBackoff < initialBackoff");
      }
      return new RetryConfig(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " < 0: " + d);
      }
      return d;
    }
  }
}
