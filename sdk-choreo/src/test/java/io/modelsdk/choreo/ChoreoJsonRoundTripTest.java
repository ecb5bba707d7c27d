package io.modelsdk.choreo;

import static io.modelsdk.core.testing.JsonTrees.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.core.spi.SdkJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every wire type reads its documented fixture and writes it back to the same JSON with the SDK's one
 * mapper; fields this version does not know survive the trip.
 *
 * <p>The documented {@code "parent": null} is written back by leaving the field out: the SDK's mapper
 * writes absent values nowhere, and null and absent say the same here. The tests pin that choice.
 *
 * <p>The list envelope is package-private; its round trips are in {@code internal.ChoreoModelListRoundTripTest}.
 */
class ChoreoJsonRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void modelRoundTrip() throws Exception {
    String fixture = ChoreoFixture.resource("retrieve.json");
    ChoreoModel model = MAPPER.readValue(fixture, ChoreoModel.class);
    ChoreoWireMockTest.assertDocumentedModel(model);
    JsonNode written = tree(MAPPER.writeValueAsString(model));
    assertThat(written.has("parent")).isFalse();
    assertThat(written).isEqualTo(withoutNulls(tree(fixture)));
    assertThat(MAPPER.readValue(written.toString(), ChoreoModel.class)).isEqualTo(model);
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBack() throws Exception {
    // Items are provider payloads passed through verbatim: an OpenAI-style permission object, a new field.
    String json = "{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1715367049,\"owned_by\":\"system\","
        + "\"permission\":[{\"id\":\"modelperm-1\",\"allow_sampling\":true}],\"context_window\":128000}";
    ChoreoModel model = MAPPER.readValue(json, ChoreoModel.class);
    assertThat(model.additionalProperties()).containsOnlyKeys("context_window");
    assertThat(model.additionalProperties().get("context_window")).isEqualTo(128000);
    assertThat(model.permission()).hasValue(List.of(Map.of("id", "modelperm-1", "allow_sampling", true)));
    assertThat(tree(MAPPER.writeValueAsString(model))).isEqualTo(tree(json));
  }

  @Test
  void aParentIsReadWhenPresent() throws Exception {
    String json = "{\"id\":\"ft:gpt-4:acme\",\"object\":\"model\",\"parent\":\"gpt-4\",\"root\":\"gpt-4\"}";
    ChoreoModel model = MAPPER.readValue(json, ChoreoModel.class);
    assertThat(model.parent()).hasValue("gpt-4");
    assertThat(model.created()).isEmpty();
    assertThat(model.createdAt()).isEmpty();
    assertThat(model.ownedBy()).isEmpty();
    assertThat(tree(MAPPER.writeValueAsString(model))).isEqualTo(tree(json));
  }

  @Test
  void builderBuildsWhatTheWireGives() throws Exception {
    ChoreoModel built = ChoreoModel.builder()
        .id("gpt-4").created(ChoreoWireMockTest.GPT4_CREATED).ownedBy("openai")
        .permission(List.of()).root("gpt-4")
        .build();
    ChoreoWireMockTest.assertDocumentedModel(built);
    ChoreoModel read = MAPPER.readValue(ChoreoFixture.resource("retrieve.json"), ChoreoModel.class);
    assertThat(built).isEqualTo(read);
    assertThat(built.hashCode()).isEqualTo(read.hashCode());
  }

  @Test
  void builderRequiresOnlyTheId() {
    assertThatThrownBy(() -> ChoreoModel.builder().ownedBy("openai").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("id");
    ChoreoModel bare = ChoreoModel.builder().id("m").build();
    assertThat(bare.object()).isEqualTo("model");
    assertThat(bare.permission()).isEmpty();
  }

  @Test
  void equalsComparesEveryField() {
    ChoreoModel a = ChoreoModel.builder().id("m").created(1).ownedBy("o").build();
    assertThat(a).isEqualTo(ChoreoModel.builder().id("m").created(1).ownedBy("o").build());
    assertThat(a).isNotEqualTo(ChoreoModel.builder().id("m").created(2).ownedBy("o").build());
    assertThat(a).isNotEqualTo(ChoreoModel.builder().id("m").created(1).ownedBy("p").build());
    assertThat(a).isNotEqualTo(ChoreoModel.builder().id("m").created(1).ownedBy("o").root("r").build());
    assertThat(a).isNotEqualTo(ChoreoModel.builder().id("m").created(1).ownedBy("o").parent("p").build());
    assertThat(a).isNotEqualTo(ChoreoModel.builder().id("m").created(1).ownedBy("o").permission(List.of()).build());
    assertThat(a).isNotEqualTo(ChoreoModel.builder().id("m").created(1).ownedBy("o")
        .putAdditionalProperties("x", 1).build());
  }

  @Test
  void createdBeyondWhatAnInstantHoldsGivesNoCreatedAt() throws Exception {
    // OpenAiFuzzTest found createdAt() throwing DateTimeException for such a value; this copy did too.
    ChoreoModel m = MAPPER.readValue("{\"id\":\"m\",\"created\":99999999999999999}", ChoreoModel.class);
    assertThat(m.created()).hasValue(99999999999999999L);
    assertThat(m.createdAt()).isEmpty();
    assertThat(ChoreoModel.builder().id("m").created(Long.MIN_VALUE).build().createdAt()).isEmpty();
    long last = Instant.MAX.getEpochSecond();
    assertThat(ChoreoModel.builder().id("m").created(last).build().createdAt()).hasValue(Instant.ofEpochSecond(last));
  }
}
