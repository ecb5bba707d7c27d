package io.modelsdk.scale;

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
 * Every wire type reads its fixture and writes it back to the same JSON with the SDK's one mapper;
 * unknown fields and unknown enum-like values survive the trip.
 *
 * <p>A field sent as {@code null} is written back by leaving it out: the SDK's mapper writes absent
 * values nowhere ({@code NON_ABSENT}), and for these optional fields absent and null say the same.
 *
 * <p>The list envelope is package-private; its round trips are in {@code internal.ScaleModelPageRoundTripTest}.
 */
class ScaleJsonRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

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
  void modelWithViewsRoundTrip() throws Exception {
    ScaleWireMockTest.assertDocumentedModel(roundTrip(ScaleFixture.resource("retrieve.json"), ScaleModel.class));
  }

  @Test
  void createdModelRoundTrip() throws Exception {
    ScaleWireMockTest.assertCreatedModel(roundTrip(ScaleFixture.resource("create.json"), ScaleModel.class));
  }

  @Test
  void deletedRoundTrip() throws Exception {
    ScaleWireMockTest.assertDocumentedDeleted(roundTrip(ScaleFixture.resource("delete.json"), ScaleModelDeleted.class));
  }

  @Test
  void nestedTypesRoundTripOnTheirOwn() throws Exception {
    JsonNode model = tree(ScaleFixture.resource("retrieve.json"));
    roundTrip(model.get("base_model_metadata").toString(), ScaleBaseModelMetadata.class);
    roundTrip(model.get("base_model_metadata").get("modelDetails").toString(), ScaleBaseModelDetails.class);
    roundTrip(model.get("deployments").get(0).toString(), ScaleModelDeployment.class);
    roundTrip(model.get("model_group").toString(), ScaleModelGroup.class);
  }

  @Test
  void modelDetailsIsCamelCaseOnTheWire() throws Exception {
    ScaleBaseModelMetadata meta = ScaleBaseModelMetadata.builder()
        .modelDetails(ScaleBaseModelDetails.builder().numberOfParameters(7_000_000_000L).build()).build();
    assertThat(MAPPER.writeValueAsString(meta))
        .isEqualTo("{\"modelDetails\":{\"number_of_parameters\":7000000000}}");
    assertThat(MAPPER.readValue("{\"model_details\":{}}", ScaleBaseModelMetadata.class).modelDetails()).isEmpty();
  }

  /** FastAPI sends unset optional fields as null: an unknown one must not make the model unreadable. */
  @Test
  void unknownFieldsAreKeptAtEveryLevel() throws Exception {
    String json = "{\"id\":\"mi_1\",\"name\":\"n\",\"model_type\":\"AGENT\",\"new_top\":[1,2],"
        + "\"created_by_identity_type\":\"service_account\",\"new_null\":null,"
        + "\"model_creation_parameters\":{\"seed\":null,\"nested\":{\"x\":null}},"
        + "\"base_model_metadata\":{\"new_meta\":\"x\",\"modelDetails\":{\"new_detail\":true}},"
        + "\"deployments\":[{\"id\":\"d\",\"name\":\"d\",\"status\":\"READY\",\"new_dep\":{\"a\":1}}],"
        + "\"model_group\":{\"id\":\"g\",\"name\":\"g\",\"new_group\":null}}";
    ScaleModel m = MAPPER.readValue(json, ScaleModel.class);
    assertThat(m.additionalProperties()).containsOnlyKeys("new_top", "new_null");
    assertThat(m.createdByIdentityType()).hasValue(ScaleIdentityType.SERVICE_ACCOUNT);
    assertThat(m.modelCreationParameters().orElseThrow()).containsEntry("seed", null);
    assertThat(m.baseModelMetadata().orElseThrow().additionalProperties()).containsEntry("new_meta", "x");
    assertThat(m.baseModelMetadata().orElseThrow().modelDetails().orElseThrow().additionalProperties())
        .containsEntry("new_detail", true);
    assertThat(m.deployments().orElseThrow().get(0).additionalProperties()).containsEntry("new_dep", Map.of("a", 1));
    assertThat(m.modelGroup().orElseThrow().additionalProperties()).containsKey("new_group");
    assertThat(tree(MAPPER.writeValueAsString(m))).isEqualTo(tree(json));
  }

  @Test
  void unknownEnumLikeValuesRoundTripUnchanged() throws Exception {
    String json = "{\"id\":\"mi_1\",\"name\":\"n\",\"model_type\":\"VIDEO_GENERATION\",\"model_vendor\":\"MISTRAL\","
        + "\"created_by_identity_type\":\"workload_identity\","
        + "\"base_model_metadata\":{\"ui_model_section_type\":\"EXPERIMENTAL\"}}";
    ScaleModel m = MAPPER.readValue(json, ScaleModel.class);
    assertThat(m.createdByIdentityType()).hasValue(ScaleIdentityType.of("workload_identity"));
    assertThat(m.modelType()).isEqualTo(ScaleModelType.of("VIDEO_GENERATION"));
    assertThat(m.modelType().value()).isEqualTo("VIDEO_GENERATION");
    assertThat(m.modelVendor()).hasValue(ScaleModelVendor.of("MISTRAL"));
    assertThat(m.baseModelMetadata().orElseThrow().uiModelSectionType())
        .hasValue(ScaleUiModelSectionType.of("EXPERIMENTAL"));
    assertThat(tree(MAPPER.writeValueAsString(m))).isEqualTo(tree(json));
  }

  @Test
  void knownEnumLikeValuesEqualTheirConstants() {
    assertThat(ScaleModelType.of("CHAT_COMPLETION")).isEqualTo(ScaleModelType.CHAT_COMPLETION)
        .hasSameHashCodeAs(ScaleModelType.CHAT_COMPLETION).hasToString("CHAT_COMPLETION");
    assertThat(ScaleModelType.of("chat_completion")).isNotEqualTo(ScaleModelType.CHAT_COMPLETION);
    assertThat(ScaleModelVendor.of("OPENAI")).isEqualTo(ScaleModelVendor.OPENAI);
    assertThat(ScaleUiModelSectionType.of("CUSTOM")).isEqualTo(ScaleUiModelSectionType.CUSTOM);
    assertThat(ScaleIdentityType.of("service_account")).isEqualTo(ScaleIdentityType.SERVICE_ACCOUNT)
        .hasToString("service_account");
    assertThat(ScaleIdentityType.of("USER")).isNotEqualTo(ScaleIdentityType.USER);
    assertThatThrownBy(() -> ScaleModelType.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void createdAtIsReadWithOrWithoutOffsetAndKeptAsSent() throws Exception {
    ScaleModel naive = MAPPER.readValue("{\"id\":\"m\",\"name\":\"n\",\"model_type\":\"AGENT\","
        + "\"created_at\":\"2024-06-02T16:45:00.123456\"}", ScaleModel.class);
    assertThat(naive.createdAt()).hasValue(Instant.parse("2024-06-02T16:45:00.123456Z"));
    assertThat(MAPPER.writeValueAsString(naive)).contains("\"2024-06-02T16:45:00.123456\"");
    ScaleModel garbled = MAPPER.readValue("{\"id\":\"m\",\"name\":\"n\",\"model_type\":\"AGENT\","
        + "\"created_at\":\"yesterday\"}", ScaleModel.class);
    assertThat(garbled.createdAt()).isEmpty();
    assertThat(garbled.createdAtText()).hasValue("yesterday");
  }

  @Test
  void modelRequiresIdNameAndType() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\"n\",\"model_type\":\"AGENT\"}", ScaleModel.class))
        .hasMessageContaining("id");
    assertThatThrownBy(() -> ScaleModel.builder().id("m").name("n").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("modelType");
    ScaleModel bare = ScaleModel.builder().id("m").name("n").modelType(ScaleModelType.AGENT).build();
    assertThat(bare.ownedBy()).isEmpty();
    assertThat(bare.createdAt()).isEmpty();
    assertThat(bare.deployments()).isEmpty();
    assertThat(bare.createdByIdentityType()).isEmpty();
  }

  @Test
  void aModelWithoutItsIdentityTypeIsReadAsOneWithNone() throws Exception {
    ScaleModel m = MAPPER.readValue("{\"id\":\"m\",\"name\":\"n\",\"model_type\":\"AGENT\","
        + "\"created_by_identity_type\":null,\"deployments\":[{\"id\":\"d\"}],\"model_group\":{\"id\":\"g\"}}",
        ScaleModel.class);
    assertThat(m.createdByIdentityType()).isEmpty();
    assertThat(m.deployments().orElseThrow().get(0).createdByIdentityType()).isEmpty();
    assertThat(m.modelGroup().orElseThrow().createdByIdentityType()).isEmpty();
  }

  /** Its shape depends on the hosting vendor, so it stays a map: a vendor newer than the SDK loses nothing. */
  @Test
  void vendorConfigurationIsKeptWholeWhateverTheVendor() throws Exception {
    String json = "{\"id\":\"d\",\"name\":\"d\",\"vendor_configuration\":{\"vendor\":\"MODEL_ZOO\","
        + "\"model_infra\":{\"gpus\":1,\"gpu_type\":\"nvidia-hopper-h100\"},\"labels\":[\"a\"]}}";
    ScaleModelDeployment d = MAPPER.readValue(json, ScaleModelDeployment.class);
    assertThat(d.vendorConfiguration().orElseThrow())
        .containsEntry("vendor", "MODEL_ZOO")
        .containsEntry("model_infra", Map.of("gpus", 1, "gpu_type", "nvidia-hopper-h100"))
        .containsEntry("labels", List.of("a"));
    assertThat(d.additionalProperties()).isEmpty();
    assertThat(tree(MAPPER.writeValueAsString(d))).isEqualTo(tree(json));
  }

  @Test
  void deletedBuilderBuildsWhatTheWireGives() throws Exception {
    ScaleModelDeleted built = ScaleModelDeleted.builder().count(1).success(true).build();
    assertThat(built).isEqualTo(MAPPER.readValue(ScaleFixture.resource("delete.json"), ScaleModelDeleted.class));
    assertThat(tree(MAPPER.writeValueAsString(built))).isEqualTo(tree(ScaleFixture.resource("delete.json")));
  }
}
