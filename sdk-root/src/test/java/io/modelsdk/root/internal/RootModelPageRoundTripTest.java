package io.modelsdk.root.internal;

import static io.modelsdk.core.testing.JsonTrees.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.core.spi.SdkJson;
import io.modelsdk.core.testing.Fixtures;
import io.modelsdk.root.RootModel;
import io.modelsdk.root.RootWireMockTest;
import org.junit.jupiter.api.Test;

/**
 * The package-private list envelope reads its fixture and writes it back to the same JSON with the SDK's
 * one mapper; fields this version does not know survive the trip, in the envelope and below it. The wire
 * types of the public package have theirs in {@code RootJsonRoundTripTest}.
 *
 * <p>A JSON {@code null} ({@code "next": null}, {@code "url": null}, {@code "provider": null}) is written
 * back by leaving the field out, as there.
 */
class RootModelPageRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private static String resource(String name) {
    return Fixtures.resource(RootModelPageRoundTripTest.class, "/root/" + name);
  }

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void listEnvelopeRoundTripWithOwnersAndProviders() throws Exception {
    String fixture = resource("list.json");
    RootModelPage page = MAPPER.readValue(fixture, RootModelPage.class);
    assertThat(page.next()).isEmpty();
    RootWireMockTest.assertDocumentedList(page.results());
    JsonNode written = tree(MAPPER.writeValueAsString(page));
    assertThat(written).isEqualTo(withoutNulls(tree(fixture)));
    assertThat(MAPPER.readValue(written.toString(), RootModelPage.class)).isEqualTo(page);
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
}
