package io.modelsdk.root;

import static io.modelsdk.core.testing.JsonTrees.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.core.spi.SdkJson;
import org.junit.jupiter.api.Test;

/**
 * Every wire type reads its fixture and writes it back to the same JSON with the SDK's one mapper;
 * fields this version does not know survive the trip. A JSON {@code null} (Root Signals sends
 * {@code "url": null}, {@code "provider": null}, {@code "next": null}) is written back by leaving the
 * field out: the mapper writes absent values nowhere ({@code NON_ABSENT}), and null and absent say the
 * same in these schemas.
 *
 * <p>The list envelope is package-private; its round trips are in {@code internal.RootModelPageRoundTripTest}.
 */
class RootJsonRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
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
  void ownerAndProviderRoundTripOnTheirOwn() throws Exception {
    JsonNode first = tree(RootFixture.resource("list.json")).get("results").get(0);
    RootModelOwner owner = MAPPER.treeToValue(first.get("owner"), RootModelOwner.class);
    RootModelProvider provider = MAPPER.treeToValue(first.get("provider"), RootModelProvider.class);
    assertThat(owner.email()).hasValue("system@rootsignals.ai");
    assertThat(tree(MAPPER.writeValueAsString(owner))).isEqualTo(first.get("owner"));
    assertThat(tree(MAPPER.writeValueAsString(provider))).isEqualTo(first.get("provider"));
  }

  @Test
  void verificationsRoundTripWithUnknownFields() throws Exception {
    for (String name : new String[] {"verified.json", "verify-failed.json"}) {
      String fixture = RootFixture.resource(name);
      RootModelVerification v = MAPPER.readValue(fixture, RootModelVerification.class);
      assertThat(tree(MAPPER.writeValueAsString(v))).as(name).isEqualTo(withoutNulls(tree(fixture)));
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(v), RootModelVerification.class)).isEqualTo(v);
    }
    String json = "{\"success\":true,\"model\":\"m\",\"latency_ms\":412,\"usage\":{\"cached\":null}}";
    RootModelVerification v = MAPPER.readValue(json, RootModelVerification.class);
    assertThat(v.additionalProperties()).containsEntry("latency_ms", 412);
    assertThat(tree(MAPPER.writeValueAsString(v))).isEqualTo(tree(json));
  }

  /** The API calls these fields required, yet a null in any of them reads as empty, and is written back as absent. */
  @Test
  void nullsInAnOwnerOrProviderReadAsEmpty() throws Exception {
    RootModelOwner owner = MAPPER.readValue("{\"email\":null,\"full_name\":null}", RootModelOwner.class);
    assertThat(owner.email()).isEmpty();
    assertThat(owner.fullName()).isEmpty();
    RootModelProvider provider = MAPPER.readValue("{\"id\":null,\"name\":null,\"logo_light\":null,"
        + "\"logo_dark\":null,\"is_gdpr_compliant\":null,\"region\":\"eu\"}", RootModelProvider.class);
    assertThat(provider.id()).isEmpty();
    assertThat(provider.name()).isEmpty();
    assertThat(provider.gdprCompliant()).isEmpty();
    assertThat(tree(MAPPER.writeValueAsString(provider))).isEqualTo(tree("{\"region\":\"eu\"}"));
    RootModel m = RootModel.builder().id("i").name("n").owner(owner).build();
    assertThat(m.ownedBy()).isEmpty();
  }

  @Test
  void aModelBuiltInCodeWritesTheWireNames() throws Exception {
    RootModel m = RootModel.builder().id("i").name("n").model("gpt-4-turbo").maxOutputTokenCount(800)
        .url("https://x.test").build();
    assertThat(tree(MAPPER.writeValueAsString(m))).isEqualTo(tree(
        "{\"id\":\"i\",\"name\":\"n\",\"model\":\"gpt-4-turbo\",\"max_output_token_count\":800,\"url\":\"https://x.test\"}"));
  }
}
