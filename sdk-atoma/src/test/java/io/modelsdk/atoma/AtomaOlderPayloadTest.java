package io.modelsdk.atoma;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.spi.SdkJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The older (2024-11) list payload, with every field it had ({@code root}, {@code max_model_len},
 * {@code permission} ...), is read by list, streamed list and retrieve, sync and async.
 */
class AtomaOlderPayloadTest extends AtomaWireMockTest {
  @Test
  void olderPayloadIsReadInEveryListMode() throws Exception {
    SERVER.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(fixture("list-2024-11.json")));
    assertHistoricalModel(client().models().list().items().get(0));
    assertHistoricalModel(client().models().retrieve(OLD_ID));
    try (StreamingListResponse<AtomaModel> s = client().models().withStreamingResponse().list()) {
      assertHistoricalModel(s.iterator().next());
    }
    assertHistoricalModel(client().async().models().list().get(10, TimeUnit.SECONDS).items().get(0));
    assertHistoricalModel(client().async().models().retrieve(OLD_ID).get(10, TimeUnit.SECONDS));
  }

  /**
   * The contract's check of nulls in nested fields finds none to null in {@code list.json}; the older payload
   * has them: every field of a {@code permission} entry null still gives the page, with the entry read empty.
   */
  @Test
  void nullsInEveryPermissionFieldKeepThePage() throws Exception {
    JsonNode page = SdkJson.mapper().readTree(AtomaFixture.resource("list-2024-11.json"));
    ObjectNode entry = (ObjectNode) page.get("data").get(0).get("permission").get(0);
    List<String> names = new ArrayList<>();
    entry.fieldNames().forEachRemaining(names::add);
    names.forEach(entry::putNull);
    SERVER.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(json(200, page.toString())));

    AtomaModel m = client().models().list().items().get(0);

    assertThat(names).hasSize(12);
    assertThat(m.id()).isEqualTo(OLD_ID);
    assertThat(m.permission()).hasValueSatisfying(perms -> assertThat(perms).singleElement().satisfies(p -> {
      assertThat(p.id()).isEmpty();
      assertThat(p.created()).isEmpty();
      assertThat(p.allowSampling()).isEmpty();
      assertThat(p.organization()).isEmpty();
      assertThat(p).isEqualTo(AtomaModelPermission.builder().build());
    }));
  }
}
