package io.modelsdk.examples.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelsdk.examples.Vendor;

/**
 * Atoma: only {@code GET /v1/models} (the SDK retrieves by listing); {@code Authorization: Bearer}; no
 * request id; the {@code {"error": {code, message}}} envelope.
 */
final class AtomaSeed extends VendorSeed {
  AtomaSeed() {
    super(Vendor.ATOMA);
  }

  @Override
  void seed(WireMockServer server, String origin) {
    VendorStubs stubs = new VendorStubs(server, basePath(), "Authorization", "Bearer " + VendorMock.API_KEY,
        null, fixtures.text("error-429.json"));
    stubs.get("/v1/models", fixtures.text("list.json"));
    stubs.notFound(fixtures.text("error-404.json"));
    stubs.unauthorized(fixtures.text("error-401.json"));
  }
}
