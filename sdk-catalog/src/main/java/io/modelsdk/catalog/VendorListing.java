package io.modelsdk.catalog;

import io.modelsdk.core.Model;
import io.modelsdk.core.errors.SdkException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one vendor answered to the catalog's listing: its models, or the exception it failed with, and
 * how long it took either way.
 */
public final class VendorListing {
  private final String vendor;
  private final List<Model> models;
  private final SdkException failure;
  private final Duration elapsed;
  private final boolean truncated;

  private VendorListing(String vendor, List<Model> models, SdkException failure, Duration elapsed,
      boolean truncated) {
    this.vendor = Objects.requireNonNull(vendor, "vendor == null");
    this.models = models;
    this.failure = failure;
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed == null");
    this.truncated = truncated;
  }

  static VendorListing listed(String vendor, List<Model> models, Duration elapsed, boolean truncated) {
    return new VendorListing(vendor, Collections.unmodifiableList(models), null, elapsed, truncated);
  }

  static VendorListing failed(String vendor, SdkException failure, Duration elapsed) {
    return new VendorListing(vendor, Collections.emptyList(), Objects.requireNonNull(failure, "failure == null"),
        elapsed, false);
  }

  /** The vendor's name in the catalog, such as {@code openai}. */
  public String vendor() {
    return vendor;
  }

  /** True if the vendor answered its listing. */
  public boolean isUp() {
    return failure == null;
  }

  /** The models the vendor listed, in its order; empty if it failed. */
  public List<Model> models() {
    return models;
  }

  /**
   * Why the vendor's listing failed: the SDK's typed exception, such as an
   * {@link io.modelsdk.core.errors.ApiTimeoutException} past the vendor's deadline or an
   * {@link io.modelsdk.core.errors.InternalServerException}; empty if it answered.
   */
  public Optional<SdkException> failure() {
    return Optional.ofNullable(failure);
  }

  /** How long the listing took, until it answered, failed or reached its deadline. */
  public Duration elapsed() {
    return elapsed;
  }

  /** True if the vendor had more models than the catalog's cap per vendor, and the rest were not read. */
  public boolean truncated() {
    return truncated;
  }

  @Override
  public String toString() {
    return vendor + ": " + (isUp() ? models.size() + " models" + (truncated ? " (capped)" : "")
        : "failed, " + failure.getMessage()) + " in " + elapsed.toMillis() + " ms";
  }
}
