package io.modelsdk.scale.internal;

import static io.modelsdk.core.testing.JsonTrees.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.core.spi.SdkJson;
import io.modelsdk.core.testing.Fixtures;
import io.modelsdk.scale.ScaleWireMockTest;
import org.junit.jupiter.api.Test;

/**
 * The package-private list envelope reads its fixture and writes it back to the same JSON with the SDK's
 * one mapper. The wire types of the public package have theirs in {@code ScaleJsonRoundTripTest}.
 *
 * <p>A field sent as {@code null} is written back by leaving it out, as there.
 */
class ScaleModelPageRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private static String resource(String name) {
    return Fixtures.resource(ScaleModelPageRoundTripTest.class, "/scale/" + name);
  }

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  private static <T> T roundTrip(String fixture, Class<T> type) throws Exception {
    T value = MAPPER.readValue(fixture, type);
    String written = MAPPER.writeValueAsString(value);
    assertThat(tree(written)).isEqualTo(withoutNulls(tree(fixture)));
    assertThat(MAPPER.readValue(written, type)).isEqualTo(value);
    return value;
  }

  @Test
  void listEnvelopeRoundTrip() throws Exception {
    ScaleModelPage page = roundTrip(resource("list.json"), ScaleModelPage.class);
    ScaleWireMockTest.assertDocumentedList(page.items());
    assertThat(page.totalItemCount()).isEqualTo(3);
    assertThat(page.currentPage()).isEqualTo(1);
    assertThat(page.itemsPerPage()).isEqualTo(100);
    assertThat(page.hasMore()).isFalse();
  }
}
