package io.modelsdk.examples.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelsdk.examples.Vendor;

/**
 * ChoreoAI: {@code GET /v1/models}; {@code GET /v1/models/{id}} answers FastAPI's route-level 404, as
 * the gateway does today (the SDK then lists); {@code Authorization: Bearer}; {@code X-Request-ID}.
 */
final class ChoreoSeed extends VendorSeed {
  ChoreoSeed() {
    super(Vendor.CHOREO);
  }

  @Override
  void seed(WireMockServer server, String origin) {
    VendorStubs stubs = new VendorStubs(server, basePath(), "Authorization", "Bearer " + VendorMock.API_KEY,
        "X-Request-ID", fixtures.text("error-429.json"));
    stubs.get("/v1/models", fixtures.text("list.json"));
    stubs.notFound(fixtures.text("error-route-not-found.json"));
    stubs.unauthorized(fixtures.text("error-auth-invalid.json"));
  }
}
