package io.modelsdk.openai.internal;

import static io.modelsdk.core.testing.JsonTrees.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.core.spi.SdkJson;
import io.modelsdk.core.testing.Fixtures;
import io.modelsdk.openai.OpenAiWireMockTest;
import org.junit.jupiter.api.Test;

/**
 * The package-private list envelope reads its documented fixture and writes it back to the same JSON with
 * the SDK's one mapper; fields this version does not know survive the trip. The wire types of the public
 * package have theirs in {@code OpenAiJsonRoundTripTest}.
 *
 * <p>{@code "shutdown_date": null} is written back by leaving the field out, as there.
 */
class OpenAiModelListRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private static String resource(String name) {
    return Fixtures.resource(OpenAiModelListRoundTripTest.class, "/openai/" + name);
  }

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void listEnvelopeRoundTrip() throws Exception {
    String fixture = resource("list.json");
    OpenAiModelList list = MAPPER.readValue(fixture, OpenAiModelList.class);
    assertThat(list.object()).isEqualTo("list");
    OpenAiWireMockTest.assertDocumentedList(list.data().orElseThrow());
    JsonNode written = tree(MAPPER.writeValueAsString(list));
    assertThat(written).isEqualTo(withoutNulls(tree(fixture)));
    assertThat(MAPPER.readValue(written.toString(), OpenAiModelList.class)).isEqualTo(list);
  }

  @Test
  void unknownFieldsInsideListItemsSurviveTheEnvelope() throws Exception {
    String json = "{\"object\":\"list\",\"data\":[{\"id\":\"a\",\"object\":\"model\",\"created\":1,"
        + "\"owned_by\":\"o\",\"new_field\":\"x\"}]}";
    OpenAiModelList list = MAPPER.readValue(json, OpenAiModelList.class);
    assertThat(list.data().orElseThrow().get(0).additionalProperties()).containsEntry("new_field", "x");
    assertThat(tree(MAPPER.writeValueAsString(list))).isEqualTo(tree(json));
  }
}
