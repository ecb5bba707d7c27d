package io.modelsdk.choreo.internal;

import static io.modelsdk.core.testing.JsonTrees.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.choreo.ChoreoWireMockTest;
import io.modelsdk.core.spi.SdkJson;
import io.modelsdk.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The package-private list envelope reads its documented fixtures and writes them back to the same JSON
 * with the SDK's one mapper; fields this version does not know survive the trip. The wire types of the
 * public package have theirs in {@code ChoreoJsonRoundTripTest}.
 *
 * <p>The documented {@code "parent": null} is written back by leaving the field out, as there.
 */
class ChoreoModelListRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private static String resource(String name) {
    return Fixtures.resource(ChoreoModelListRoundTripTest.class, "/choreo/" + name);
  }

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void listEnvelopeRoundTrip() throws Exception {
    String fixture = resource("list.json");
    ChoreoModelList list = MAPPER.readValue(fixture, ChoreoModelList.class);
    assertThat(list.object()).isEqualTo("list");
    ChoreoWireMockTest.assertDocumentedList(list.data().orElseThrow());
    JsonNode written = tree(MAPPER.writeValueAsString(list));
    assertThat(written).isEqualTo(withoutNulls(tree(fixture)));
    assertThat(MAPPER.readValue(written.toString(), ChoreoModelList.class)).isEqualTo(list);
  }

  @Test
  void specListWithoutPermissionRootOrParentRoundTrips() throws Exception {
    String fixture = resource("list-anthropic-only.json");
    ChoreoModelList list = MAPPER.readValue(fixture, ChoreoModelList.class);
    assertThat(list.data().orElseThrow()).extracting(ChoreoModel::id)
        .containsExactly("claude-3-5-sonnet-20241022", "claude-3-haiku-20240307");
    assertThat(list.data().orElseThrow()).allSatisfy(m -> {
      assertThat(m.permission()).isEmpty();
      assertThat(m.root()).isEmpty();
      assertThat(m.ownedBy()).hasValue("anthropic");
    });
    assertThat(tree(MAPPER.writeValueAsString(list))).isEqualTo(tree(fixture));
  }

  @Test
  void unknownFieldsInsideListItemsSurviveTheEnvelope() throws Exception {
    String json = "{\"object\":\"list\",\"data\":[{\"id\":\"a\",\"object\":\"model\",\"created\":1,"
        + "\"owned_by\":\"o\",\"display_name\":\"A\"}]}";
    ChoreoModelList list = MAPPER.readValue(json, ChoreoModelList.class);
    assertThat(list.data().orElseThrow().get(0).additionalProperties()).containsEntry("display_name", "A");
    assertThat(tree(MAPPER.writeValueAsString(list))).isEqualTo(tree(json));
  }
}
