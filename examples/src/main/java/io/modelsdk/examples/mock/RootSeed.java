package io.modelsdk.examples.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelsdk.examples.Vendor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Root Signals: {@code /v1/models/} (every path ends in {@code /}) paged by cursor, retrieve, delete
 * (204) and create (201); {@code Authorization: Api-Key}; problem-details errors. A list without
 * {@code page_size} is the documented payload; with {@code page_size=S} the items come S at a time, each
 * page's {@code next} a whole URL back to the mock with the following cursor.
 */
final class RootSeed extends VendorSeed {
  private static final String MODELS = "/v1/models/";

  RootSeed() {
    super(Vendor.ROOT);
  }

  @Override
  String deletableId() {
    return Fixtures.id(fixtures.items("list.json", "results").get(0));
  }

  @Override
  void seed(WireMockServer server, String origin) {
    VendorStubs stubs = new VendorStubs(server, basePath(), "Authorization", "Api-Key " + VendorMock.API_KEY,
        null, fixtures.text("error-429-throttled.json"));
    List<ObjectNode> items = fixtures.items("list.json", "results");
    stubs.get(MODELS, Map.of("page_size", absent(), "cursor", absent()), fixtures.text("list.json"));
    stubs.get(MODELS, Map.of("page_size", VendorStubs.numberAbove(items.size()), "cursor", absent()),
        fixtures.text("list.json"));
    for (int size = 1; size <= items.size(); size++) {
      seedPages(stubs, items, size, origin + basePath() + MODELS);
    }
    List<ObjectNode> models = new ArrayList<>(items);
    models.add(fixtures.object("retrieve.json"));
    for (ObjectNode model : models) {
      String path = MODELS + Fixtures.id(model) + "/";
      stubs.get(path, Fixtures.json(model));
      stubs.answer("DELETE", path, 204, null);
    }
    stubs.created(MODELS, 201, fixtures.text("created.json"));
    stubs.notFound(fixtures.text("error-404-not-found.json"));
    stubs.unauthorized(fixtures.text("error-401-authentication-failed.json"));
  }

  /** The pages of {@code size} items, linked by {@code next} and {@code previous} URLs under {@code url}. */
  private static void seedPages(VendorStubs stubs, List<ObjectNode> items, int size, String url) {
    for (int from = 0; from < items.size(); from += size) {
      int to = Math.min(items.size(), from + size);
      ObjectNode body = Fixtures.newObject();
      body.put("next", to < items.size() ? link(url, to, size) : null);
      body.put("previous", from > 0 ? link(url, from - size, size) : null);
      body.set("results", Fixtures.array(items.subList(from, to)));
      stubs.get(MODELS, Map.of("page_size", equalTo(Integer.toString(size)),
          "cursor", from == 0 ? absent() : equalTo(cursor(from))), Fixtures.json(body));
    }
  }

  private static String link(String url, int offset, int size) {
    String query = offset == 0 ? "" : "cursor=" + URLEncoder.encode(cursor(offset), StandardCharsets.UTF_8) + "&";
    return url + "?" + query + "page_size=" + size;
  }

  /** An opaque cursor in the style of the spec's example {@code cD00ODY=} (Base64 of {@code p=486}). */
  private static String cursor(int offset) {
    return Base64.getEncoder().encodeToString(("p=" + offset).getBytes(StandardCharsets.US_ASCII));
  }
}
