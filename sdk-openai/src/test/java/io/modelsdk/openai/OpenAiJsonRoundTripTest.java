package io.modelsdk.openai;

import static io.modelsdk.core.testing.JsonTrees.withoutNulls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelsdk.core.spi.SdkJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every wire type reads its documented fixture and writes it back to the same JSON with the SDK's one
 * mapper; fields this version does not know survive the trip.
 *
 * <p>{@code "shutdown_date": null} is written back by leaving the field out. That is right: the spec
 * does not require the field and documents null as "not announced", so absent and null say the same,
 * and the SDK's mapper writes absent values nowhere ({@code NON_ABSENT}). The tests pin that choice.
 *
 * <p>The list envelope is package-private; its round trips are in {@code internal.OpenAiModelListRoundTripTest}.
 */
class OpenAiJsonRoundTripTest {
  private static final ObjectMapper MAPPER = SdkJson.mapper();

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void modelRoundTrip() throws Exception {
    String fixture = OpenAiFixture.resource("retrieve.json");
    OpenAiModel model = MAPPER.readValue(fixture, OpenAiModel.class);
    OpenAiWireMockTest.assertDocumentedModel(model);
    assertThat(tree(MAPPER.writeValueAsString(model))).isEqualTo(tree(fixture));
  }

  @Test
  void modelWithoutShutdownDateIsWrittenWithoutTheField() throws Exception {
    String fixture = "{\"id\":\"m\",\"object\":\"model\",\"created\":1,\"owned_by\":\"me\",\"shutdown_date\":null}";
    OpenAiModel model = MAPPER.readValue(fixture, OpenAiModel.class);
    assertThat(model.shutdownDate()).isEmpty();
    JsonNode written = tree(MAPPER.writeValueAsString(model));
    assertThat(written.has("shutdown_date")).isFalse();
    assertThat(written).isEqualTo(withoutNulls(tree(fixture)));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(model), OpenAiModel.class)).isEqualTo(model);
  }

  @Test
  void deletedRoundTrip() throws Exception {
    String fixture = OpenAiFixture.resource("delete.json");
    OpenAiModelDeleted deleted = MAPPER.readValue(fixture, OpenAiModelDeleted.class);
    OpenAiWireMockTest.assertDocumentedDeleted(deleted);
    assertThat(tree(MAPPER.writeValueAsString(deleted))).isEqualTo(tree(fixture));
  }

  @Test
  void unknownModelFieldsAreKeptAndWrittenBack() throws Exception {
    String json = "{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1686935002,\"owned_by\":\"system\","
        + "\"permission\":[{\"id\":\"perm-1\",\"allow_sampling\":true}],\"new_field\":1}";
    OpenAiModel model = MAPPER.readValue(json, OpenAiModel.class);
    assertThat(model.additionalProperties()).containsOnlyKeys("permission", "new_field");
    assertThat(model.additionalProperties().get("new_field")).isEqualTo(1);
    assertThat(model.additionalProperties().get("permission"))
        .isEqualTo(List.of(Map.of("id", "perm-1", "allow_sampling", true)));
    assertThat(tree(MAPPER.writeValueAsString(model))).isEqualTo(tree(json));
  }

  @Test
  void unknownDeletedFieldsAreKeptAndWrittenBack() throws Exception {
    String json = "{\"id\":\"ft:x\",\"object\":\"model\",\"deleted\":true,\"new_field\":{\"a\":[1,2]}}";
    OpenAiModelDeleted deleted = MAPPER.readValue(json, OpenAiModelDeleted.class);
    assertThat(deleted.additionalProperties()).containsOnlyKeys("new_field");
    assertThat(tree(MAPPER.writeValueAsString(deleted))).isEqualTo(tree(json));
  }

  @Test
  void modelBuilderBuildsWhatTheWireGives() throws Exception {
    OpenAiModel built = OpenAiModel.builder()
        .id(OpenAiWireMockTest.RETRIEVE_ID)
        .created(OpenAiWireMockTest.CREATED)
        .ownedBy("openai")
        .shutdownDate(LocalDate.of(2026, 10, 23))
        .build();
    OpenAiWireMockTest.assertDocumentedModel(built);
    assertThat(built).isEqualTo(MAPPER.readValue(OpenAiFixture.resource("retrieve.json"), OpenAiModel.class));
    assertThat(built.hashCode())
        .isEqualTo(MAPPER.readValue(OpenAiFixture.resource("retrieve.json"), OpenAiModel.class).hashCode());
    assertThat(tree(MAPPER.writeValueAsString(built))).isEqualTo(tree(OpenAiFixture.resource("retrieve.json")));
  }

  @Test
  void modelBuilderCarriesAdditionalProperties() throws Exception {
    OpenAiModel built = OpenAiModel.builder().id("m").created(1).putAdditionalProperties("new_field", 1).build();
    assertThat(built.ownedBy()).isEmpty();
    assertThat(built.object()).isEqualTo("model");
    assertThat(tree(MAPPER.writeValueAsString(built)))
        .isEqualTo(tree("{\"id\":\"m\",\"object\":\"model\",\"created\":1,\"new_field\":1}"));
  }

  @Test
  void modelBuilderRequiresOnlyTheId() {
    assertThatThrownBy(() -> OpenAiModel.builder().created(1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("id");
    OpenAiModel bare = OpenAiModel.builder().id("m").build();
    assertThat(bare.created()).isEmpty();
    assertThat(bare.createdAt()).isEmpty();
  }

  @Test
  void modelFromACompatibleServerWithoutCreatedParses() throws Exception {
    // LM Studio's /v1/models items carry id, object and owned_by only.
    OpenAiModel m = MAPPER.readValue("{\"id\":\"qwen2.5-7b-instruct\",\"object\":\"model\","
        + "\"owned_by\":\"organization_owner\"}", OpenAiModel.class);
    assertThat(m.created()).isEmpty();
    assertThat(m.ownedBy()).hasValue("organization_owner");
  }

  @Test
  void deletedBuilderBuildsWhatTheWireGives() throws Exception {
    OpenAiModelDeleted built = OpenAiModelDeleted.builder().id(OpenAiWireMockTest.DELETE_ID).deleted(true).build();
    OpenAiWireMockTest.assertDocumentedDeleted(built);
    assertThat(built).isEqualTo(MAPPER.readValue(OpenAiFixture.resource("delete.json"), OpenAiModelDeleted.class));
    assertThat(tree(MAPPER.writeValueAsString(built))).isEqualTo(tree(OpenAiFixture.resource("delete.json")));
  }

  @Test
  void equalsComparesEveryField() {
    OpenAiModel a = OpenAiModel.builder().id("m").created(1).ownedBy("o").build();
    assertThat(a).isEqualTo(OpenAiModel.builder().id("m").created(1).ownedBy("o").build());
    assertThat(a).isNotEqualTo(OpenAiModel.builder().id("m").created(2).ownedBy("o").build());
    assertThat(a).isNotEqualTo(OpenAiModel.builder().id("m").created(1).ownedBy("p").build());
    assertThat(a).isNotEqualTo(OpenAiModel.builder().id("m").created(1).ownedBy("o")
        .shutdownDate(LocalDate.of(2026, 1, 1)).build());
    assertThat(a).isNotEqualTo(OpenAiModel.builder().id("m").created(1).ownedBy("o")
        .putAdditionalProperties("x", 1).build());
    OpenAiModelDeleted d = OpenAiModelDeleted.builder().id("m").deleted(true).build();
    assertThat(d).isEqualTo(OpenAiModelDeleted.builder().id("m").deleted(true).build());
    assertThat(d).isNotEqualTo(OpenAiModelDeleted.builder().id("m").deleted(false).build());
  }

  @Test
  void anUnknownFieldSentAsNullIsKeptNotFatal() throws Exception {
    OpenAiModel m = MAPPER.readValue("{\"id\":\"m\",\"created\":1,\"owned_by\":\"o\",\"parent\":null}",
        OpenAiModel.class);
    assertThat(m.additionalProperties()).containsEntry("parent", null);
  }

  @Test
  void createdBeyondWhatAnInstantHoldsGivesNoCreatedAt() throws Exception {
    // Found by OpenAiFuzzTest: createdAt() threw DateTimeException for such a value.
    OpenAiModel m = MAPPER.readValue("{\"id\":\"m\",\"created\":99999999999999999}", OpenAiModel.class);
    assertThat(m.created()).hasValue(99999999999999999L);
    assertThat(m.createdAt()).isEmpty();
    assertThat(OpenAiModel.builder().id("m").created(Long.MIN_VALUE).build().createdAt()).isEmpty();
    long last = Instant.MAX.getEpochSecond();
    assertThat(OpenAiModel.builder().id("m").created(last).build().createdAt()).hasValue(Instant.ofEpochSecond(last));
  }
}
