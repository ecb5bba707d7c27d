package io.modelsdk.examples.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelsdk.examples.Vendor;

/** One vendor's part of the mock: where it lives and the stubs it answers with. */
abstract class VendorSeed {
  final Fixtures fixtures;
  private final Vendor vendor;

  VendorSeed(Vendor vendor) {
    this.vendor = vendor;
    this.fixtures = new Fixtures(vendor.id());
  }

  /** The vendor served. */
  final Vendor vendor() {
    return vendor;
  }

  /** The path of the vendor's base URL on the mock: its prefix, plus {@code /v1} where the SDK expects it. */
  String basePath() {
    return "/" + vendor.id();
  }

  /** An id the mock accepts a delete of, or null (the default) if the vendor has no delete. */
  String deletableId() {
    return null;
  }

  /**
   * Writes the stubs.
   *
   * @param origin the mock's {@code http://127.0.0.1:PORT}, for answers that hold whole URLs
   */
  abstract void seed(WireMockServer server, String origin);
}
