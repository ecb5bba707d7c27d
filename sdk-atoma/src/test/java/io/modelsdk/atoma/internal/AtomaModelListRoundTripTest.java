package io.modelsdk.atoma.internal;

import static io.modelsdk.core.testing.JsonTrees.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.atoma.AtomaModel;
import io.modelsdk.atoma.AtomaWireMockTest;
import io.modelsdk.core.spi.SdkJson;
import io.modelsdk.core.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The package-private list envelope reads its fixtures and writes them back to the same JSON with the
 * SDK's one mapper; fields this version does not know survive the trip, in the envelope and below it. The
 * wire types of the public package have theirs in {@code AtomaJsonRoundTripTest}.
 *
 * <p>JSON {@code null}s of the older payload are written back by leaving the field out, as there.
 */
class AtomaModelListRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private static String resource(String name) {
    return Fixtures.resource(AtomaModelListRoundTripTest.class, "/atoma/" + name);
  }

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void currentListRoundTrip() throws Exception {
    String fixture = resource("list.json");
    AtomaModelList list = MAPPER.readValue(fixture, AtomaModelList.class);
    assertThat(list.object()).isEqualTo("list");
    AtomaWireMockTest.assertDocumentedList(list.data().get());
    assertThat(tree(MAPPER.writeValueAsString(list))).isEqualTo(tree(fixture));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(list), AtomaModelList.class)).isEqualTo(list);
  }

  @Test
  void olderListRoundTrip() throws Exception {
    String fixture = resource("list-2024-11.json");
    AtomaModelList list = MAPPER.readValue(fixture, AtomaModelList.class);
    assertThat(list.data().get()).singleElement().satisfies(AtomaWireMockTest::assertHistoricalModel);
    JsonNode written = tree(MAPPER.writeValueAsString(list));
    assertThat(written).isEqualTo(withoutNulls(tree(fixture)));
    assertThat(written.get("data").get(0).has("parent")).isFalse();
    assertThat(MAPPER.readValue(written.toString(), AtomaModelList.class)).isEqualTo(list);
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBackAtEveryLevel() throws Exception {
    String json = "{\"object\":\"list\",\"next\":\"x\",\"data\":[{\"id\":\"m\",\"object\":\"model\",\"created\":1,"
        + "\"owned_by\":\"atoma\",\"pricing\":{\"input\":0.1},\"permission\":[{\"id\":\"p\",\"scope\":[1,2]}]}]}";
    AtomaModelList list = MAPPER.readValue(json, AtomaModelList.class);
    assertThat(list.additionalProperties()).containsExactly(Map.entry("next", "x"));
    AtomaModel model = list.data().get().get(0);
    assertThat(model.additionalProperties()).containsOnlyKeys("pricing");
    assertThat(model.additionalProperties().get("pricing")).isEqualTo(Map.of("input", 0.1));
    assertThat(model.permission().get().get(0).additionalProperties()).containsEntry("scope", List.of(1, 2));
    assertThat(tree(MAPPER.writeValueAsString(list))).isEqualTo(tree(json));
  }
}
