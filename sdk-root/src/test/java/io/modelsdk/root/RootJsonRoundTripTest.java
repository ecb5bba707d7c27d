package io.modelsdk.root;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelsdk.core.spi.SdkJson;
import io.modelsdk.root.internal.RootModelPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every wire type reads its fixture and writes it back to the same JSON with the SDK's one mapper;
 * fields this version does not know survive the trip. A JSON {@code null} (Root Signals sends
 * {@code "url": null}, {@code "provider": null}, {@code "next": null}) is written back by leaving the
 * field out: the mapper writes absent values nowhere ({@code NON_ABSENT}), and null and absent say the
 * same in these schemas.
 */
class RootJsonRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  /** The tree with every null field removed, at any depth: what the SDK writes back. */
  private static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      List<String> nulls = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getValue().isNull()) {
          nulls.add(e.getKey());
        } else {
          strip(e.getValue());
        }
      }
      ((ObjectNode) node).remove(nulls);
    } else if (node.isArray()) {
      node.forEach(RootJsonRoundTripTest::strip);
    }
  }

  @Test
  void retrievedModelRoundTrip() throws Exception {
    String fixture = RootFixture.resource("retrieve.json");
    RootModel model = MAPPER.readValue(fixture, RootModel.class);
    RootWireMockTest.assertDocumentedModel(model);
    assertThat(tree(MAPPER.writeValueAsString(model))).isEqualTo(withoutNulls(tree(fixture)));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(model), RootModel.class)).isEqualTo(model);
  }

  @Test
  void createdModelRoundTrip() throws Exception {
    String fixture = RootFixture.resource("created.json");
    RootModel model = MAPPER.readValue(fixture, RootModel.class);
    assertThat(model.maxTokenCount()).isEmpty();
    assertThat(tree(MAPPER.writeValueAsString(model))).isEqualTo(withoutNulls(tree(fixture)));
  }

  @Test
  void listEnvelopeRoundTripWithOwnersAndProviders() throws Exception {
    String fixture = RootFixture.resource("list.json");
    RootModelPage page = MAPPER.readValue(fixture, RootModelPage.class);
    assertThat(page.next()).isEmpty();
    RootWireMockTest.assertDocumentedList(page.results());
    JsonNode written = tree(MAPPER.writeValueAsString(page));
    assertThat(written).isEqualTo(withoutNulls(tree(fixture)));
    assertThat(MAPPER.readValue(written.toString(), RootModelPage.class)).isEqualTo(page);
  }

  @Test
  void ownerAndProviderRoundTripOnTheirOwn() throws Exception {
    JsonNode first = tree(RootFixture.resource("list.json")).get("results").get(0);
    RootModelOwner owner = MAPPER.treeToValue(first.get("owner"), RootModelOwner.class);
    RootModelProvider provider = MAPPER.treeToValue(first.get("provider"), RootModelProvider.class);
    assertThat(owner.email()).isEqualTo("system@rootsignals.ai");
    assertThat(tree(MAPPER.writeValueAsString(owner))).isEqualTo(first.get("owner"));
    assertThat(tree(MAPPER.writeValueAsString(provider))).isEqualTo(first.get("provider"));
  }

  @Test
  void unknownFieldsSurviveAtEveryLevel() throws Exception {
    String json = "{\"next\":\"cD00ODY=\",\"count_hint\":7,\"results\":[{\"id\":\"m\",\"name\":\"n\","
        + "\"context_window\":{\"in\":128000},\"owner\":{\"email\":\"a@b.c\",\"full_name\":\"A\",\"team\":\"x\"},"
        + "\"provider\":{\"id\":\"p\",\"name\":\"P\",\"region\":\"eu\"},\"visibility\":\"SHARED_WITH_PARTNERS\"}]}";
    RootModelPage page = MAPPER.readValue(json, RootModelPage.class);
    RootModel m = page.results().get(0);
    assertThat(page.next()).hasValue("cD00ODY=");
    assertThat(page.additionalProperties()).containsEntry("count_hint", 7);
    assertThat(m.additionalProperties()).containsKey("context_window");
    assertThat(m.owner().orElseThrow().additionalProperties()).containsEntry("team", "x");
    assertThat(m.provider().orElseThrow().additionalProperties()).containsEntry("region", "eu");
    assertThat(m.visibility()).hasValue("SHARED_WITH_PARTNERS");
    assertThat(tree(MAPPER.writeValueAsString(page))).isEqualTo(tree(json));
  }

  @Test
  void aModelBuiltInCodeWritesTheWireNames() throws Exception {
    RootModel m = RootModel.builder().id("i").name("n").model("gpt-4-turbo").maxOutputTokenCount(800)
        .url("https://x.test").build();
    assertThat(tree(MAPPER.writeValueAsString(m))).isEqualTo(tree(
        "{\"id\":\"i\",\"name\":\"n\",\"model\":\"gpt-4-turbo\",\"max_output_token_count\":800,\"url\":\"https://x.test\"}"));
  }
}
