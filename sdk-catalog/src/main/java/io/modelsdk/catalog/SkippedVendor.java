package io.modelsdk.catalog;

import java.util.Objects;

/** A vendor {@link ModelCatalog#fromEnv()} found but left out, and why (no key, a setting refused). */
public final class SkippedVendor {
  private final String vendor;
  private final String reason;

  SkippedVendor(String vendor, String reason) {
    this.vendor = Objects.requireNonNull(vendor, "vendor == null");
    this.reason = Objects.requireNonNull(reason, "reason == null");
  }

  /** The vendor's name, such as {@code rootsignals}. */
  public String vendor() {
    return vendor;
  }

  /** Why it was left out, such as {@code no ROOTSIGNALS_API_KEY in the environment}; never holds a key. */
  public String reason() {
    return reason;
  }

  @Override
  public String toString() {
    return vendor + " skipped: " + reason;
  }
}
