package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelsdk.core.spi.SdkJson;
import io.modelsdk.scale.ScaleModelUpdateParams.Field;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An update sends a field set with its value, a field cleared as JSON {@code null}, and a field neither
 * set nor cleared not at all; setting and clearing the same field is refused before any request.
 */
class ScaleUpdateParamsTest extends ScaleWireMockTest {
  @BeforeEach
  void answerWithTheUpdatedModel() {
    SERVER.stubFor(any(anyUrl()).willReturn(fixture("updated.json")));
  }

  /** The body of the one update sent, as a JSON tree. */
  private JsonNode sent(ScaleModelUpdateParams params) throws Exception {
    client().models().update(CREATED_ID, params);
    return SdkJson.mapper().readTree(onlyRequest().getBodyAsString());
  }

  private static JsonNode json(String text) throws Exception {
    return SdkJson.mapper().readTree(text);
  }

  @Test
  void aClearedFieldIsSentAsNull() throws Exception {
    JsonNode body = sent(ScaleModelUpdateParams.builder().clear(Field.DESCRIPTION).build());
    assertThat(body).isEqualTo(json("{\"description\":null}"));
    assertThat(body.has("description")).isTrue();
  }

  @Test
  void aFieldNeitherSetNorClearedIsNotSent() throws Exception {
    JsonNode body = sent(ScaleModelUpdateParams.builder().displayName("Ticket bot").build());
    assertThat(body).isEqualTo(json("{\"display_name\":\"Ticket bot\"}"));
    assertThat(body.has("description")).isFalse();
  }

  @Test
  void aSetFieldIsSentWithItsValue() throws Exception {
    assertThat(sent(ScaleModelUpdateParams.builder().description("tuned").modelVendor(ScaleModelVendor.OPENAI)
        .baseModelMetadata(ScaleBaseModelMetadata.builder().uiModelSectionType(ScaleUiModelSectionType.PARTNER)
            .modelDetails(ScaleBaseModelDetails.builder().languages(50).build()).build())
        .build()))
        .isEqualTo(json("{\"description\":\"tuned\",\"model_vendor\":\"OPENAI\",\"base_model_metadata\":"
            + "{\"ui_model_section_type\":\"PARTNER\",\"modelDetails\":{\"languages\":50}}}"));
  }

  @Test
  void everyClearableFieldIsSentAsNullBesideTheFieldsSet() throws Exception {
    JsonNode body = sent(ScaleModelUpdateParams.builder().name("ticket-bot").modelType(ScaleModelType.AGENT)
        .clear(Field.values()).build());
    assertThat(body).isEqualTo(json("{\"name\":\"ticket-bot\",\"model_type\":\"AGENT\",\"base_model_id\":null,"
        + "\"base_model_metadata\":null,\"description\":null,\"display_name\":null,\"model_card\":null,"
        + "\"model_creation_parameters\":null,\"model_group_id\":null,\"model_template_id\":null,"
        + "\"model_vendor\":null,\"training_data_card\":null}"));
  }

  @Test
  void settingAndClearingTheSameFieldIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> ScaleModelUpdateParams.builder().description("x").clear(Field.DESCRIPTION).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
    assertThatThrownBy(() -> ScaleModelUpdateParams.builder().clear(Field.MODEL_VENDOR)
        .modelVendor(ScaleModelVendor.OPENAI).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model_vendor");
    assertThatThrownBy(() -> ScaleFixture.CLEAR.toBuilder().description("back again").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
    assertThatThrownBy(() -> ScaleModelUpdateParams.builder().clear(Field.MODEL_CARD)
        .putAdditionalProperties("model_card", "card").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model_card");
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void clearedFieldsArePartOfTheValue() {
    ScaleModelUpdateParams p = ScaleFixture.CLEAR;
    assertThat(p.cleared()).containsExactly(Field.DESCRIPTION);
    assertThat(p.description()).isEmpty();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(ScaleModelUpdateParams.builder().displayName("Ticket bot").build()).isNotEqualTo(p);
    assertThat(p.toString()).contains("DESCRIPTION");
    assertThat(p.additionalProperties()).isEmpty();
  }

  @Test
  void anUpdateAnswersTheModelAsTheServerLeftIt() {
    ScaleModel m = client().models().update(CREATED_ID, ScaleFixture.CLEAR);
    assertThat(m.description()).isEmpty();
    assertThat(m.displayName()).hasValue("Ticket bot");
  }

  @Test
  void unnamedFieldsFollowTheClearedOnes() throws Exception {
    assertThat(SdkJson.mapper().writeValueAsString(ScaleModelUpdateParams.builder()
        .putAdditionalProperties("labels", Map.of("team", "support")).clear(Field.MODEL_CARD).build()))
        .isEqualTo("{\"model_card\":null,\"labels\":{\"team\":\"support\"}}");
  }
}
