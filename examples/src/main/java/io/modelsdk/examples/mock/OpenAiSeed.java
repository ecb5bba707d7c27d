package io.modelsdk.examples.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelsdk.examples.Vendor;

/**
 * OpenAI: {@code GET /models}, {@code GET} and {@code DELETE /models/{id}} below a base URL ending in
 * {@code /v1}; {@code Authorization: Bearer}; {@code x-request-id}; the {@code {"error": {...}}} envelope.
 */
final class OpenAiSeed extends VendorSeed {
  OpenAiSeed() {
    super(Vendor.OPENAI);
  }

  @Override
  String basePath() {
    return "/openai/v1";
  }

  /** The fine-tuned model of the documented delete example. */
  @Override
  String deletableId() {
    return Fixtures.id(fixtures.object("delete.json"));
  }

  @Override
  void seed(WireMockServer server, String origin) {
    VendorStubs stubs = new VendorStubs(server, basePath(), "Authorization", "Bearer " + VendorMock.API_KEY,
        "x-request-id", fixtures.text("error-429.json"));
    stubs.get("/models", fixtures.text("list.json"));
    for (ObjectNode item : fixtures.items("list.json", "data")) {
      stubs.get("/models/" + Fixtures.id(item), Fixtures.json(item));
    }
    ObjectNode retrieved = fixtures.object("retrieve.json");
    stubs.get("/models/" + Fixtures.id(retrieved), Fixtures.json(retrieved));
    stubs.answer("DELETE", "/models/" + deletableId(), 200, fixtures.text("delete.json"));
    stubs.notFound(fixtures.text("error-404.json"));
    stubs.unauthorized(fixtures.text("error-401.json"));
  }
}
