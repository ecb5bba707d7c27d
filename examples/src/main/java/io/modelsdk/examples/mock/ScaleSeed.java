package io.modelsdk.examples.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import io.modelsdk.examples.Vendor;
import java.util.List;
import java.util.Map;

/**
 * Scale GenAI Platform: {@code /v4/models} paged by {@code page} and {@code limit}, retrieve, delete and
 * create; {@code x-api-key}; FastAPI {@code {"detail": ...}} errors. A list without {@code limit} is the
 * documented payload; with {@code limit=L} (L up to the number of documented items) the items come in
 * pages of L, numbered from 1.
 */
final class ScaleSeed extends VendorSeed {
  private static final String MODELS = "/v4/models";

  ScaleSeed() {
    super(Vendor.SCALE);
  }

  @Override
  String deletableId() {
    return Fixtures.id(fixtures.items("list.json", "items").get(0));
  }

  @Override
  void seed(WireMockServer server, String origin) {
    VendorStubs stubs = new VendorStubs(server, basePath(), "x-api-key", VendorMock.API_KEY, null,
        fixtures.text("error-429.json"));
    List<ObjectNode> items = fixtures.items("list.json", "items");
    stubs.get(MODELS, Map.of("limit", absent(), "page", absent()), fixtures.text("list.json"));
    stubs.get(MODELS, Map.of("limit", VendorStubs.numberAbove(items.size()), "page", absent()),
        fixtures.text("list.json"));
    for (int limit = 1; limit <= items.size(); limit++) {
      seedPages(stubs, items, limit);
    }
    ObjectNode retrieved = fixtures.object("retrieve.json");
    for (ObjectNode item : items) {
      if (!Fixtures.id(item).equals(Fixtures.id(retrieved))) {
        stubs.get(MODELS + "/" + Fixtures.id(item), Fixtures.json(item));
      }
      stubs.answer("DELETE", MODELS + "/" + Fixtures.id(item), 200, fixtures.text("delete.json"));
    }
    stubs.get(MODELS + "/" + Fixtures.id(retrieved), Fixtures.json(retrieved));
    stubs.created(MODELS, 200, fixtures.text("create.json"));
    stubs.notFound(fixtures.text("error-404.json"));
    stubs.unauthorized(fixtures.text("error-401.json"));
  }

  /** The pages of {@code limit} items; page 1 also answers when no page is given. */
  private static void seedPages(VendorStubs stubs, List<ObjectNode> items, int limit) {
    int pages = (items.size() + limit - 1) / limit;
    for (int page = 1; page <= pages; page++) {
      List<ObjectNode> slice = items.subList((page - 1) * limit, Math.min(items.size(), page * limit));
      ObjectNode body = Fixtures.newObject();
      body.set("items", Fixtures.array(slice));
      body.put("total_item_count", items.size());
      body.put("current_page", page);
      body.put("items_per_page", limit);
      StringValuePattern size = equalTo(Integer.toString(limit));
      stubs.get(MODELS, Map.of("limit", size, "page", equalTo(Integer.toString(page))), Fixtures.json(body));
      if (page == 1) {
        stubs.get(MODELS, Map.of("limit", size, "page", absent()), Fixtures.json(body));
      }
    }
  }
}
