package io.modelsdk.atoma;

import static io.modelsdk.core.testing.JsonTrees.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.core.spi.SdkJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every wire type reads its fixture and writes it back to the same JSON with the SDK's one mapper;
 * fields this version does not know survive the trip.
 *
 * <p>JSON {@code null}s of the older payload ({@code "parent": null}, {@code "group": null}) are
 * written back by leaving the field out: nothing documents them as anything but "none", and the SDK's
 * mapper writes absent values nowhere ({@code NON_ABSENT}). The tests pin that choice.
 *
 * <p>The list envelope is package-private; its round trips are in {@code internal.AtomaModelListRoundTripTest}.
 */
class AtomaJsonRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void currentModelRoundTrip() throws Exception {
    JsonNode fixture = tree(AtomaFixture.resource("list.json")).get("data").get(0);
    AtomaModel model = MAPPER.treeToValue(fixture, AtomaModel.class);
    AtomaWireMockTest.assertDocumentedModel(model);
    assertThat(tree(MAPPER.writeValueAsString(model))).isEqualTo(fixture);
  }

  @Test
  void permissionRoundTrip() throws Exception {
    JsonNode fixture = tree(AtomaFixture.resource("list-2024-11.json")).get("data").get(0).get("permission").get(0);
    AtomaModelPermission p = MAPPER.treeToValue(fixture, AtomaModelPermission.class);
    assertThat(p.allowSampling()).hasValue(true);
    assertThat(p.group()).isEmpty();
    assertThat(tree(MAPPER.writeValueAsString(p))).isEqualTo(withoutNulls(fixture));
  }

  @Test
  void emptyPermissionArrayStaysAnEmptyArray() throws Exception {
    String json = "{\"id\":\"m\",\"object\":\"model\",\"created\":1,\"owned_by\":\"atoma\",\"permission\":[]}";
    AtomaModel model = MAPPER.readValue(json, AtomaModel.class);
    assertThat(model.permission()).hasValue(List.of());
    assertThat(tree(MAPPER.writeValueAsString(model))).isEqualTo(tree(json));
  }

  @Test
  void modelWithOnlyAnIdParses() throws Exception {
    AtomaModel m = MAPPER.readValue("{\"id\":\"m\"}", AtomaModel.class);
    assertThat(m.object()).isEqualTo("model");
    assertThat(m.created()).isEmpty();
    assertThat(m.createdAt()).isEmpty();
    assertThat(m.ownedBy()).isEmpty();
  }

  @Test
  void modelBuilderBuildsWhatTheWireGives() throws Exception {
    JsonNode fixture = tree(AtomaFixture.resource("list-2024-11.json")).get("data").get(0);
    AtomaModel built = AtomaModel.builder()
        .id(AtomaWireMockTest.OLD_ID)
        .created(AtomaWireMockTest.OLD_CREATED)
        .ownedBy("atoma")
        .root(AtomaWireMockTest.OLD_ID)
        .maxModelLen(2048)
        .permission(List.of(AtomaModelPermission.builder()
            .id("modelperm-" + AtomaWireMockTest.OLD_ID).object("model_permission")
            .created(AtomaWireMockTest.OLD_CREATED)
            .allowCreateEngine(false).allowSampling(true).allowLogprobs(true).allowSearchIndices(false)
            .allowView(true).allowFineTuning(false).organization("*").isBlocking(false)
            .build()))
        .build();
    AtomaWireMockTest.assertHistoricalModel(built);
    assertThat(built).isEqualTo(MAPPER.treeToValue(fixture, AtomaModel.class));
    assertThat(built.hashCode()).isEqualTo(MAPPER.treeToValue(fixture, AtomaModel.class).hashCode());
    assertThat(tree(MAPPER.writeValueAsString(built))).isEqualTo(withoutNulls(fixture));
  }

  @Test
  void modelBuilderRequiresOnlyTheId() {
    assertThatThrownBy(() -> AtomaModel.builder().created(1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("id");
    assertThat(AtomaModel.builder().id("m").build().vendor()).isEqualTo("atoma");
  }

  @Test
  void equalsComparesEveryField() {
    AtomaModel a = AtomaModel.builder().id("m").created(1).ownedBy("o").build();
    assertThat(a).isEqualTo(AtomaModel.builder().id("m").created(1).ownedBy("o").build());
    assertThat(a).isNotEqualTo(AtomaModel.builder().id("m").created(2).ownedBy("o").build());
    assertThat(a).isNotEqualTo(AtomaModel.builder().id("m").created(1).ownedBy("o").maxModelLen(1).build());
    assertThat(a).isNotEqualTo(AtomaModel.builder().id("m").created(1).ownedBy("o").root("r").build());
    assertThat(a).isNotEqualTo(AtomaModel.builder().id("m").created(1).ownedBy("o")
        .permission(List.of()).build());
    assertThat(a).isNotEqualTo(AtomaModel.builder().id("m").created(1).ownedBy("o")
        .putAdditionalProperties("x", 1).build());
  }

  @Test
  void createdBeyondWhatAnInstantHoldsGivesNoCreatedAt() throws Exception {
    // OpenAiFuzzTest found createdAt() throwing DateTimeException for such a value; this copy did too.
    AtomaModel m = MAPPER.readValue("{\"id\":\"m\",\"created\":99999999999999999}", AtomaModel.class);
    assertThat(m.created()).hasValue(99999999999999999L);
    assertThat(m.createdAt()).isEmpty();
    assertThat(AtomaModel.builder().id("m").created(Long.MIN_VALUE).build().createdAt()).isEmpty();
    long last = Instant.MAX.getEpochSecond();
    assertThat(AtomaModel.builder().id("m").created(last).build().createdAt()).hasValue(Instant.ofEpochSecond(last));
  }
}
